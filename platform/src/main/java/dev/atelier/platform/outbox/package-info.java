/**
 * The transactional outbox for R2DBC services.
 *
 * <p>A service appends events with {@link dev.atelier.platform.outbox.Outbox#append} inside the
 * transaction of its state change; the {@link dev.atelier.platform.outbox.OutboxRelay} publishes
 * them to Kafka in order per key, retries failures with back-off and deletes old published rows.
 *
 * <p>Set up in a service:
 * <ul>
 *   <li>dependencies: {@code spring-boot-starter-data-r2dbc}, {@code r2dbc-postgresql},
 *       {@code spring-boot-starter-kafka}, and Flyway
 *       ({@code spring-boot-starter-flyway}, {@code flyway-database-postgresql},
 *       {@code org.postgresql:postgresql});</li>
 *   <li>settings: {@code spring.r2dbc.url/username/password},
 *       {@code spring.flyway.url/user/password}, {@code spring.kafka.bootstrap-servers}; nothing
 *       about the outbox's table: the platform migrates {@code atelier_platform.outbox_event}
 *       itself, see {@link dev.atelier.platform.schema};</li>
 *   <li>optional {@code atelier.outbox.*} settings, see {@link dev.atelier.platform.outbox.OutboxProperties}.</li>
 * </ul>
 *
 * <p>The outbox row lives in the platform's schema, the state change in the service's, both in the
 * service's one database: the R2DBC transaction commits or rolls back both.
 */
package dev.atelier.platform.outbox;
