package dev.atelier.platform.outbox;

/**
 * Asks the local relay for a round soon. Kept apart from {@link OutboxRelay} so the outbox works
 * in a service without Kafka on its class path.
 */
@FunctionalInterface
public interface RelayWakeUp {

    /** Cheap and never blocks. */
    void wakeUp();
}
