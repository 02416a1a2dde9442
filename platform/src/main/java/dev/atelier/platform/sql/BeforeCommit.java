package dev.atelier.platform.sql;

import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.transaction.NoTransactionException;
import org.springframework.transaction.reactive.TransactionSynchronizationManager;
import reactor.core.publisher.Mono;

/**
 * Work that a transaction gathers and writes once, just before it commits: one object per R2DBC
 * transaction (per {@code key}), created on first use and flushed by {@code flush} in the
 * transaction's before-commit phase. When many calls join one transaction (an idempotent consumer's
 * poll, say), their writes then cost one statement per table instead of one per call. A flush that fails
 * fails the commit, so the transaction rolls back whole.
 */
public final class BeforeCommit {

    private BeforeCommit() {
    }

    /**
     * The current transaction's buffer for {@code key}: created by {@code create} the first time, with
     * {@code flush} registered to write it before the commit. Errors with {@link NoTransactionException}
     * outside an actual transaction, where nothing would flush it.
     */
    public static <T> Mono<T> buffer(Object key, Class<T> type, Supplier<T> create, Function<T, Mono<Void>> flush) {
        return TransactionSynchronizationManager.forCurrentTransaction()
                .filter(TransactionSynchronizationManager::isActualTransactionActive)
                .switchIfEmpty(Mono.error(() -> new NoTransactionException("a before-commit buffer needs a transaction")))
                .map(transaction -> type.cast(TransactionResources.bound(transaction, key, create, flush)));
    }
}
