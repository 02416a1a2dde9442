package dev.atelier.launcher.suite;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The environment variables a service gets in a local run: the names its {@code application.yml}
 * reads (README "Configuration"), pointed at the local infrastructure. Database credentials are the
 * ones {@code ./atelier infra up} creates: one role per service, password = name.
 */
public final class ServiceEnvironment {

    /**
     * Relaxed-binding name of {@code eureka.client.webclient.enabled}, which every service's
     * application.yml sets to true. Spring Boot 4 auto-configures no {@code WebClient.Builder} without
     * the {@code spring-boot-webclient} module, which the services lack, so Eureka's WebClient transport
     * fails ("Supplier.get() is null") and nothing registers. false selects Eureka's RestClient transport,
     * which works with or without that module.
     */
    public static final String EUREKA_REST_CLIENT = "EUREKA_CLIENT_WEBCLIENT_ENABLED";

    private ServiceEnvironment() {}

    public static Map<String, String> of(SuiteService service, int port, LocalEndpoints at) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put(service.portVariable(), String.valueOf(port));
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
        env.put(EUREKA_REST_CLIENT, "false");
        env.put("KEYCLOAK_ISSUER_URI", at.keycloakIssuer());
        if (service == SuiteService.GATEWAY) {
            env.put("KEYCLOAK_URL", at.keycloakUrl());
            // Local runs start everything at once: the gateway would otherwise learn of a service that
            // registered after it only at its next 30 s registry fetch and after its load balancer's 35 s
            // cache, answering 503 meanwhile (relaxed binding of Eureka's and Spring Cloud's own settings).
            env.put("EUREKA_CLIENT_REGISTRYFETCHINTERVALSECONDS", "5");
            env.put("SPRING_CLOUD_LOADBALANCER_CACHE_TTL", "5s");
        }
        if (service == SuiteService.ORDER || service == SuiteService.INVENTORY || service == SuiteService.MEDIA) {
            env.put("KAFKA_BOOTSTRAP_SERVERS", at.kafkaBootstrapServers());
        }
        service.database().ifPresent(database -> {
            String prefix = service.databasePrefix();
            env.put(prefix + "_DB_HOST", at.host());
            env.put(prefix + "_DB_PORT", String.valueOf(at.postgresPort()));
            env.put(prefix + "_DB_NAME", database);
            env.put(prefix + "_DB_R2DBC_URL", "r2dbc:postgresql://" + at.host() + ":" + at.postgresPort() + "/" + database);
            env.put(prefix + "_DB_JDBC_URL", "jdbc:postgresql://" + at.host() + ":" + at.postgresPort() + "/" + database);
            env.put(prefix + "_DB_USER", database);
            env.put(prefix + "_DB_PASSWORD", database);
        });
        if (service == SuiteService.MEDIA) {
            env.put("S3_ENDPOINT", at.s3Endpoint());
            env.put("S3_REGION", at.s3Region());
            env.put("S3_ACCESS_KEY", at.s3AccessKey());
            env.put("S3_SECRET_KEY", at.s3SecretKey());
            env.put("S3_BUCKET", at.s3Bucket());
            env.put("S3_PATH_STYLE", "true");
        }
        return env;
    }
}
