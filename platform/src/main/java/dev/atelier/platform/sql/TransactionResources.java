package dev.atelier.platform.sql;

import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.transaction.reactive.TransactionSynchronization;
import org.springframework.transaction.reactive.TransactionSynchronizationManager;
import reactor.core.publisher.Mono;

/** One object per R2DBC transaction and key, unbound when the transaction ends: what BeforeCommit and ReadOncePerTransaction keep. */
final class TransactionResources {

    private TransactionResources() {
    }

    /**
     * The object bound to {@code transaction} for {@code key}: made by {@code create} the first time, with
     * {@code beforeCommit} run on it in the transaction's before-commit phase.
     */
    static <T> T bound(TransactionSynchronizationManager transaction, Object key, Supplier<T> create,
            Function<T, Mono<Void>> beforeCommit) {
        @SuppressWarnings("unchecked")
        T bound = (T) transaction.getResource(key);
        if (bound != null) {
            return bound;
        }
        T created = create.get();
        transaction.bindResource(key, created);
        transaction.registerSynchronization(new TransactionSynchronization() {
            @Override
            public Mono<Void> beforeCommit(boolean readOnly) {
                return Mono.defer(() -> beforeCommit.apply(created));
            }

            @Override
            public Mono<Void> afterCompletion(int status) {
                return Mono.fromRunnable(() -> transaction.unbindResourceIfPossible(key));
            }
        });
        return created;
    }
}
