package dev.atelier.platform.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.platform.consumer.EventHandler;
import dev.atelier.platform.consumer.IdempotentConsumerAutoConfiguration;
import dev.atelier.platform.event.EventAutoConfiguration;
import dev.atelier.platform.event.EventType;
import dev.atelier.platform.event.OrderCreated;
import dev.atelier.platform.outbox.Outbox;
import dev.atelier.platform.outbox.OutboxAutoConfiguration;
import dev.atelier.platform.test.PostgresDatabase;
import dev.atelier.platform.test.TestInfrastructure;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcAutoConfiguration;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import reactor.core.publisher.Mono;

/** When the platform migrates its schema, where it connects, and how it says what is missing. */
@ExtendWith(OutputCaptureExtension.class)
class PlatformSchemaAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, R2dbcAutoConfiguration.class,
                    R2dbcTransactionManagerAutoConfiguration.class, KafkaAutoConfiguration.class,
                    EventAutoConfiguration.class, OutboxAutoConfiguration.class,
                    IdempotentConsumerAutoConfiguration.class, PlatformSchemaAutoConfiguration.class))
            .withPropertyValues(
                    "spring.application.name=inventory-service",
                    // R2DBC connects lazily: nothing needs to listen there for these contexts.
                    "spring.r2dbc.url=r2dbc:postgresql://127.0.0.1:1/nowhere",
                    "spring.r2dbc.username=nobody",
                    "spring.r2dbc.password=nothing",
                    "spring.kafka.bootstrap-servers=127.0.0.1:1",
                    "atelier.outbox.relay-enabled=false");

    private static final EventHandler<OrderCreated> HANDLER = EventHandler.on(EventType.ORDER_CREATED, event -> Mono.empty());

    @Test
    void without_a_jdbc_url_the_start_stops_and_says_what_to_set() {
        runner.run(context -> assertThat(context).getFailure().rootCause()
                .hasMessageContaining("no JDBC URL is set")
                .hasMessageContaining("spring.flyway.url")
                .hasMessageContaining("atelier.platform.schema.migrate=false")
                .hasMessageContaining("classpath:db/atelier-platform"));
    }

    @Test
    void without_flyway_on_the_class_path_the_start_stops_and_names_the_dependencies() {
        runner.withClassLoader(new FilteredClassLoader("org.flywaydb"))
                .withPropertyValues("spring.flyway.url=jdbc:postgresql://127.0.0.1:1/nowhere")
                .run(context -> assertThat(context).getFailure().rootCause()
                        .hasMessageContaining("Flyway is not on the class path")
                        .hasMessageContaining("spring-boot-starter-flyway, org.flywaydb:flyway-database-postgresql")
                        .hasMessageContaining("atelier.platform.schema.migrate=false"));
    }

    @Test
    void a_database_flyway_cannot_handle_stops_the_start_naming_the_dependencies() {
        runner.withPropertyValues("spring.flyway.url=jdbc:nosuchdb://127.0.0.1:1/nowhere")
                .run(context -> assertThat(context).getFailure()
                        .hasStackTraceContaining("Migrating the platform schema atelier_platform at"
                                + " jdbc:nosuchdb://127.0.0.1:1/nowhere failed")
                        .hasStackTraceContaining("needs spring-boot-starter-flyway, org.flywaydb:flyway-database-postgresql"));
    }

    @Test
    void operators_who_migrate_by_other_means_switch_it_off_and_the_outbox_needs_no_jdbc_url() {
        runner.withPropertyValues("atelier.platform.schema.migrate=false")
                .withClassLoader(new FilteredClassLoader("org.flywaydb"))
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(Outbox.class)
                        .doesNotHaveBean(PlatformSchemaMigration.class));
    }

    @Test
    void a_service_that_neither_appends_nor_consumes_gets_no_platform_schema() {
        runner.withPropertyValues("atelier.outbox.enabled=false")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(PlatformSchemaMigration.class));
    }

    @Test
    void a_consumer_alone_needs_the_platform_schema_too() {
        runner.withPropertyValues("atelier.outbox.enabled=false")
                .withBean("reserveStock", EventHandler.class, () -> HANDLER)
                .run(context -> assertThat(context).getFailure().rootCause().hasMessageContaining("no JDBC URL is set"));
    }

    @Test
    void with_only_spring_datasource_settings_it_migrates_there_once_and_warns_that_boots_flyway_will_not(
            CapturedOutput output) throws SQLException {
        PostgresDatabase database = TestInfrastructure.freshPostgres("platform_schema_datasource");
        ApplicationContextRunner onDatabase = runner.withPropertyValues(
                "spring.datasource.url=" + database.jdbcUrl(),
                "spring.datasource.username=" + database.username(),
                "spring.datasource.password=" + database.password());

        onDatabase.run(context -> assertThat(context.getBean(PlatformSchemaMigration.class).migrationsExecuted())
                .isEqualTo(3));
        onDatabase.run(context -> assertThat(context.getBean(PlatformSchemaMigration.class).migrationsExecuted())
                .as("the second start finds nothing to do").isZero());

        assertThat(appliedVersions(database)).containsExactly("1", "2", "3");
        assertThat(output).contains("Boot's Flyway does not run the service's own migrations: set spring.flyway.url");
    }

    private static List<String> appliedVersions(PostgresDatabase database) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(),
                database.password());
                ResultSet rows = connection.createStatement().executeQuery("SELECT version FROM"
                        + " atelier_platform.flyway_schema_history WHERE success AND type = 'SQL' ORDER BY installed_rank")) {
            List<String> versions = new ArrayList<>();
            while (rows.next()) {
                versions.add(rows.getString("version"));
            }
            return versions;
        }
    }
}
