package dev.atelier.suite;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The environment variables a service gets on one machine: the names its {@code application.yml}
 * reads (docs/configuration.md), pointed at the infrastructure on loopback. Written once for
 * {@code ./atelier up} and the end-to-end tests. In a local run the database credentials are the
 * ones {@code ./atelier infra up} creates: one role per service, password = name.
 */
public final class ServiceEnvironment {

    /** The confidential client's secret in identity/realm (local runs only), for the gateway's API documents. */
    static final String LOCAL_SERVICE_CLIENT_SECRET = "atelier-service-secret";

    /** The local realm's secret of the gateway's atelier-console client (the web console's sign-in). */
    static final String LOCAL_CONSOLE_CLIENT_SECRET = "atelier-console-secret";

    /** notification-service's client-credentials account in the local realm (identity/realm; local runs only). */
    static final String LOCAL_NOTIFIER_CLIENT_ID = "atelier-notifier";
    static final String LOCAL_NOTIFIER_CLIENT_SECRET = "atelier-notifier-secret";

    /**
     * The shop notification-service signs its mails with in a local run (a demo shop; the same variables
     * set for ./atelier win). The mails go to the local sink only.
     */
    static final Map<String, String> LOCAL_SHOP = Map.of("SHOP_NAME", "Atelier (local demo)",
            "SHOP_ADDRESS", "1 Loopback Lane, Localhost", "SHOP_SIGNATURE", "The Atelier team",
            "SHOP_EMAIL", "shop@atelier.localhost", "SHOP_LANGUAGE", "en");

    /** The gateway's rate limits in a local run. */
    static final Map<String, String> LOCAL_RATE_LIMITS = Map.of("GATEWAY_AUTH_RATE_LIMIT", "600", "GATEWAY_AUTH_BURST", "600",
            "GATEWAY_API_RATE_LIMIT", "100000", "GATEWAY_API_BURST", "100000");

    private ServiceEnvironment() {}

    private static String ownOr(String name, String fallback) {
        String own = System.getenv(name);
        return own == null || own.isBlank() ? fallback : own;
    }

    /**
     * With the service's database: a local run's is {@link ServiceDatabase#local}, an end-to-end test's a
     * fresh one; empty for a service without one.
     */
    public static Map<String, String> of(SuiteService service, int port, LocalEndpoints at, Optional<ServiceDatabase> database) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put(service.portVariable(), String.valueOf(port));
        // loopback only: nothing of a local run is reachable from the network
        env.put("SERVER_ADDRESS", at.host());
        env.put("EUREKA_USERNAME", at.registry().username());
        env.put("EUREKA_PASSWORD", at.registry().password());
        if (service.isRegistry()) {
            // advertised in its own registry answers; loopback is what the local services reach
            env.put("DISCOVERY_HOSTNAME", at.host());
            return env;
        }
        env.put("EUREKA_ENABLED", "true");
        env.put("EUREKA_URL", at.eurekaUrl());
        // Spring's relaxed binding of eureka.instance.ip-address: register under loopback, not whichever
        // network interface the machine lists first (the gateway calls the services at that address)
        env.put("EUREKA_INSTANCE_IPADDRESS", at.host());
        env.put("KEYCLOAK_ISSUER_URI", at.keycloakIssuer());
        if (service == SuiteService.GATEWAY) {
            env.put("KEYCLOAK_URL", at.keycloakUrl());
            // the Swagger UI's service documents are fetched with this client's token (realm's local secret)
            env.put("API_DOCS_CLIENT_SECRET", LOCAL_SERVICE_CLIENT_SECRET);
            // the web console signs designers in as this confidential client
            env.put("CONSOLE_CLIENT_SECRET", LOCAL_CONSOLE_CLIENT_SECRET);
            // the rate limits' counters
            env.put("REDIS_HOST", at.host());
            env.put("REDIS_PORT", String.valueOf(at.redisPort()));
            // drills, demo data and the benchmark call far faster than people: a local run gets room (the
            // production defaults are application.yml's); the same variables set for ./atelier win
            LOCAL_RATE_LIMITS.forEach((name, value) -> env.put(name, ownOr(name, value)));
        }
        // order and inventory publish and consume events, customer publishes its own; the gateway's live updates and
        // notification-service read them
        if (service == SuiteService.ORDER || service == SuiteService.INVENTORY || service == SuiteService.CUSTOMER
                || service == SuiteService.GATEWAY || service == SuiteService.NOTIFICATION) {
            env.put("KAFKA_BOOTSTRAP_SERVERS", at.kafkaBootstrapServers());
        }
        database.ifPresent(db -> {
            String prefix = service.databasePrefix();
            env.put(prefix + "_DB_HOST", db.host());
            env.put(prefix + "_DB_PORT", String.valueOf(db.port()));
            env.put(prefix + "_DB_NAME", db.name());
            env.put(prefix + "_DB_R2DBC_URL", db.r2dbcUrl());
            env.put(prefix + "_DB_JDBC_URL", db.jdbcUrl());
            env.put(prefix + "_DB_USER", db.user());
            env.put(prefix + "_DB_PASSWORD", db.password());
        });
        if (service == SuiteService.MEDIA) {
            env.put("MEDIA_S3_ENDPOINT", at.s3().endpoint());
            env.put("MEDIA_S3_REGION", at.s3().region());
            env.put("MEDIA_S3_ACCESS_KEY", at.s3().accessKey());
            env.put("MEDIA_S3_SECRET_KEY", at.s3().secretKey());
            env.put("MEDIA_S3_BUCKET", at.s3().bucket());
            env.put("MEDIA_S3_PATH_STYLE", "true");
        }
        if (service == SuiteService.NOTIFICATION) {
            env.put("NOTIFIER_CLIENT_ID", LOCAL_NOTIFIER_CLIENT_ID);
            env.put("NOTIFIER_CLIENT_SECRET", LOCAL_NOTIFIER_CLIENT_SECRET);
            // the local sink: plain SMTP on loopback, no account; ./atelier mail shows what arrived
            env.put("SMTP_HOST", at.host());
            env.put("SMTP_PORT", String.valueOf(at.smtpPort()));
            env.put("SMTP_USERNAME", "");
            env.put("SMTP_PASSWORD", "");
            env.put("SMTP_STARTTLS", "false");
            env.put("SMTP_AUTH", "false");
            // a webhook receiver of a local run may be a plain http server on this machine
            env.put("WEBHOOKS_ALLOW_HTTP_TO_LOOPBACK", "true");
            LOCAL_SHOP.forEach((name, value) -> env.put(name, ownOr(name, value)));
            String templates = System.getenv("NOTIFICATION_TEMPLATES_DIR");
            if (templates != null && !templates.isBlank()) {
                env.put("NOTIFICATION_TEMPLATES_DIR", templates);
            }
        }
        return env;
    }
}
