package dev.atelier.platform.event;

import tools.jackson.databind.JsonNode;

/**
 * A structured-mode CloudEvent read from the wire whose {@code data} is still JSON: a consumer
 * looks at {@link #attributes()} (type, id) before it decides to convert the data to a payload with
 * {@link CloudEventsJson#typed(ParsedCloudEvent, EventType)}.
 */
public record ParsedCloudEvent(CloudEventAttributes attributes, JsonNode data) {}
