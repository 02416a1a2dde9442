package dev.atelier.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The production overlay's Kafka: every listener authenticates (SCRAM), ACLs are on, each service may write
 * only its own topic (and the dead-letter twin of what it consumes), outside subscribers only read, and the
 * Kafka clients are configured with their own user's credentials.
 */
class ProductionKafkaTest {

    /** topic producer (docs/architecture.md, "Events"). */
    private static final Map<String, String> OWN_TOPIC = Map.of("order-service", "atelier.order-events",
            "inventory-service", "atelier.stock-events", "customer-service", "atelier.customer-events");

    /** Producers that consume nothing, so they read no topic and write no dead letters. */
    private static final Set<String> PUBLISH_ONLY = Set.of("customer-service");

    @Test
    void every_listener_authenticates_and_acls_are_enforced() {
        Map<String, Object> kafka = find("Kafka", "atelier-kafka");
        List<Object> listeners = Repo.list(Repo.at(kafka, "spec.kafka.listeners"));
        assertThat(listeners).isNotEmpty().allSatisfy(listener ->
                assertThat(Repo.at(Repo.map(listener), "authentication.type")).isEqualTo("scram-sha-512"));
        assertThat(Repo.at(kafka, "spec.kafka.authorization.type")).isEqualTo("simple");
    }

    @Test
    void each_service_writes_only_its_own_topic_and_the_dead_letters_of_what_it_reads() {
        OWN_TOPIC.forEach((service, own) -> {
            Set<String> written = topics(service, "Write");
            Set<String> read = topics(service, "Read");
            Set<String> expected = new HashSet<>(Set.of(own));
            read.forEach(topic -> expected.add(topic + ".dlt"));
            assertThat(written).as("%s writes", service).isEqualTo(expected);
            if (PUBLISH_ONLY.contains(service)) {
                assertThat(read).as("%s reads", service).isEmpty();
            } else {
                assertThat(read).as("%s reads", service).doesNotContain(own).isNotEmpty();
            }
        });
    }

    @Test
    void outside_subscribers_only_read() {
        assertThat(topics("atelier-subscriber", "Write")).isEmpty();
        assertThat(topics("atelier-subscriber", "Read")).containsExactlyInAnyOrderElementsOf(OWN_TOPIC.values());
    }

    @Test
    void the_gateway_only_reads_the_event_topics() {
        assertThat(topics("gateway-service", "Write")).isEmpty();
        assertThat(topics("gateway-service", "Read")).containsExactlyInAnyOrderElementsOf(OWN_TOPIC.values());
    }

    @Test
    void every_event_topic_and_its_dead_letter_twin_is_a_kafka_topic() {
        for (String topic : OWN_TOPIC.values()) {
            assertThat(find("KafkaTopic", topic)).as(topic).isNotEmpty();
            assertThat(find("KafkaTopic", topic + ".dlt")).as(topic + ".dlt").isNotEmpty();
        }
    }

    @Test
    void notification_service_reads_every_event_topic_and_writes_only_their_dead_letters() {
        assertThat(topics("notification-service", "Read")).containsExactlyInAnyOrderElementsOf(OWN_TOPIC.values());
        assertThat(topics("notification-service", "Write"))
                .containsExactlyInAnyOrderElementsOf(OWN_TOPIC.values().stream().map(topic -> topic + ".dlt").toList());
    }

    @Test
    void the_kafka_clients_log_in_with_their_own_user() {
        for (String service : List.of("order-service", "inventory-service", "customer-service", "gateway-service",
                "notification-service")) {
            Map<String, Object> container = Repo.map(Repo.list(Repo.at(find("Deployment", service), "spec.template.spec.containers")).getFirst());
            Map<String, Object> env = new java.util.HashMap<>();
            Repo.list(container.get("env")).forEach(entry -> env.put(String.valueOf(Repo.map(entry).get("name")), Repo.map(entry)));
            assertThat(Repo.map(env.get("SPRING_KAFKA_SECURITY_PROTOCOL"))).containsEntry("value", "SASL_PLAINTEXT");
            assertThat(Repo.map(env.get("SPRING_KAFKA_PROPERTIES_SASL_MECHANISM"))).containsEntry("value", "SCRAM-SHA-512");
            assertThat(Repo.at(Repo.map(env.get("SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG")), "valueFrom.secretKeyRef"))
                    .isEqualTo(Map.of("name", service, "key", "sasl.jaas.config"));
        }
    }

    /** Topics a KafkaUser's ACLs allow an operation on. */
    private static Set<String> topics(String user, String operation) {
        Set<String> topics = new HashSet<>();
        for (Object acl : Repo.list(Repo.at(find("KafkaUser", user), "spec.authorization.acls"))) {
            Map<String, Object> rule = Repo.map(acl);
            if ("topic".equals(Repo.at(rule, "resource.type")) && Repo.list(rule.get("operations")).contains(operation)) {
                topics.add(String.valueOf(Repo.at(rule, "resource.name")));
            }
        }
        return topics;
    }

    private static Map<String, Object> find(String kind, String name) {
        return KustomizeOverlaysTest.rendered("production").stream()
                .filter(doc -> kind.equals(doc.get("kind")) && name.equals(Repo.at(doc, "metadata.name")))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " " + name + " in production"));
    }
}
