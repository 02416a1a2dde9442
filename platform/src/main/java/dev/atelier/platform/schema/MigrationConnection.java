package dev.atelier.platform.schema;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.boot.flyway.autoconfigure.FlywayConnectionDetails;
import org.springframework.core.env.Environment;

/**
 * Where the platform's Flyway connects: the JDBC settings the service gives Boot's Flyway. An
 * R2DBC service has no {@code DataSource}, so these come from, in order, Boot's
 * {@link FlywayConnectionDetails} (a service connection, or {@code spring.flyway.url}),
 * {@code spring.flyway.url/user/password}, then {@code spring.datasource.url/username/password};
 * user and password always from the same place as the URL, as Boot's Flyway does.
 *
 * @param settings where the URL came from, for messages
 * @param connectRetries and {@code connectRetriesInterval}: Boot's {@code spring.flyway.connect-retries}
 *     and {@code spring.flyway.connect-retries-interval}, so both migrations wait for the database alike
 */
record MigrationConnection(String url, @Nullable String user, @Nullable String password, String settings,
        int connectRetries, Duration connectRetriesInterval) {

    static final String FLYWAY_CONNECTION_DETAILS = "Boot's FlywayConnectionDetails";
    static final String DATASOURCE_SETTINGS = "spring.datasource.*";

    /** Boot's default for {@code spring.flyway.connect-retries-interval}. */
    static final Duration DEFAULT_RETRIES_INTERVAL = Duration.ofSeconds(120);

    static Optional<MigrationConnection> resolve(@Nullable FlywayConnectionDetails details, Environment environment) {
        Binder binder = Binder.get(environment);
        int retries = binder.bind("spring.flyway.connect-retries", Integer.class).orElse(0);
        // A bare number means seconds there, as in Boot's FlywayProperties.
        Duration interval = binder.bind("spring.flyway.connect-retries-interval", String.class)
                .map(value -> DurationStyle.detectAndParse(value, ChronoUnit.SECONDS))
                .orElse(DEFAULT_RETRIES_INTERVAL);
        if (details != null && hasText(details.getJdbcUrl())) {
            return Optional.of(new MigrationConnection(details.getJdbcUrl(), details.getUsername(), details.getPassword(),
                    FLYWAY_CONNECTION_DETAILS, retries, interval));
        }
        for (String[] names : new String[][] {
            {"spring.flyway.*", "spring.flyway.url", "spring.flyway.user", "spring.flyway.password"},
            {DATASOURCE_SETTINGS, "spring.datasource.url", "spring.datasource.username", "spring.datasource.password"}}) {
            String url = binder.bind(names[1], String.class).orElse(null);
            if (hasText(url)) {
                return Optional.of(new MigrationConnection(url, binder.bind(names[2], String.class).orElse(null),
                        binder.bind(names[3], String.class).orElse(null), names[0], retries, interval));
            }
        }
        return Optional.empty();
    }

    /** The URL without its query, which may carry credentials: safe for logs and messages. */
    String safeUrl() {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    @Override
    public String toString() {
        return "MigrationConnection[" + safeUrl() + ", user " + user + ", from " + settings + "]";
    }

    private static boolean hasText(@Nullable String value) {
        return value != null && !value.isBlank();
    }
}
