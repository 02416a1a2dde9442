/**
 * Atelier's event contract: {@link dev.atelier.platform.event.EventEnvelope} (CloudEvents 1.0
 * attributes and typed data), the payload records, the {@link dev.atelier.platform.event.EventType}
 * registry (type string, topic, payload class), the {@link dev.atelier.platform.event.Topics} and the
 * wire format in {@link dev.atelier.platform.event.CloudEventsJson}.
 *
 * <p>On Kafka an event is one record on its type's topic: key = the aggregate id (also the
 * CloudEvents {@code subject}), value = the event in CloudEvents structured JSON, headers =
 * {@code content-type: application/cloudevents+json; charset=UTF-8} and the attributes as
 * {@code ce_id}, {@code ce_source}, {@code ce_type}, {@code ce_specversion}, {@code ce_subject},
 * {@code ce_time}. Quantities are JSON numbers read as {@link java.math.BigDecimal}.
 */
package dev.atelier.platform.event;
