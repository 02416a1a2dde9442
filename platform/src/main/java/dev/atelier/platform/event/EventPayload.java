package dev.atelier.platform.event;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.UUID;

/**
 * The {@code data} of an Atelier event. Every payload names the aggregate it is about (the Kafka
 * key and the CloudEvents {@code subject}, so all events of one aggregate stay in order) and when it
 * happened (the CloudEvents {@code time}).
 */
public interface EventPayload {

    /** The aggregate this event is about; not part of the JSON (it travels as key and subject). */
    @JsonIgnore
    UUID aggregateId();

    /** When the change happened. */
    Instant at();
}
