/**
 * The platform's own tables and their own migration history.
 *
 * <p>The outbox ({@code outbox_event}) and the idempotent consumer ({@code processed_event}) keep
 * their tables in the PostgreSQL schema {@code atelier_platform} of the service's database. A
 * Flyway instance of the platform migrates that schema at start-up from
 * {@code classpath:db/atelier-platform} ({@code V1__outbox_event.sql}, {@code V2__processed_event.sql},
 * …), with its own {@code atelier_platform.flyway_schema_history}; it creates the schema when it is
 * missing. A service's own migrations ({@code classpath:db/migration}, {@code V1…}, in
 * {@code public}) are Boot's Flyway's business as before: the two histories never see each other,
 * so a new platform migration never lands "out of order" in a service. Services configure nothing
 * for it.
 *
 * <p>It runs where the outbox or the idempotent consumer is in use, before either is created, with
 * the JDBC settings the service gives Boot's Flyway: {@code spring.flyway.url/user/password}
 * (or a service connection), else {@code spring.datasource.url/username/password}; also
 * {@code spring.flyway.connect-retries} and {@code -interval}.
 *
 * <p>What a service with the outbox or the consumer sets: {@code spring.r2dbc.url/username/password},
 * {@code spring.flyway.url/user/password} (the same database over JDBC),
 * {@code spring.kafka.bootstrap-servers} and its JWT issuer. No JDBC {@code DataSource} (HikariCP)
 * is created although JDBC is on the class path: Boot's {@code DataSourceAutoConfiguration} backs
 * off as soon as the R2DBC {@code ConnectionFactory} exists. For the same reason
 * {@code spring.datasource.*} alone is not enough: Boot's Flyway then skips the service's own
 * migrations without a word (it needs a {@code DataSource} or {@code spring.flyway.url}); the
 * platform warns when it finds only those.
 *
 * <p>Operators who migrate by other means set {@code atelier.platform.schema.migrate=false} and
 * apply the scripts from {@code db/atelier-platform/} in the platform jar in version order, after
 * {@code CREATE SCHEMA atelier_platform}; every name in them is schema-qualified. Switching the
 * platform's migration back on later over such a schema needs a Flyway baseline at the version
 * applied.
 */
package dev.atelier.platform.schema;
