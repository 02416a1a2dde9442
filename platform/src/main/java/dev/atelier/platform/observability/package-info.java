/**
 * What every service shows an operator beyond Boot's own: the trace context carried through the
 * outbox so one trace follows an order from the HTTP request across Kafka into the consumer, the
 * broker's health for readiness, and business counters counted after commit. The shared actuator,
 * metrics and tracing settings are in {@code atelier-defaults.yml}.
 */
package dev.atelier.platform.observability;
