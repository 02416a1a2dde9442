package dev.atelier.platform.schema;

import dev.atelier.platform.outbox.OutboxAutoConfiguration;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.LazyInitializationExcludeFilter;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.flyway.autoconfigure.FlywayConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;

/**
 * Migrates the platform's own tables ({@code outbox_event}, {@code processed_event}) in the
 * {@value PlatformSchemaMigration#SCHEMA} schema with a Flyway instance of its own, at start-up,
 * wherever the outbox or the idempotent consumer is in use and
 * {@code atelier.platform.schema.migrate} is not {@code false}.
 *
 * <p>That Flyway keeps its {@code flyway_schema_history} inside {@value PlatformSchemaMigration#SCHEMA}
 * and looks at no other schema, so the platform's versions never mix with the service's own
 * migrations in {@code public}, which Boot's Flyway runs as usual. It connects with the settings the
 * service gives Boot's Flyway (see {@link MigrationConnection}). It is deliberately not a
 * {@link Flyway} bean: one would switch off Boot's Flyway auto-configuration for the service.
 */
@AutoConfiguration(after = OutboxAutoConfiguration.class,
        afterName = "dev.atelier.platform.consumer.IdempotentConsumerAutoConfiguration")
@ConditionalOnClass(name = {"io.r2dbc.spi.ConnectionFactory", "org.springframework.r2dbc.core.DatabaseClient"})
@Conditional(PlatformSchemaAutoConfiguration.PlatformTablesInUse.class)
@ConditionalOnBooleanProperty(name = "atelier.platform.schema.migrate", matchIfMissing = true)
public class PlatformSchemaAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PlatformSchemaAutoConfiguration.class);

    static final String DEPENDENCIES = "spring-boot-starter-flyway, org.flywaydb:flyway-database-postgresql and"
            + " org.postgresql:postgresql";
    static final String OR_MIGRATE_OTHERWISE = "or set atelier.platform.schema.migrate=false and apply the scripts in "
            + PlatformSchemaMigration.LOCATION + " (to schema " + PlatformSchemaMigration.SCHEMA + ") by other means";

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = {"org.flywaydb.core.Flyway",
        "org.springframework.boot.flyway.autoconfigure.FlywayConnectionDetails"})
    static class FlywayMigration {

        @Bean
        PlatformSchemaMigration platformSchemaMigration(ObjectProvider<FlywayConnectionDetails> connectionDetails,
                ObjectProvider<DataSource> dataSources, Environment environment, ResourceLoader resourceLoader) {
            MigrationConnection connection = MigrationConnection.resolve(connectionDetails.getIfUnique(), environment)
                    .orElseThrow(() -> new IllegalStateException("The platform migrates its tables (schema "
                            + PlatformSchemaMigration.SCHEMA + ") over JDBC at start-up, but no JDBC URL is set: set"
                            + " spring.flyway.url, spring.flyway.user and spring.flyway.password as for the service's"
                            + " own migrations, " + OR_MIGRATE_OTHERWISE));
            if (connection.settings().equals(MigrationConnection.DATASOURCE_SETTINGS)
                    && dataSources.stream().findAny().isEmpty()) {
                // Boot's Flyway needs a DataSource bean or spring.flyway.url, and an R2DBC service has no DataSource.
                log.warn("The platform migrates schema {} with spring.datasource.*, but without a DataSource Boot's"
                        + " Flyway does not run the service's own migrations: set spring.flyway.url/user/password",
                        PlatformSchemaMigration.SCHEMA);
            }
            ClassLoader classLoader = resourceLoader.getClassLoader() != null
                    ? resourceLoader.getClassLoader()
                    : PlatformSchemaAutoConfiguration.class.getClassLoader();
            return new PlatformSchemaMigration(() -> migrate(connection, classLoader),
                    connection.safeUrl() + " (from " + connection.settings() + ")");
        }

        /** Runs at start-up even in a lazily initialised context, so a broken schema stops the start. */
        @Bean
        static LazyInitializationExcludeFilter platformSchemaMigrationIsEager() {
            return LazyInitializationExcludeFilter.forBeanTypes(PlatformSchemaMigration.class);
        }

        private static int migrate(MigrationConnection connection, ClassLoader classLoader) {
            try {
                return Flyway.configure(classLoader)
                        .dataSource(connection.url(), connection.user(), connection.password())
                        .connectRetries(connection.connectRetries())
                        .connectRetriesInterval((int) Math.min(connection.connectRetriesInterval().toSeconds(),
                                Integer.MAX_VALUE))
                        // The first schema also holds the history table; createSchemas records that Flyway made it.
                        .schemas(PlatformSchemaMigration.SCHEMA)
                        .createSchemas(true)
                        .locations(PlatformSchemaMigration.LOCATION)
                        .failOnMissingLocations(true)
                        .validateMigrationNaming(true)
                        .load()
                        .migrate()
                        .migrationsExecuted;
            } catch (FlywayException e) {
                String message = String.valueOf(e.getMessage());
                // Flyway's words for a missing database plugin or JDBC driver.
                String hint = message.contains("database plugin found") || message.contains("Unsupported Database")
                        || message.contains("Unable to instantiate JDBC driver")
                        ? " (a service with the outbox or the consumer needs " + DEPENDENCIES + ")"
                        : "";
                throw new IllegalStateException("Migrating the platform schema " + PlatformSchemaMigration.SCHEMA
                        + " at " + connection.safeUrl() + " failed" + hint + ": " + message, e);
            }
        }
    }

    /** Flyway missing: stop the start with what to add, rather than fail later on a missing table. */
    @Configuration(proxyBeanMethods = false)
    @Conditional(FlywayMissing.class)
    static class WithoutFlyway {

        @Bean
        PlatformSchemaMigration platformSchemaMigration() {
            throw new IllegalStateException("The platform migrates its tables (schema " + PlatformSchemaMigration.SCHEMA
                    + ") with Flyway at start-up, but Flyway is not on the class path: add " + DEPENDENCIES + ", "
                    + OR_MIGRATE_OTHERWISE);
        }
    }

    /** The outbox or the idempotent consumer is there: something reads and writes the platform's tables. */
    static final class PlatformTablesInUse extends AnyNestedCondition {

        PlatformTablesInUse() {
            super(ConfigurationPhase.REGISTER_BEAN);
        }

        @ConditionalOnBean(type = "dev.atelier.platform.outbox.Outbox")
        static final class OutboxInUse {}

        @ConditionalOnBean(type = "dev.atelier.platform.consumer.IdempotentEventProcessor")
        static final class ConsumerInUse {}
    }

    static final class FlywayMissing extends AnyNestedCondition {

        FlywayMissing() {
            super(ConfigurationPhase.PARSE_CONFIGURATION);
        }

        @ConditionalOnMissingClass("org.flywaydb.core.Flyway")
        static final class FlywayCoreMissing {}

        @ConditionalOnMissingClass("org.springframework.boot.flyway.autoconfigure.FlywayConnectionDetails")
        static final class BootFlywayMissing {}
    }
}
