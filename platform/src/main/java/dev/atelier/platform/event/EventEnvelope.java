package dev.atelier.platform.event;

import dev.atelier.platform.domain.Ids;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * An Atelier event as a CloudEvent (spec 1.0): the context attributes and the typed {@code data}.
 * On Kafka it is the record value in CloudEvents <em>structured</em> JSON, the key is the
 * {@code subject} (the aggregate id) and the attributes are repeated as {@code ce_*} headers (see
 * {@link CloudEventsJson}).
 *
 * @param source the producing service as a URI reference, e.g. {@code /order-service}
 * @param type e.g. {@code order.created}; see {@link EventType}
 * @param subject the aggregate id, also the Kafka key
 */
public record EventEnvelope<P extends EventPayload>(UUID id, String source, String type, String specversion,
        Instant time, String subject, String datacontenttype, P data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String DATA_CONTENT_TYPE = "application/json";

    public EventEnvelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(data, "data");
        if (!SPEC_VERSION.equals(specversion)) {
            throw new IllegalArgumentException("specversion must be " + SPEC_VERSION + ", not " + specversion);
        }
        if (!DATA_CONTENT_TYPE.equals(datacontenttype)) {
            throw new IllegalArgumentException("datacontenttype must be " + DATA_CONTENT_TYPE + ", not " + datacontenttype);
        }
    }

    /**
     * A new event for {@code payload} from {@code source}: a fresh id, the registered type, the
     * payload's aggregate as subject and its {@code at} as time (to the microsecond, as the outbox
     * stores it).
     */
    public static <P extends EventPayload> EventEnvelope<P> of(String source, P payload) {
        EventType<P> type = EventType.ofPayload(payload);
        return new EventEnvelope<>(Ids.newId(), source, type.name(), SPEC_VERSION,
                payload.at().truncatedTo(ChronoUnit.MICROS), payload.aggregateId().toString(), DATA_CONTENT_TYPE,
                payload);
    }

    public EventType<P> eventType() {
        return EventType.ofPayload(data);
    }

    public CloudEventAttributes attributes() {
        return new CloudEventAttributes(id, source, type, time, subject);
    }
}
