package dev.atelier.platform.outbox;

import dev.atelier.platform.event.CloudEventAttributes;

/** An outbox row the relay has claimed: where it goes, what it says, how often it failed so far. */
record PendingEvent(long id, String topic, CloudEventAttributes attributes, String dataJson, int attempts) {

    String key() {
        return attributes.subject();
    }
}
