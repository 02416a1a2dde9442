package dev.atelier.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalSettingsTest {

    @Test
    void standard_ports_and_local_credentials_by_default() {
        LocalSettings settings = LocalSettings.from(Map.of());

        assertThat(settings.postgresPort()).isEqualTo(5432);
        assertThat(settings.kafkaPort()).isEqualTo(9092);
        assertThat(settings.s3Port()).isEqualTo(9000);
        assertThat(settings.keycloakPort()).isEqualTo(8180);
        assertThat(settings.keycloakManagementPort()).isNotIn(5432, 9092, 9093, 9000, 8180, 8080, 8081, 8082, 8083, 8084, 8761);
        assertThat(settings.s3AccessKey()).isEqualTo("atelier");
        assertThat(settings.keycloakAdmin()).isEqualTo("admin");
        assertThat(settings.smtpPort()).isEqualTo(3025);
        assertThat(settings.mailApiPort()).isEqualTo(3080).isNotIn(5432, 9092, 9093, 9000, 8180, 8080, 8081, 8082, 8083, 8084, 8085, 8761,
                6379, 3025);
    }

    @Test
    void the_environment_overrides_them() {
        LocalSettings settings = LocalSettings.from(Map.of("ATELIER_KAFKA_PORT", "19092", "ATELIER_S3_SECRET_KEY", "s3cr3t",
                "ATELIER_SMTP_PORT", "13025", "ATELIER_MAIL_API_PORT", "13080"));
        assertThat(settings.smtpPort()).isEqualTo(13025);
        assertThat(settings.mailApiPort()).isEqualTo(13080);

        assertThat(settings.kafkaPort()).isEqualTo(19092);
        assertThat(settings.s3SecretKey()).isEqualTo("s3cr3t");
    }

    @Test
    void a_port_that_is_no_port_is_refused_by_name() {
        assertThatThrownBy(() -> LocalSettings.from(Map.of("ATELIER_S3_PORT", "ninety")))
                .hasMessageContaining("ATELIER_S3_PORT");
        assertThatThrownBy(() -> LocalSettings.from(Map.of("ATELIER_S3_PORT", "70000")))
                .hasMessageContaining("ATELIER_S3_PORT");
    }
}
