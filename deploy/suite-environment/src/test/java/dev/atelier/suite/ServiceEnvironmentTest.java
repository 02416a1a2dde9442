package dev.atelier.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ServiceEnvironmentTest {

    private static final LocalEndpoints LOCAL = new LocalEndpoints("127.0.0.1", "127.0.0.1:9092", "http://127.0.0.1:8180",
            "http://127.0.0.1:8180/realms/atelier",
            new LocalEndpoints.S3("http://127.0.0.1:9000", "us-east-1", "atelier", "atelier-secret", "atelier-style-images"), 8761,
            6379, 3025, LocalEndpoints.Registry.LOCAL);

    /** Spring's relaxed-binding names the launcher sets on purpose (not ${...} placeholders), see ServiceEnvironment. */
    private static final Set<String> RELAXED_BINDING = Set.of("EUREKA_INSTANCE_IPADDRESS", "SERVER_ADDRESS");

    @Test
    void a_service_with_a_database_gets_the_role_that_infra_up_creates() {
        Map<String, String> env = local(SuiteService.ORDER, 8081);
        assertThat(env).containsEntry("ORDER_PORT", "8081")
                .containsEntry("ORDER_DB_R2DBC_URL", "r2dbc:postgresql://127.0.0.1:5432/order_service")
                .containsEntry("ORDER_DB_JDBC_URL", "jdbc:postgresql://127.0.0.1:5432/order_service")
                .containsEntry("ORDER_DB_USER", "order_service")
                .containsEntry("ORDER_DB_PASSWORD", "order_service")
                .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092")
                .containsEntry("KEYCLOAK_ISSUER_URI", "http://127.0.0.1:8180/realms/atelier")
                .containsEntry("EUREKA_URL", "http://127.0.0.1:8761/eureka/")
                .containsEntry("EUREKA_INSTANCE_IPADDRESS", "127.0.0.1")
                .containsEntry("SERVER_ADDRESS", "127.0.0.1")
                .containsEntry("EUREKA_USERNAME", "atelier").containsEntry("EUREKA_PASSWORD", "atelier-local-registry");
        assertThat(env.keySet()).as("Eureka's WebClient transport works now: no workaround").doesNotContain("EUREKA_CLIENT_WEBCLIENT_ENABLED");
    }

    @Test
    void customer_publishes_its_events_to_the_local_broker() {
        assertThat(local(SuiteService.CUSTOMER, 8082))
                .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092")
                .containsEntry("CUSTOMER_DB_USER", "customer_service");
    }

    @Test
    void the_registry_gets_its_port_loopback_and_its_account_only() {
        assertThat(local(SuiteService.DISCOVERY, 8761))
                .containsExactlyInAnyOrderEntriesOf(Map.of("DISCOVERY_PORT", "8761", "DISCOVERY_HOSTNAME", "127.0.0.1",
                        "SERVER_ADDRESS", "127.0.0.1", "EUREKA_USERNAME", "atelier", "EUREKA_PASSWORD", "atelier-local-registry"));
    }

    @Test
    void the_gateway_reaches_keycloak_and_kafka_and_has_no_database() {
        Map<String, String> env = local(SuiteService.GATEWAY, 8080);
        assertThat(env).containsEntry("KEYCLOAK_URL", "http://127.0.0.1:8180")
                .containsEntry("API_DOCS_CLIENT_SECRET", "atelier-service-secret")
                .containsEntry("CONSOLE_CLIENT_SECRET", "atelier-console-secret")
                .containsEntry("REDIS_HOST", "127.0.0.1")
                .containsEntry("REDIS_PORT", "6379")
                .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092")
                .containsEntry("GATEWAY_API_RATE_LIMIT", System.getenv().getOrDefault("GATEWAY_API_RATE_LIMIT", "100000"))
                .containsKeys("GATEWAY_AUTH_RATE_LIMIT", "GATEWAY_AUTH_BURST", "GATEWAY_API_BURST")
                .containsEntry("KEYCLOAK_ISSUER_URI", "http://127.0.0.1:8180/realms/atelier");
        assertThat(env.keySet()).noneMatch(name -> name.contains("_DB_"));
    }

    @Test
    void media_gets_the_s3_bucket_and_no_kafka() {
        Map<String, String> env = local(SuiteService.MEDIA, 8084);
        assertThat(env).containsEntry("MEDIA_S3_ENDPOINT", "http://127.0.0.1:9000")
                .containsEntry("MEDIA_S3_BUCKET", "atelier-style-images").containsEntry("MEDIA_S3_PATH_STYLE", "true")
                .containsEntry("MEDIA_DB_USER", "media_service");
        assertThat(env).doesNotContainKey("KAFKA_BOOTSTRAP_SERVERS");
    }

    @Test
    void notification_sends_to_the_local_sink_as_its_own_client_and_reads_order_events() {
        Map<String, String> env = local(SuiteService.NOTIFICATION, 8085);
        assertThat(env).containsEntry("NOTIFICATION_PORT", "8085")
                .containsEntry("NOTIFICATION_DB_R2DBC_URL", "r2dbc:postgresql://127.0.0.1:5432/notification_service")
                .containsEntry("NOTIFICATION_DB_JDBC_URL", "jdbc:postgresql://127.0.0.1:5432/notification_service")
                .containsEntry("NOTIFICATION_DB_NAME", "notification_service")
                .containsEntry("NOTIFICATION_DB_USER", "notification_service")
                .containsEntry("NOTIFICATION_DB_PASSWORD", "notification_service")
                .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092")
                .containsEntry("KEYCLOAK_ISSUER_URI", "http://127.0.0.1:8180/realms/atelier")
                .containsEntry("EUREKA_URL", "http://127.0.0.1:8761/eureka/")
                .containsEntry("NOTIFIER_CLIENT_ID", "atelier-notifier")
                .containsEntry("NOTIFIER_CLIENT_SECRET", "atelier-notifier-secret")
                .containsEntry("SMTP_HOST", "127.0.0.1")
                .containsEntry("SMTP_PORT", "3025")
                .containsEntry("SMTP_USERNAME", "")
                .containsEntry("SMTP_PASSWORD", "")
                .containsEntry("SMTP_STARTTLS", "false")
                .containsEntry("SMTP_AUTH", "false")
                .containsEntry("WEBHOOKS_ALLOW_HTTP_TO_LOOPBACK", "true")
                .containsEntry("SHOP_EMAIL", System.getenv().getOrDefault("SHOP_EMAIL", "shop@atelier.localhost"))
                .containsKeys("SHOP_NAME", "SHOP_ADDRESS", "SHOP_SIGNATURE", "SHOP_LANGUAGE");
        assertThat(env.keySet()).as("no S3, no Redis, nothing of the gateway's")
                .noneMatch(name -> name.startsWith("MEDIA_") || name.startsWith("REDIS_") || name.equals("KEYCLOAK_URL"));
        assertThat(local(SuiteService.ORDER, 8081).keySet()).as("only notification-service sends mail")
                .noneMatch(name -> name.startsWith("SMTP_") || name.startsWith("NOTIFIER_"));
    }

    @ParameterizedTest
    @EnumSource(Service.class)
    void every_variable_set_is_one_the_services_application_yml_reads(Service which) throws IOException {
        SuiteService service = which.service;
        Path root = repositoryRoot();
        Set<String> read = placeholders(root.resolve(service.module()).resolve("src/main/resources/application.yml"));
        if (service != SuiteService.DISCOVERY) {
            read.addAll(placeholders(root.resolve("platform/src/main/resources/atelier-defaults.yml")));
        }
        Set<String> unknown = new HashSet<>(local(service, service.standardPort()).keySet());
        unknown.removeAll(read);
        unknown.removeAll(RELAXED_BINDING);
        // INVENTORY/ORDER read host, port and name; customer-service only the URLs: both kinds are set, extras are harmless
        unknown.removeIf(name -> name.matches("(CUSTOMER)_DB_(HOST|PORT|NAME)"));
        assertThat(unknown).as("variables %s does not read", service.module()).isEmpty();
    }

    enum Service {
        DISCOVERY(SuiteService.DISCOVERY), CUSTOMER(SuiteService.CUSTOMER), INVENTORY(SuiteService.INVENTORY),
        ORDER(SuiteService.ORDER), MEDIA(SuiteService.MEDIA), NOTIFICATION(SuiteService.NOTIFICATION), GATEWAY(SuiteService.GATEWAY);

        final SuiteService service;

        Service(SuiteService service) {
            this.service = service;
        }
    }

    @Test
    void an_end_to_end_test_gives_its_own_database_and_registry_account() {
        LocalEndpoints e2e = new LocalEndpoints(LOCAL.host(), LOCAL.kafkaBootstrapServers(), LOCAL.keycloakUrl(),
                LOCAL.keycloakIssuer(), LOCAL.s3(), 8761, 6379, 3025, new LocalEndpoints.Registry("e2e", "secret"));
        Map<String, String> env = ServiceEnvironment.of(SuiteService.ORDER, 9001, e2e,
                Optional.of(new ServiceDatabase("127.0.0.1", 5433, "e2e_order", "tester", "pw")));
        assertThat(env).containsEntry("ORDER_DB_R2DBC_URL", "r2dbc:postgresql://127.0.0.1:5433/e2e_order")
                .containsEntry("ORDER_DB_USER", "tester").containsEntry("ORDER_DB_PASSWORD", "pw")
                .containsEntry("EUREKA_USERNAME", "e2e").containsEntry("EUREKA_PASSWORD", "secret");
    }

    /** What ./atelier up gives the service: the database infra up creates, on the local cluster's port. */
    private static Map<String, String> local(SuiteService service, int port) {
        return ServiceEnvironment.of(service, port, LOCAL,
                service.database().map(name -> ServiceDatabase.local(name, LOCAL.host(), 5432)));
    }

    /** The checkout this module is in: the first folder up from here with the Maven wrapper. */
    private static Path repositoryRoot() {
        for (Path at = Path.of("").toAbsolutePath(); at != null; at = at.getParent()) {
            if (Files.isRegularFile(at.resolve("mvnw"))) {
                return at;
            }
        }
        throw new IllegalStateException("not inside the Atelier checkout");
    }

    static Set<String> placeholders(Path applicationYml) throws IOException {
        Matcher matcher = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]").matcher(Files.readString(applicationYml));
        Set<String> names = new HashSet<>();
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
