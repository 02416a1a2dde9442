package dev.atelier.platform.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.boot.flyway.autoconfigure.FlywayConnectionDetails;
import org.springframework.mock.env.MockEnvironment;

/** The platform's Flyway connects where the service's Flyway does. */
class MigrationConnectionTest {

    private final MockEnvironment environment = new MockEnvironment()
            .withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/orders_ds")
            .withProperty("spring.datasource.username", "ds_user")
            .withProperty("spring.datasource.password", "ds_secret");

    @Test
    void spring_flyway_settings_win_over_spring_datasource_and_bring_their_own_credentials() {
        environment.withProperty("spring.flyway.url", "jdbc:postgresql://db:5432/orders")
                .withProperty("spring.flyway.user", "migrator");

        MigrationConnection connection = MigrationConnection.resolve(null, environment).orElseThrow();

        assertThat(connection.url()).isEqualTo("jdbc:postgresql://db:5432/orders");
        assertThat(connection.user()).isEqualTo("migrator");
        assertThat(connection.password()).as("not the datasource's").isNull();
        assertThat(connection.settings()).isEqualTo("spring.flyway.*");
    }

    @Test
    void spring_datasource_settings_are_the_fallback() {
        MigrationConnection connection = MigrationConnection.resolve(null, environment).orElseThrow();

        assertThat(connection).extracting(MigrationConnection::url, MigrationConnection::user, MigrationConnection::password,
                        MigrationConnection::settings)
                .containsExactly("jdbc:postgresql://db:5432/orders_ds", "ds_user", "ds_secret", "spring.datasource.*");
    }

    @Test
    void boots_flyway_connection_details_win_over_both() {
        environment.withProperty("spring.flyway.url", "jdbc:postgresql://db:5432/orders");

        MigrationConnection connection = MigrationConnection.resolve(
                details("jdbc:postgresql://container:49153/test", "test", "test"), environment).orElseThrow();

        assertThat(connection.url()).isEqualTo("jdbc:postgresql://container:49153/test");
        assertThat(connection.user()).isEqualTo("test");
        assertThat(connection.settings()).isEqualTo("Boot's FlywayConnectionDetails");
    }

    @Test
    void connection_details_without_a_url_fall_through_to_the_properties() {
        MigrationConnection connection = MigrationConnection.resolve(details(null, "x", "y"), environment).orElseThrow();

        assertThat(connection.url()).isEqualTo("jdbc:postgresql://db:5432/orders_ds");
    }

    @Test
    void nothing_set_means_no_connection() {
        assertThat(MigrationConnection.resolve(null, new MockEnvironment())).isEmpty();
    }

    @Test
    void connect_retries_follow_boots_flyway_settings_with_bare_numbers_in_seconds() {
        assertThat(MigrationConnection.resolve(null, environment).orElseThrow())
                .extracting(MigrationConnection::connectRetries, MigrationConnection::connectRetriesInterval)
                .containsExactly(0, Duration.ofSeconds(120));

        environment.withProperty("spring.flyway.connect-retries", "5")
                .withProperty("spring.flyway.connect-retries-interval", "7");

        assertThat(MigrationConnection.resolve(null, environment).orElseThrow())
                .extracting(MigrationConnection::connectRetries, MigrationConnection::connectRetriesInterval)
                .containsExactly(5, Duration.ofSeconds(7));
    }

    @Test
    void logs_and_messages_show_the_url_without_its_query() {
        MigrationConnection connection = new MigrationConnection("jdbc:postgresql://db/orders?password=secret", "u",
                "p", "spring.flyway.*", 0, Duration.ofSeconds(1));

        assertThat(connection.safeUrl()).isEqualTo("jdbc:postgresql://db/orders");
        assertThat(connection.toString()).doesNotContain("secret");
    }

    private static FlywayConnectionDetails details(@Nullable String url, String user, String password) {
        return new FlywayConnectionDetails() {
            @Override
            public String getUsername() {
                return user;
            }

            @Override
            public String getPassword() {
                return password;
            }

            @Override
            public @Nullable String getJdbcUrl() {
                return url;
            }
        };
    }
}
