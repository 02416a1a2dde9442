/**
 * What every service shows an operator: default actuator, metrics and tracing settings (see
 * {@code atelier-observability.yml}), and the trace context carried through the outbox so one trace
 * follows an order from the HTTP request across Kafka into the consumer.
 */
package dev.atelier.platform.observability;
