package dev.atelier.platform.event;

import dev.atelier.platform.consumer.IdempotentConsumerAutoConfiguration;
import dev.atelier.platform.outbox.OutboxAutoConfiguration;
import dev.atelier.platform.schema.PlatformSchemaAutoConfiguration;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.data.r2dbc.autoconfigure.DataR2dbcAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcAutoConfiguration;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcTransactionManagerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * The smallest application the event tests need: what a service with a database and Kafka gets,
 * and nothing else of the platform (its web and security pieces are tested on their own). Boot's
 * Flyway migrates the tests' own table ({@code db/test}); the platform migrates its schema itself.
 */
@SpringBootConfiguration
@ImportAutoConfiguration({JacksonAutoConfiguration.class, R2dbcAutoConfiguration.class,
    R2dbcTransactionManagerAutoConfiguration.class, DataR2dbcAutoConfiguration.class, FlywayAutoConfiguration.class,
    KafkaAutoConfiguration.class, EventAutoConfiguration.class, OutboxAutoConfiguration.class,
    IdempotentConsumerAutoConfiguration.class, PlatformSchemaAutoConfiguration.class})
public class EventsTestApplication {

    @Bean
    TransactionalOperator transactionalOperator(ReactiveTransactionManager transactionManager) {
        return TransactionalOperator.create(transactionManager);
    }
}
