package dev.atelier.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What counts as "a variable the service reads", which every compose and Kubernetes check relies on. */
class ServiceConfigurationTest {

    @Test
    void a_platform_service_reads_its_own_names_the_platform_defaults_and_the_profile() {
        ServiceConfiguration media = ServiceConfiguration.of("media-service");
        assertThat(media.usesPlatform()).isTrue();
        assertThat(media.port()).isEqualTo(8084);
        assertThat(media.portVariable()).isEqualTo("MEDIA_PORT");
        assertThat(media.reads("MEDIA_S3_PUBLIC_ENDPOINT")).as("own placeholder").isTrue();
        assertThat(media.reads("EUREKA_INSTANCE_PREFERIPADDRESS")).as("relaxed name of a key it sets").isTrue();
        assertThat(media.reads("EUREKA_FETCH_INTERVAL_SECONDS")).as("platform placeholder").isTrue();
        assertThat(media.reads("MANAGEMENT_ENDPOINTS_WEB_EXPOSURE_INCLUDE")).as("platform key").isTrue();
        assertThat(media.reads("MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT")).as("named by the platform").isTrue();
        assertThat(media.reads("SPRING_PROFILES_ACTIVE")).isTrue();
        assertThat(media.reads("S3_ENDPOINT")).as("not media's name").isFalse();
        assertThat(media.reads("KAFKA_BOOTSTRAP_SERVERS")).isFalse();
    }

    @Test
    void notification_service_is_on_the_platform_and_reads_the_smtp_and_shop_settings() {
        ServiceConfiguration notification = ServiceConfiguration.of("notification-service");
        assertThat(notification.usesPlatform()).isTrue();
        assertThat(notification.port()).isEqualTo(8085);
        assertThat(notification.portVariable()).isEqualTo("NOTIFICATION_PORT");
        for (String name : java.util.List.of("NOTIFICATION_DB_HOST", "NOTIFICATION_DB_PASSWORD", "NOTIFICATION_DB_R2DBC_URL",
                "KAFKA_BOOTSTRAP_SERVERS", "NOTIFIER_CLIENT_ID", "NOTIFIER_CLIENT_SECRET", "SMTP_HOST", "SMTP_PORT", "SMTP_USERNAME",
                "SMTP_PASSWORD", "SMTP_AUTH", "SMTP_STARTTLS", "SHOP_EMAIL", "SHOP_LANGUAGE", "NOTIFICATION_TEMPLATES_DIR")) {
            assertThat(notification.reads(name)).as(name).isTrue();
        }
        assertThat(notification.reads("MEDIA_S3_ENDPOINT")).isFalse();
    }

    @Test
    void the_registry_is_not_on_the_platform_and_reads_only_its_own_names() {
        ServiceConfiguration discovery = ServiceConfiguration.of("discovery-service");
        assertThat(discovery.usesPlatform()).isFalse();
        assertThat(discovery.reads("DISCOVERY_HOSTNAME")).isTrue();
        assertThat(discovery.reads("SPRING_PROFILES_ACTIVE")).isFalse();
        assertThat(discovery.reads("EUREKA_FETCH_INTERVAL_SECONDS")).isFalse();
    }
}
