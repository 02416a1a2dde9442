package dev.atelier.platform.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.platform.consumer.ConsumerProperties;
import dev.atelier.platform.consumer.EventHandler;
import dev.atelier.platform.consumer.IdempotentConsumerAutoConfiguration;
import dev.atelier.platform.consumer.IdempotentEventConsumer;
import dev.atelier.platform.consumer.IdempotentEventProcessor;
import dev.atelier.platform.consumer.ProcessedEventCleanup;
import dev.atelier.platform.outbox.Outbox;
import dev.atelier.platform.outbox.OutboxAutoConfiguration;
import dev.atelier.platform.outbox.OutboxRelay;
import dev.atelier.platform.schema.PlatformSchemaAutoConfiguration;
import dev.atelier.platform.test.TestInfrastructure;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcAutoConfiguration;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import reactor.core.publisher.Mono;

/** Which services get which event pieces, decided by class path, beans and properties. */
class EventsAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, R2dbcAutoConfiguration.class,
                    R2dbcTransactionManagerAutoConfiguration.class, KafkaAutoConfiguration.class,
                    EventAutoConfiguration.class, OutboxAutoConfiguration.class,
                    IdempotentConsumerAutoConfiguration.class))
            .withPropertyValues(
                    "spring.application.name=inventory-service",
                    // Nothing listens there: these contexts are about which beans exist, not what they do.
                    "spring.r2dbc.url=r2dbc:postgresql://127.0.0.1:1/nowhere",
                    "spring.r2dbc.username=nobody",
                    "spring.r2dbc.password=nothing",
                    "spring.kafka.bootstrap-servers=" + TestInfrastructure.kafka().bootstrapServers(),
                    "spring.kafka.consumer.auto-offset-reset=latest");

    private static final EventHandler<OrderCreated> HANDLER = EventHandler.on(EventType.ORDER_CREATED, event -> Mono.empty());

    @Test
    void a_service_with_r2dbc_kafka_and_a_handler_gets_the_outbox_its_relay_and_the_consumer() {
        runner.withBean("reserveStock", EventHandler.class, () -> HANDLER)
                .withPropertyValues("atelier.outbox.poll-interval=1h")
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(CloudEventsJson.class).hasSingleBean(Outbox.class)
                            .hasSingleBean(OutboxRelay.class).hasSingleBean(IdempotentEventConsumer.class);
                    assertThat(context.getBean(Outbox.class).source()).isEqualTo("/inventory-service");
                    assertThat(context.getBean(IdempotentEventProcessor.class).consumer()).isEqualTo("inventory-service");
                    assertThat(context.getBean(IdempotentEventProcessor.class).topics()).containsExactly(Topics.ORDER_EVENTS);
                    assertThat(context).hasSingleBean(ProcessedEventCleanup.class);
                    assertThat(context.getBean(ConsumerProperties.class).processedRetention()).isEqualTo(Duration.ofDays(30));
                    assertThat(context.getBean(IdempotentEventConsumer.class).container().getConcurrency())
                            .as("one consumer thread per partition of the local and compose topics").isEqualTo(3);
                });
    }

    @Test
    void a_service_without_kafka_can_append_but_runs_no_relay_and_no_consumer() {
        runner.withClassLoader(new FilteredClassLoader("org.springframework.kafka", "org.springframework.boot.kafka",
                        "org.apache.kafka"))
                .withBean("reserveStock", EventHandler.class, () -> HANDLER)
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(Outbox.class)
                        .doesNotHaveBean(OutboxRelay.class).doesNotHaveBean(IdempotentEventConsumer.class));
    }

    @Test
    void the_outbox_or_only_its_relay_can_be_switched_off() {
        runner.withPropertyValues("atelier.outbox.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(Outbox.class).doesNotHaveBean(OutboxRelay.class));
        runner.withPropertyValues("atelier.outbox.relay-enabled=false", "atelier.outbox.source=/shop")
                .run(context -> {
                    assertThat(context).hasSingleBean(Outbox.class).doesNotHaveBean(OutboxRelay.class);
                    assertThat(context.getBean(Outbox.class).source()).isEqualTo("/shop");
                });
    }

    @Test
    void without_handlers_or_when_switched_off_there_is_no_consumer() {
        runner.withPropertyValues("atelier.outbox.relay-enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(IdempotentEventConsumer.class));
        runner.withPropertyValues("atelier.outbox.relay-enabled=false", "atelier.consumer.enabled=false")
                .withBean("reserveStock", EventHandler.class, () -> HANDLER)
                .run(context -> assertThat(context).doesNotHaveBean(IdempotentEventConsumer.class));
    }

    @Test
    void a_processed_event_retention_that_is_not_positive_stops_the_start() {
        runner.withPropertyValues("atelier.outbox.relay-enabled=false", "atelier.consumer.processed-retention=0s")
                .withBean("reserveStock", EventHandler.class, () -> HANDLER)
                .run(context -> assertThat(context).getFailure()
                        .rootCause().hasMessageContaining("atelier.consumer.processed-retention must be positive"));
    }

    @Test
    void two_handlers_for_one_event_type_stop_the_start() {
        runner.withPropertyValues("atelier.outbox.relay-enabled=false")
                .withBean("reserveStock", EventHandler.class, () -> HANDLER)
                .withBean("reserveStockAgain", EventHandler.class, () -> HANDLER)
                .run(context -> assertThat(context).getFailure()
                        .rootCause().hasMessageContaining("Two EventHandler beans for order.created"));
    }

    @Test
    void the_auto_configurations_are_registered_for_services() {
        assertThat(ImportCandidates.load(AutoConfiguration.class, getClass().getClassLoader()).getCandidates())
                .contains(EventAutoConfiguration.class.getName(), OutboxAutoConfiguration.class.getName(),
                        IdempotentConsumerAutoConfiguration.class.getName(),
                        PlatformSchemaAutoConfiguration.class.getName());
    }
}
