package dev.atelier.launcher;

import java.util.Map;
import java.util.function.Function;

/**
 * Ports and credentials of the local suite. Each has a standard value and an environment variable
 * that overrides it; the credentials are for this machine only.
 */
public record LocalSettings(
        int postgresPort,
        int kafkaPort,
        int kafkaControllerPort,
        int s3Port,
        String s3AccessKey,
        String s3SecretKey,
        String s3Bucket,
        int keycloakPort,
        int keycloakManagementPort,
        String keycloakAdmin,
        String keycloakAdminPassword,
        int redisPort,
        int smtpPort,
        int mailApiPort) {

    public static LocalSettings fromEnvironment() {
        return from(System.getenv()::get);
    }

    static LocalSettings from(Map<String, String> environment) {
        return from(environment::get);
    }

    private static LocalSettings from(Function<String, String> env) {
        return new LocalSettings(
                port(env, "ATELIER_POSTGRES_PORT", 5432),
                port(env, "ATELIER_KAFKA_PORT", 9092),
                port(env, "ATELIER_KAFKA_CONTROLLER_PORT", 9093),
                port(env, "ATELIER_S3_PORT", 9000),
                text(env, "ATELIER_S3_ACCESS_KEY", "atelier"),
                text(env, "ATELIER_S3_SECRET_KEY", "atelier-secret"),
                text(env, "ATELIER_S3_BUCKET", "atelier-style-images"),
                port(env, "ATELIER_KEYCLOAK_PORT", 8180),
                port(env, "ATELIER_KEYCLOAK_MANAGEMENT_PORT", 9180),
                text(env, "ATELIER_KEYCLOAK_ADMIN", "admin"),
                text(env, "ATELIER_KEYCLOAK_ADMIN_PASSWORD", "admin"),
                port(env, "ATELIER_REDIS_PORT", 6379),
                port(env, "ATELIER_SMTP_PORT", 3025),
                port(env, "ATELIER_MAIL_API_PORT", 3080));
    }

    private static int port(Function<String, String> env, String name, int standard) {
        String value = env.apply(name);
        if (value == null || value.isBlank()) {
            return standard;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a port number (1-65535), not '" + value + "'");
        }
    }

    private static String text(Function<String, String> env, String name, String standard) {
        String value = env.apply(name);
        return value == null || value.isBlank() ? standard : value;
    }
}
