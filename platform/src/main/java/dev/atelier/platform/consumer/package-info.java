/**
 * The idempotent Kafka consumer for R2DBC services.
 *
 * <p>A service declares {@link dev.atelier.platform.consumer.EventHandler} beans, one per event
 * type; the {@link dev.atelier.platform.consumer.IdempotentEventConsumer} subscribes to their
 * topics and runs each event's handler once per consumer, in one transaction with its
 * {@code atelier_platform.processed_event} row (the platform's schema, the service's database, so
 * the row and the handler's effect commit together). Records that keep failing end on
 * {@code <topic>.dlt} (e.g. {@code atelier.order-events.dlt}) with spring-kafka's
 * {@code kafka_dlt-exception-fqcn}, {@code kafka_dlt-exception-message},
 * {@code kafka_dlt-exception-stacktrace}, {@code kafka_dlt-exception-cause-fqcn} and
 * {@code kafka_dlt-original-topic/-partition/-offset} headers; the original value and headers are
 * kept. The {@link dev.atelier.platform.consumer.ProcessedEventCleanup} deletes rows older than
 * {@code atelier.consumer.processed-retention}.
 *
 * <p>Set up as for the outbox (see {@link dev.atelier.platform.outbox}); the platform migrates the
 * table itself (see {@link dev.atelier.platform.schema}). Optional {@code atelier.consumer.*}
 * settings: {@link dev.atelier.platform.consumer.ConsumerProperties}.
 */
package dev.atelier.platform.consumer;
