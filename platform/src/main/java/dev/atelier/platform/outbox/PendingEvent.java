package dev.atelier.platform.outbox;

import dev.atelier.platform.event.CloudEventAttributes;
import dev.atelier.platform.observability.TraceHeaders;

/** An outbox row the relay has claimed: where it goes, what it says, how often it failed so far. */
record PendingEvent(long id, String topic, CloudEventAttributes attributes, String dataJson, int attempts,
        TraceHeaders trace) {

    PendingEvent(long id, String topic, CloudEventAttributes attributes, String dataJson, int attempts) {
        this(id, topic, attributes, dataJson, attempts, TraceHeaders.NONE);
    }

    String key() {
        return attributes.subject();
    }
}
