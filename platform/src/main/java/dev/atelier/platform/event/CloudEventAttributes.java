package dev.atelier.platform.event;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The context attributes of an event without its data: what the outbox stores in columns and what
 * travels as {@code ce_*} Kafka headers. {@code specversion} and {@code datacontenttype} are fixed
 * for Atelier ({@value EventEnvelope#SPEC_VERSION}, {@value EventEnvelope#DATA_CONTENT_TYPE}).
 */
public record CloudEventAttributes(UUID id, String source, String type, Instant time, String subject) {

    public CloudEventAttributes {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(subject, "subject");
    }
}
