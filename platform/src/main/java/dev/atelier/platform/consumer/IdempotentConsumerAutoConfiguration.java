package dev.atelier.platform.consumer;

import dev.atelier.platform.event.CloudEventsJson;
import dev.atelier.platform.event.EventAutoConfiguration;
import dev.atelier.platform.schema.PlatformSchemaMigration;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.r2dbc.spi.ConnectionFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcAutoConfiguration;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcTransactionManagerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.ReactiveTransactionManager;

/**
 * The idempotent consumer, for a service that declares at least one {@link EventHandler} bean and
 * has R2DBC and Kafka, with the clean-up of old {@code processed_event} rows. That table is the
 * platform's own ({@code atelier_platform.processed_event}), migrated by
 * {@link dev.atelier.platform.schema.PlatformSchemaAutoConfiguration} before these beans are created.
 */
@AutoConfiguration(
        after = {EventAutoConfiguration.class, R2dbcAutoConfiguration.class,
            R2dbcTransactionManagerAutoConfiguration.class},
        afterName = {"org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
            "org.springframework.boot.data.r2dbc.autoconfigure.DataR2dbcAutoConfiguration"})
@ConditionalOnClass(name = {"org.springframework.kafka.listener.ConcurrentMessageListenerContainer",
    "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration", "org.springframework.r2dbc.core.DatabaseClient",
    "io.r2dbc.spi.ConnectionFactory"})
@ConditionalOnBean({EventHandler.class, ConnectionFactory.class, ReactiveTransactionManager.class,
    CloudEventsJson.class, ConsumerFactory.class, ProducerFactory.class})
@ConditionalOnBooleanProperty(name = "atelier.consumer.enabled", matchIfMissing = true)
@EnableConfigurationProperties(ConsumerProperties.class)
public class IdempotentConsumerAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    IdempotentEventProcessor idempotentEventProcessor(ObjectProvider<DatabaseClient> databaseClient,
            ConnectionFactory connectionFactory, ReactiveTransactionManager transactionManager, CloudEventsJson json,
            ObjectProvider<EventHandler<?>> handlers, ConsumerProperties properties, Environment environment,
            ObjectProvider<MeterRegistry> meters, ObjectProvider<PlatformSchemaMigration> schema) {
        schema.ifAvailable(PlatformSchemaMigration::ensureMigrated);
        DatabaseClient database = databaseClient.getIfAvailable(() -> DatabaseClient.create(connectionFactory));
        return new IdempotentEventProcessor(database, transactionManager, json, groupId(properties, environment),
                handlers.orderedStream().toList(), meters.getIfAvailable(), new TrustedSources(properties.trustedSources()));
    }

    @Bean
    @ConditionalOnMissingBean
    DeadLetterDepth deadLetterDepth(IdempotentEventProcessor processor, ConsumerProperties properties,
            ConsumerFactory<?, ?> consumerFactory, ObjectProvider<MeterRegistry> meters) {
        return new DeadLetterDepth(consumerFactory.getConfigurationProperties(), processor.topics(),
                meters.getIfAvailable(), properties.deadLetterCheckInterval());
    }

    @Bean
    @ConditionalOnMissingBean
    ProcessedEventCleanup processedEventCleanup(ObjectProvider<DatabaseClient> databaseClient,
            ConnectionFactory connectionFactory, ConsumerProperties properties,
            ObjectProvider<PlatformSchemaMigration> schema) {
        schema.ifAvailable(PlatformSchemaMigration::ensureMigrated);
        DatabaseClient database = databaseClient.getIfAvailable(() -> DatabaseClient.create(connectionFactory));
        return new ProcessedEventCleanup(database, properties.processedRetention(), properties.cleanupInterval());
    }

    @Bean
    @ConditionalOnMissingBean
    IdempotentEventConsumer idempotentEventConsumer(IdempotentEventProcessor processor, ConsumerProperties properties,
            ConsumerFactory<?, ?> consumerFactory, ProducerFactory<?, ?> producerFactory,
            ObjectProvider<ObservationRegistry> observations, ObjectProvider<MeterRegistry> meters) {
        return new IdempotentEventConsumer(processor, properties, consumerFactory.getConfigurationProperties(),
                producerFactory.getConfigurationProperties(), observations.getIfAvailable(), meters.getIfAvailable());
    }

    static String groupId(ConsumerProperties properties, Environment environment) {
        if (properties.groupId() != null && !properties.groupId().isBlank()) {
            return properties.groupId();
        }
        String groupId = environment.getProperty("spring.kafka.consumer.group-id",
                environment.getProperty("spring.application.name", ""));
        if (groupId.isBlank()) {
            throw new IllegalStateException("The idempotent consumer needs a group id: set atelier.consumer.group-id"
                    + " or spring.application.name");
        }
        return groupId;
    }
}
