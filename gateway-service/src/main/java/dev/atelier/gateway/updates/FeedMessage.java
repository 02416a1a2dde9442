package dev.atelier.gateway.updates;

/** What a client's stream carries, in feed order: updates, and now and then its position with nothing new. */
sealed interface FeedMessage permits Update, FeedMessage.Heartbeat {

    /** The position once this message is read: the SSE id. */
    FeedPosition after();

    /** Nothing the client asked for happened up to {@code after}; keeps idle connections open and ids fresh. */
    record Heartbeat(FeedPosition after) implements FeedMessage {
    }
}
