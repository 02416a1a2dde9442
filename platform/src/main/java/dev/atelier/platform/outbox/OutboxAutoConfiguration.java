package dev.atelier.platform.outbox;

import dev.atelier.platform.event.CloudEventsJson;
import dev.atelier.platform.event.EventAutoConfiguration;
import dev.atelier.platform.observability.TraceContextSource;
import dev.atelier.platform.schema.PlatformSchemaMigration;
import io.micrometer.core.instrument.MeterRegistry;
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
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.ReactiveTransactionManager;

/**
 * The outbox for a service with an R2DBC database; its relay only where Kafka is on the class path
 * and configured ({@code atelier.outbox.enabled}, {@code atelier.outbox.relay-enabled}, both true
 * unless set). Its table is the platform's own {@code atelier_platform.outbox_event}, migrated by
 * {@link dev.atelier.platform.schema.PlatformSchemaAutoConfiguration} before the outbox or the
 * relay is created.
 */
@AutoConfiguration(
        after = {EventAutoConfiguration.class, R2dbcAutoConfiguration.class,
            R2dbcTransactionManagerAutoConfiguration.class},
        afterName = {"org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
            "org.springframework.boot.data.r2dbc.autoconfigure.DataR2dbcAutoConfiguration"})
@ConditionalOnClass({DatabaseClient.class, ConnectionFactory.class})
@ConditionalOnBean({ConnectionFactory.class, CloudEventsJson.class})
@ConditionalOnBooleanProperty(name = "atelier.outbox.enabled", matchIfMissing = true)
@EnableConfigurationProperties(OutboxProperties.class)
public class OutboxAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Outbox outbox(ObjectProvider<DatabaseClient> databaseClient, ConnectionFactory connectionFactory,
            CloudEventsJson json, OutboxProperties properties, Environment environment,
            ObjectProvider<RelayWakeUp> relay, ObjectProvider<PlatformSchemaMigration> schema,
            ObjectProvider<TraceContextSource> traces) {
        schema.ifAvailable(PlatformSchemaMigration::ensureMigrated);
        DatabaseClient database = databaseClient.getIfAvailable(() -> DatabaseClient.create(connectionFactory));
        return new Outbox(database, json, source(properties, environment), () -> relay.ifAvailable(RelayWakeUp::wakeUp),
                traces.getIfAvailable(() -> TraceContextSource.NONE));
    }

    static String source(OutboxProperties properties, Environment environment) {
        if (properties.source() != null && !properties.source().isBlank()) {
            return properties.source();
        }
        return "/" + environment.getProperty("spring.application.name", "atelier");
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = {"org.springframework.kafka.core.KafkaTemplate",
        "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration"})
    @ConditionalOnBean({ProducerFactory.class, ReactiveTransactionManager.class})
    @ConditionalOnBooleanProperty(name = "atelier.outbox.relay-enabled", matchIfMissing = true)
    static class RelayConfiguration {

        /** Starts from Boot's producer settings (servers, security), with its own producer and serializers. */
        @Bean
        @ConditionalOnMissingBean
        OutboxRelay outboxRelay(ObjectProvider<DatabaseClient> databaseClient, ConnectionFactory connectionFactory,
                ReactiveTransactionManager transactionManager, CloudEventsJson json,
                ProducerFactory<?, ?> producerFactory, OutboxProperties properties, Environment environment,
                ObjectProvider<MeterRegistry> meters, ObjectProvider<PlatformSchemaMigration> schema) {
            schema.ifAvailable(PlatformSchemaMigration::ensureMigrated);
            DatabaseClient database = databaseClient.getIfAvailable(() -> DatabaseClient.create(connectionFactory));
            return new OutboxRelay(database, transactionManager, json, producerFactory.getConfigurationProperties(),
                    properties.withSource(source(properties, environment)), meters.getIfAvailable());
        }
    }
}
