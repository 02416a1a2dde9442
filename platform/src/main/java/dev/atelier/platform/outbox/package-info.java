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
 *       {@code spring-boot-starter-kafka}, Flyway as in FACTS.md;</li>
 *   <li>{@code spring.flyway.locations=classpath:db/migration,classpath:db/platform}: the platform's
 *       migrations ({@code V0_1__outbox_event.sql}, {@code V0_2__processed_event.sql}) are numbered
 *       below a service's own {@code V1…}, so they run first;</li>
 *   <li>optional {@code atelier.outbox.*} settings, see {@link dev.atelier.platform.outbox.OutboxProperties}.</li>
 * </ul>
 */
package dev.atelier.platform.outbox;
