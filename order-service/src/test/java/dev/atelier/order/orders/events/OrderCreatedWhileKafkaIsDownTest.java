package dev.atelier.order.orders.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import dev.atelier.order.customers.CustomerServiceStandIn;
import dev.atelier.platform.event.Topics;
import dev.atelier.platform.test.KeycloakEndpoint;
import dev.atelier.platform.test.TestInfrastructure;
import dev.atelier.platform.test.TopicReader;
import dev.atelier.servers.KafkaServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.FileSystemUtils;

/**
 * The service runs against a broker address where nothing listens yet: an order is stored and its
 * {@code order.created} waits in the outbox; once a real broker starts on that address the relay
 * publishes it. Its own application context (own database, no shared broker).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "eureka.client.enabled=false",
        "atelier.outbox.poll-interval=50ms",
        "atelier.outbox.initial-backoff=200ms",
        "atelier.outbox.max-backoff=1s",
        "atelier.outbox.publish-timeout=3s",
        // Fail a send to the missing broker after 3 s instead of Kafka's 60 s.
        "spring.kafka.producer.properties.max.block.ms=3000"})
@AutoConfigureWebTestClient(timeout = "30s")
class OrderCreatedWhileKafkaIsDownTest {

    private static final Duration WAIT = Duration.ofSeconds(90);
    /** A real broker on loopback ports that were free when the service started; started later. */
    private static final KafkaServer BROKER = KafkaServer.forTests(brokerDir());

    @Autowired
    WebTestClient http;

    @Autowired
    DatabaseClient database;

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        TestInfrastructure.freshPostgres("orders-kafka-down").registerWith(registry);
        TestInfrastructure.keycloak().registerWith(registry);
        CustomerServiceStandIn.registerWith(registry);
        registry.add("spring.kafka.bootstrap-servers", BROKER::bootstrapServers);
    }

    @AfterAll
    static void stopBroker() {
        BROKER.stop();
        FileSystemUtils.deleteRecursively(BROKER.dir().toFile());
    }

    private static Path brokerDir() {
        try {
            return Files.createTempDirectory("order-kafka-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void an_order_created_while_kafka_is_down_is_stored_and_its_event_goes_out_when_kafka_returns() {
        String token = TestInfrastructure.keycloak().accessToken(KeycloakEndpoint.LEAD, "lead");
        Map<String, Object> order = Map.of(
                "customerId", UUID.randomUUID().toString(),
                "items", List.of(Map.of("inventoryItemId", UUID.randomUUID().toString(), "quantity", 2)),
                "price", Map.of("amount", 450, "currency", "EUR"),
                "deliveryDate", LocalDate.now(ZoneOffset.UTC).plusDays(30).toString(),
                "deliveryMethod", "PICKUP");

        Map<?, ?> created = http.post().uri("/api/orders").headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(order).exchange()
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        String orderId = (String) created.get("id");
        http.get().uri("/api/orders/{id}", orderId).headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("PENDING");

        Map<String, Object> failing = awaitOutbox(orderId, row -> ((Number) row.get("attempts")).intValue() >= 1);
        assertThat(failing.get("published_at")).as("not published while the broker is down").isNull();
        assertThat((String) failing.get("last_error")).isNotBlank();

        BROKER.start();
        BROKER.awaitReady(BROKER.startTimeout());

        ConsumerRecord<String, byte[]> record = TopicReader.withKeys(BROKER.bootstrapServers(),
                Topics.ORDER_EVENTS, Set.of(orderId), 1, WAIT).getFirst();
        String event = new String(record.value(), StandardCharsets.UTF_8);
        assertThat((String) JsonPath.read(event, "$.type")).isEqualTo("order.created");
        assertThat((String) JsonPath.read(event, "$.data.orderId")).isEqualTo(orderId);
        assertThat(awaitOutbox(orderId, row -> row.get("published_at") != null).get("type"))
                .isEqualTo("order.created");
    }

    private Map<String, Object> awaitOutbox(String orderId, Predicate<Map<String, Object>> done) {
        return Awaitility.await("outbox row of " + orderId).atMost(WAIT).pollInterval(Duration.ofMillis(100))
                .until(() -> database.sql("""
                                SELECT type, attempts, last_error, published_at FROM atelier_platform.outbox_event
                                WHERE subject = :subject""")
                        .bind("subject", orderId).fetch().one().block(), row -> row != null && done.test(row));
    }
}
