package dev.atelier.order;

import dev.atelier.order.customers.CustomerServiceStandIn;
import dev.atelier.platform.test.ContractCheck;
import dev.atelier.platform.test.KeycloakEndpoint;
import dev.atelier.platform.test.TestInfrastructure;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Base of the HTTP tests: the application on a random port against a real PostgreSQL database
 * a real Kafka broker and a real Keycloak, with {@link CustomerServiceStandIn} answering for
 * customer-service (every customer exists unless a test says otherwise). Every subclass has the same configuration, so they share one Spring
 * context (and one database) per JVM; tests therefore make their own, uniquely marked data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"eureka.client.enabled=false", "atelier.outbox.poll-interval=50ms"})
@AutoConfigureWebTestClient(timeout = "30s")
@Import(ContractCheck.class)
public abstract class OrderApiTest {

    @Autowired
    protected WebTestClient http;

    @Autowired
    protected DatabaseClient database;

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        TestInfrastructure.postgres("orders").registerWith(registry);
        TestInfrastructure.kafka().registerWith(registry);
        TestInfrastructure.keycloak().registerWith(registry);
        CustomerServiceStandIn.registerWith(registry);
    }

    protected static String leadToken() {
        return TestInfrastructure.keycloak().cachedAccessToken(KeycloakEndpoint.LEAD, "lead");
    }

    protected static String juniorToken() {
        return TestInfrastructure.keycloak().cachedAccessToken(KeycloakEndpoint.JUNIOR, "junior");
    }

    protected static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    /** A valid create request with one stock item and one custom item; change entries to taste. */
    protected static Map<String, Object> orderJson(UUID customerId) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("customerId", customerId.toString());
        json.put("measurementId", null);
        List<Object> items = new ArrayList<>();
        items.add(new LinkedHashMap<>(Map.of("inventoryItemId", UUID.randomUUID().toString(), "size", "UK 12",
                "quantity", 3)));
        items.add(new LinkedHashMap<>(Map.of("description", "Hand-beaded bodice", "quantity", 1)));
        json.put("items", items);
        json.put("price", new LinkedHashMap<>(Map.of("amount", 450.00, "currency", "EUR")));
        json.put("deliveryDate", today().plusDays(30).toString());
        json.put("deliveryMethod", "PICKUP");
        json.put("notes", "order " + UUID.randomUUID());
        return json;
    }

    protected WebTestClient.ResponseSpec post(Map<String, Object> json, String token) {
        return http.post().uri("/api/orders")
                .headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(json)
                .exchange();
    }

    /** Creates an order as lead and answers its JSON. */
    protected Map<?, ?> create(Map<String, Object> json) {
        return post(json, leadToken()).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    protected UUID createOrder(UUID customerId) {
        return UUID.fromString((String) create(orderJson(customerId)).get("id"));
    }

    /** Orders stored with these notes: every test request carries unique notes. */
    protected long storedWithNotes(Object notes) {
        return database.sql("SELECT count(*) AS n FROM customer_order WHERE notes = :notes")
                .bind("notes", String.valueOf(notes)).map(row -> row.get("n", Long.class)).one().block();
    }
}
