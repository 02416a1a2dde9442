/**
 * The idempotent Kafka consumer for R2DBC services.
 *
 * <p>A service declares {@link dev.atelier.platform.consumer.EventHandler} beans, one per event
 * type; the {@link dev.atelier.platform.consumer.IdempotentEventConsumer} subscribes to their
 * topics and runs each event's handler once per consumer, in one transaction with its
 * {@code processed_event} row. Records that keep failing end on {@code <topic>.dlt} (e.g.
 * {@code atelier.order-events.dlt}) with spring-kafka's {@code kafka_dlt-exception-fqcn},
 * {@code kafka_dlt-exception-message}, {@code kafka_dlt-exception-stacktrace},
 * {@code kafka_dlt-exception-cause-fqcn} and {@code kafka_dlt-original-topic/-partition/-offset}
 * headers; the original value and headers are kept.
 *
 * <p>Needs the {@code processed_event} table from {@code classpath:db/platform} and optional
 * {@code atelier.consumer.*} settings, see {@link dev.atelier.platform.consumer.ConsumerProperties}.
 */
package dev.atelier.platform.consumer;
