package dev.atelier.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * deploy/compose/production.yml on top of docker-compose.yml: no secret falls back to a local default,
 * Keycloak runs in production mode with the production realm, API documents are off, and every application
 * gets the registry's account from the environment.
 */
class ProductionComposeTest {

    private static final String TEXT = Repo.read(Repo.root().resolve("deploy/compose/production.yml"));
    private static final Map<String, Object> PRODUCTION = Repo.map(Repo.documents(TEXT).getFirst().get("services"));
    private static final Map<String, Object> BASE = Repo.map(Repo.documents(
            Repo.read(Repo.root().resolve("docker-compose.yml"))).getFirst().get("services"));
    private static final Pattern SECRET = Pattern.compile("PASSWORD|SECRET|ACCESS_KEY|ADMIN(_USER(NAME)?)?$");

    static List<String> applications() {
        return Repo.APPLICATIONS;
    }

    @Test
    void every_variable_it_reads_is_required_none_has_a_default() {
        Matcher variable = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(:?[-?])?([^}]*)}").matcher(TEXT);
        int found = 0;
        while (variable.find()) {
            found++;
            assertThat(variable.group(2)).as("${%s...} must be ${%1$s:?message}", variable.group(1)).isEqualTo(":?");
            assertThat(variable.group(3)).as("the message for %s", variable.group(1)).isNotBlank();
        }
        assertThat(found).isGreaterThan(10);
    }

    @Test
    void every_secret_the_base_file_defaults_is_required_here() {
        BASE.forEach((name, service) -> ComposeFileTest.environment(Repo.map(service)).forEach((key, value) -> {
            if (SECRET.matcher(key).find() && String.valueOf(value).contains(":-")) {
                Object production = ComposeFileTest.environment(Repo.map(PRODUCTION.get(name))).get(key);
                assertThat(production).as("%s of %s in production.yml", key, name).isNotNull();
                String setting = String.valueOf(production);
                assertThat(setting.isEmpty() || setting.contains(":?")).as("%s of %s: %s", key, name, setting).isTrue();
            }
        }));
    }

    @Test
    void keycloak_runs_in_production_mode_with_the_production_realm() {
        Map<String, Object> keycloak = Repo.map(PRODUCTION.get("keycloak"));
        assertThat(String.valueOf(keycloak.get("command"))).startsWith("start ").doesNotContain("start-dev").contains("--import-realm");
        String baseImport = Repo.list(Repo.map(BASE.get("keycloak")).get("volumes")).stream().map(String::valueOf)
                .filter(volume -> volume.contains("/opt/keycloak/data/import")).findFirst().orElseThrow();
        String target = baseImport.split(":")[1];
        assertThat(Repo.list(keycloak.get("volumes"))).map(String::valueOf)
                .containsExactly("./identity/realm-production:" + target + ":ro");
        assertThat(Repo.root().resolve("identity/realm-production/atelier-realm.json")).exists();
    }

    @Test
    void notification_service_sends_through_an_authenticated_starttls_server_and_the_sink_stays_off() {
        Map<String, Object> env = ComposeFileTest.environment(Repo.map(PRODUCTION.get("notification-service")));
        assertThat(env).containsEntry("SMTP_AUTH", "true").containsEntry("SMTP_STARTTLS", "true");
        for (String name : List.of("SMTP_HOST", "SMTP_PORT", "SMTP_USERNAME", "SMTP_PASSWORD", "SHOP_EMAIL", "NOTIFIER_CLIENT_SECRET",
                "NOTIFICATION_DB_PASSWORD")) {
            assertThat(String.valueOf(env.get(name))).as(name).startsWith("${" + name + ":?");
        }
        assertThat(String.valueOf(env.get("SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG")))
                .contains("username=\"notification-service\"", "${NOTIFICATION_KAFKA_PASSWORD:?");
        assertThat(Repo.map(Repo.map(PRODUCTION.get("notification-service")).get("depends_on"))).containsKey("kafka-init");
        assertThat(Repo.list(Repo.map(PRODUCTION.get("mailpit")).get("profiles"))).containsExactly("local-mail");
        assertThat(ComposeFileTest.environment(Repo.map(PRODUCTION.get("kafka-init"))))
                .containsEntry("NOTIFICATION_SERVICE_PASSWORD", "${NOTIFICATION_KAFKA_PASSWORD:?set NOTIFICATION_KAFKA_PASSWORD, notification-service's Kafka password}");
    }

    @Test
    void customer_service_publishes_as_its_own_kafka_user_once_kafka_init_made_it() {
        Map<String, Object> env = ComposeFileTest.environment(Repo.map(PRODUCTION.get("customer-service")));
        assertThat(env).containsEntry("SPRING_KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT")
                .containsEntry("SPRING_KAFKA_PROPERTIES_SASL_MECHANISM", "SCRAM-SHA-512");
        assertThat(String.valueOf(env.get("SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG")))
                .contains("username=\"customer-service\"", "${CUSTOMER_KAFKA_PASSWORD:?");
        assertThat(Repo.map(Repo.map(PRODUCTION.get("customer-service")).get("depends_on"))).containsKey("kafka-init");
        assertThat(ComposeFileTest.environment(Repo.map(PRODUCTION.get("kafka-init"))))
                .containsEntry("CUSTOMER_SERVICE_PASSWORD", "${CUSTOMER_KAFKA_PASSWORD:?set CUSTOMER_KAFKA_PASSWORD, customer-service's Kafka password}");
    }

    @ParameterizedTest
    @MethodSource("applications")
    void every_application_needs_the_registry_account_and_has_no_api_documents(String module) {
        Map<String, Object> env = ComposeFileTest.environment(Repo.map(PRODUCTION.get(module)));
        assertThat(String.valueOf(env.get("EUREKA_USERNAME"))).startsWith("${EUREKA_USERNAME:?");
        assertThat(String.valueOf(env.get("EUREKA_PASSWORD"))).startsWith("${EUREKA_PASSWORD:?");
        if (ComposeFileTest.environment(Repo.map(BASE.get(module))).containsKey("API_DOCS_ENABLED")) {
            assertThat(env).as(module).containsEntry("API_DOCS_ENABLED", "false");
        }
    }
}
