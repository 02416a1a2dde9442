package dev.atelier.platform.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.platform.event.AtelierTopics;
import dev.atelier.platform.event.EventEnvelope;
import dev.atelier.platform.event.OrderCreated;
import dev.atelier.platform.event.SampleEvents;
import dev.atelier.platform.event.Topics;
import dev.atelier.platform.outbox.Outbox;
import dev.atelier.platform.outbox.OutboxRelay;
import dev.atelier.platform.schema.PlatformSchemaMigration;
import dev.atelier.platform.sql.ThreadLocalFreeConnections;
import dev.atelier.platform.test.KafkaBroker;
import dev.atelier.platform.test.PostgresDatabase;
import dev.atelier.platform.test.TestInfrastructure;
import dev.atelier.platform.test.TopicReader;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Wrapped;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

/**
 * A service as it will really be: the platform, R2DBC, Kafka, Boot's Flyway with its JDBC driver on
 * the class path, full auto-configuration, and only the settings a service sets (R2DBC, Flyway's
 * JDBC URL, Kafka, the JWT issuer). No JDBC {@code DataSource} appears, the platform's schema is
 * migrated beside the service's own migration in {@code public}, the outbox publishes, and a second
 * start on the same database finds nothing to migrate.
 */
class ServiceShapedStartTest {

    private static final KafkaBroker KAFKA = TestInfrastructure.kafka();
    private static final Duration WAIT = Duration.ofSeconds(30);

    @BeforeAll
    static void topics() {
        AtelierTopics.createAll(KAFKA.bootstrapServers());
    }

    @Test
    void starts_with_only_a_services_settings_migrates_both_schemas_apart_publishes_and_restarts_with_nothing_to_migrate() {
        PostgresDatabase database = TestInfrastructure.freshPostgres("service_shaped");

        try (ConfigurableApplicationContext service = start(database)) {
            assertThat(service.getBeanNamesForType(DataSource.class)).as("JDBC DataSources in an R2DBC service").isEmpty();
            assertThat(((Wrapped<?>) service.getBean(ConnectionFactory.class)).unwrap())
                    .as("the pool's connections come from the thread-local-free driver")
                    .isInstanceOf(ThreadLocalFreeConnections.class);
            assertThat(service.getBean(PlatformSchemaMigration.class).migrationsExecuted()).isEqualTo(3);
            assertThat(history(service, "atelier_platform")).containsExactly("1 outbox event", "2 processed event",
                    "3 outbox trace context");
            assertThat(history(service, "public")).containsExactly("1 sample order");
            assertThat(tables(service, "public")).containsExactly("flyway_schema_history", "sample_order");
            assertThat(tables(service, "atelier_platform"))
                    .containsExactly("flyway_schema_history", "outbox_event", "processed_event");

            placeOrderAndSeeItsEventPublished(service);
        }

        try (ConfigurableApplicationContext restarted = start(database)) {
            assertThat(restarted.getBean(PlatformSchemaMigration.class).migrationsExecuted()).isZero();
            assertThat(history(restarted, "atelier_platform")).containsExactly("1 outbox event", "2 processed event",
                    "3 outbox trace context");
            assertThat(history(restarted, "public")).containsExactly("1 sample order");

            placeOrderAndSeeItsEventPublished(restarted);
        }
    }

    /** What a service's deployment sets, nothing more. */
    private static ConfigurableApplicationContext start(PostgresDatabase database) {
        return new SpringApplicationBuilder(SampleServiceApplication.class).run(
                "--spring.application.name=sample-service",
                "--server.port=0",
                "--spring.r2dbc.url=" + database.r2dbcUrl(),
                "--spring.r2dbc.username=" + database.username(),
                "--spring.r2dbc.password=" + database.password(),
                "--spring.flyway.url=" + database.jdbcUrl(),
                "--spring.flyway.user=" + database.username(),
                "--spring.flyway.password=" + database.password(),
                "--spring.kafka.bootstrap-servers=" + KAFKA.bootstrapServers(),
                // Nothing listens there: no token is checked, and Boot fetches the issuer's keys lazily.
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri=http://127.0.0.1:9/realms/atelier");
    }

    /** The service's own row and its event in one transaction, as a service's use case writes them. */
    private static void placeOrderAndSeeItsEventPublished(ConfigurableApplicationContext service) {
        assertThat(service.getBean(OutboxRelay.class).isRunning()).isTrue();
        DatabaseClient database = service.getBean(DatabaseClient.class);
        Outbox outbox = service.getBean(Outbox.class);
        UUID orderId = UUID.randomUUID();
        EventEnvelope<OrderCreated> event = EventEnvelope.of(outbox.source(), SampleEvents.orderCreated(orderId));

        database.sql("INSERT INTO sample_order (id) VALUES ($1)").bind(0, orderId).then()
                .then(outbox.append(event))
                .as(TransactionalOperator.create(service.getBean(ReactiveTransactionManager.class))::transactional)
                .block();

        List<ConsumerRecord<String, byte[]>> records = TopicReader.readUntil(KAFKA.bootstrapServers(),
                Topics.ORDER_EVENTS, Set.of(orderId.toString()), seen -> !seen.isEmpty(), WAIT);
        assertThat(records).singleElement().satisfies(record -> {
            assertThat(TopicReader.header(record, "ce_id")).isEqualTo(event.id().toString());
            assertThat(TopicReader.header(record, "ce_source")).isEqualTo("/sample-service");
        });
    }

    private static List<String> history(ConfigurableApplicationContext service, String schema) {
        return service.getBean(DatabaseClient.class)
                .sql("SELECT version || ' ' || description AS migration FROM " + schema + ".flyway_schema_history"
                        + " WHERE success AND type = 'SQL' ORDER BY installed_rank")
                .map((row, metadata) -> row.get("migration", String.class))
                .all()
                .collectList()
                .block();
    }

    private static List<String> tables(ConfigurableApplicationContext service, String schema) {
        return service.getBean(DatabaseClient.class)
                .sql("SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name")
                .bind(0, schema)
                .map((row, metadata) -> row.get("table_name", String.class))
                .all()
                .collectList()
                .block();
    }
}
