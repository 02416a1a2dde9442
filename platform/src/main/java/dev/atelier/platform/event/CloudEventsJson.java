package dev.atelier.platform.event;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Atelier events in CloudEvents JSON format, structured mode: the whole event is one JSON object
 * in the Kafka record value,
 *
 * <pre>{@code
 * {"specversion":"1.0","id":"…","source":"/order-service","type":"order.created","subject":"<order id>",
 *  "time":"2026-11-23T10:15:30.123456Z","datacontenttype":"application/json","data":{…}}
 * }</pre>
 *
 * and, so other shop systems can route without parsing the value, the same attributes as
 * {@code ce_*} headers with {@code content-type: application/cloudevents+json}, which tells a
 * CloudEvents SDK the record is in structured mode. Uses the application's Jackson 3 {@link JsonMapper}
 * for payloads; decimals are read as {@link java.math.BigDecimal} without going through
 * {@code double}.
 */
public final class CloudEventsJson {

    /** The record's content type in structured mode (CloudEvents Kafka protocol binding). */
    public static final String STRUCTURED_CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";
    public static final String CONTENT_TYPE_HEADER = "content-type";
    public static final String HEADER_ID = "ce_id";
    public static final String HEADER_SOURCE = "ce_source";
    public static final String HEADER_TYPE = "ce_type";
    public static final String HEADER_SPEC_VERSION = "ce_specversion";
    public static final String HEADER_TIME = "ce_time";
    public static final String HEADER_SUBJECT = "ce_subject";

    private final JsonMapper mapper;
    private final ObjectReader treeReader;

    public CloudEventsJson(JsonMapper mapper) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.treeReader = mapper.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }

    /** The payload as the event's {@code data} JSON. */
    public String dataJson(EventPayload payload) {
        return mapper.writeValueAsString(payload);
    }

    /** The whole event as structured-mode JSON bytes. */
    public byte[] structured(EventEnvelope<?> envelope) {
        return structured(envelope.attributes(), dataJson(envelope.data()));
    }

    /**
     * Structured-mode JSON for attributes and {@code data} that is already JSON text (as the outbox
     * stores it): the data is copied as is, so its decimals keep their exact digits.
     */
    public byte[] structured(CloudEventAttributes attributes, String dataJson) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + dataJson.length());
        try (JsonGenerator json = mapper.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringProperty("specversion", EventEnvelope.SPEC_VERSION);
            json.writeStringProperty("id", attributes.id().toString());
            json.writeStringProperty("source", attributes.source());
            json.writeStringProperty("type", attributes.type());
            json.writeStringProperty("subject", attributes.subject());
            json.writeStringProperty("time", attributes.time().toString());
            json.writeStringProperty("datacontenttype", EventEnvelope.DATA_CONTENT_TYPE);
            json.writeName("data");
            json.writeRawValue(dataJson);
            json.writeEndObject();
        }
        return out.toByteArray();
    }

    /** The attributes as binary-mode style Kafka headers, plus the structured-mode content type. */
    public static Map<String, String> headers(CloudEventAttributes attributes) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(CONTENT_TYPE_HEADER, STRUCTURED_CONTENT_TYPE);
        headers.put(HEADER_SPEC_VERSION, EventEnvelope.SPEC_VERSION);
        headers.put(HEADER_ID, attributes.id().toString());
        headers.put(HEADER_SOURCE, attributes.source());
        headers.put(HEADER_TYPE, attributes.type());
        headers.put(HEADER_SUBJECT, attributes.subject());
        headers.put(HEADER_TIME, attributes.time().toString());
        return headers;
    }

    /**
     * Reads a structured-mode CloudEvent, leaving its data as JSON.
     *
     * @throws MalformedEventException when it is not JSON or lacks a valid required attribute
     */
    public ParsedCloudEvent parse(byte[] value) {
        if (value == null || value.length == 0) {
            throw new MalformedEventException("empty record value, expected a structured CloudEvent");
        }
        JsonNode root;
        try {
            root = treeReader.readTree(value);
        } catch (JacksonException e) {
            throw new MalformedEventException("record value is not JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new MalformedEventException("record value is not a JSON object");
        }
        String specversion = text(root, "specversion");
        if (!EventEnvelope.SPEC_VERSION.equals(specversion)) {
            throw new MalformedEventException("unsupported specversion " + specversion);
        }
        JsonNode contentType = root.get("datacontenttype");
        if (contentType != null && !contentType.isNull()
                && !EventEnvelope.DATA_CONTENT_TYPE.equals(contentType.asString())) {
            throw new MalformedEventException("unsupported datacontenttype " + contentType.asString());
        }
        JsonNode data = root.get("data");
        if (data == null || data.isNull()) {
            throw new MalformedEventException("event has no data");
        }
        CloudEventAttributes attributes = new CloudEventAttributes(uuid(root), text(root, "source"),
                text(root, "type"), time(root), text(root, "subject"));
        return new ParsedCloudEvent(attributes, data);
    }

    /**
     * The event with its data as {@code type}'s payload.
     *
     * @throws MalformedEventException when the event is of another type or its data does not fit
     */
    public <P extends EventPayload> EventEnvelope<P> typed(ParsedCloudEvent event, EventType<P> type) {
        CloudEventAttributes attributes = event.attributes();
        if (!type.name().equals(attributes.type())) {
            throw new MalformedEventException("event " + attributes.id() + " is " + attributes.type() + ", not " + type);
        }
        P payload;
        try {
            payload = mapper.readerFor(type.payloadClass())
                    .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(event.data());
        } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            throw new MalformedEventException("data of " + type + " event " + attributes.id()
                    + " does not fit " + type.payloadClass().getSimpleName() + ": " + e.getMessage(), e);
        }
        if (payload == null || payload.aggregateId() == null || payload.at() == null) {
            throw new MalformedEventException("data of " + type + " event " + attributes.id()
                    + " lacks its aggregate id or time");
        }
        return new EventEnvelope<>(attributes.id(), attributes.source(), attributes.type(), EventEnvelope.SPEC_VERSION,
                attributes.time(), attributes.subject(), EventEnvelope.DATA_CONTENT_TYPE, payload);
    }

    /**
     * Reads a structured-mode event of any registered type.
     *
     * @throws MalformedEventException when it is malformed or of a type Atelier does not define
     */
    public EventEnvelope<? extends EventPayload> read(byte[] value) {
        ParsedCloudEvent event = parse(value);
        EventType<?> type = EventType.named(event.attributes().type())
                .orElseThrow(() -> new MalformedEventException("unknown event type " + event.attributes().type()));
        return typed(event, type);
    }

    public static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static String text(JsonNode root, String attribute) {
        JsonNode node = root.get(attribute);
        if (node == null || !node.isString() || node.asString().isBlank()) {
            throw new MalformedEventException("attribute '" + attribute + "' is missing or not a string");
        }
        return node.asString();
    }

    private static UUID uuid(JsonNode root) {
        String id = text(root, "id");
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException("attribute 'id' is not a UUID: " + id, e);
        }
    }

    private static Instant time(JsonNode root) {
        String time = text(root, "time");
        try {
            return OffsetDateTime.parse(time).toInstant();
        } catch (DateTimeParseException e) {
            throw new MalformedEventException("attribute 'time' is not an RFC 3339 time: " + time, e);
        }
    }
}
