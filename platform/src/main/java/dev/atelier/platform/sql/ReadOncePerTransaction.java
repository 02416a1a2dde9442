package dev.atelier.platform.sql;

import java.util.function.Supplier;
import org.springframework.transaction.NoTransactionException;
import org.springframework.transaction.reactive.TransactionSynchronizationManager;
import reactor.core.publisher.Mono;

/**
 * A read that a transaction makes once and its later calls share: the first call for {@code key} in an R2DBC
 * transaction runs {@code read}, and every later call for that key in the same transaction gets its answer
 * without another query. When many calls join one transaction (an idempotent consumer's poll, say) and each
 * needs the same rows, they then cost one query instead of one each. The answer is the transaction's own
 * view, so it is as fresh as a read inside the transaction would be; it is dropped when the transaction ends.
 * Outside a transaction every call reads afresh.
 *
 * <p>The calls that share a key are those of one transaction, which R2DBC runs one after another; the first
 * call's answer is kept, errors included (a transaction whose read failed rolls back).
 */
public final class ReadOncePerTransaction {

    private ReadOncePerTransaction() {
    }

    /** {@code read}'s answer, read once in the current transaction for {@code key}. */
    public static <T> Mono<T> read(Object key, Supplier<Mono<T>> read) {
        return TransactionSynchronizationManager.forCurrentTransaction()
                .filter(TransactionSynchronizationManager::isActualTransactionActive)
                .map(transaction -> TransactionResources.bound(transaction, key, () -> Mono.defer(read).cache(),
                        kept -> Mono.<Void>empty()))
                .onErrorResume(NoTransactionException.class, outside -> Mono.empty())
                .defaultIfEmpty(Mono.defer(read))
                .flatMap(answer -> answer);
    }
}
