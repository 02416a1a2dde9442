package dev.atelier.inventory;

import dev.atelier.platform.test.ContractCheck;
import dev.atelier.platform.test.KeycloakEndpoint;
import dev.atelier.platform.test.TestInfrastructure;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The running service against real PostgreSQL, Kafka and Keycloak, called over HTTP. Every
 * integration test extends this class unchanged, so they share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"eureka.client.enabled=false", "atelier.outbox.poll-interval=50ms"})
@AutoConfigureWebTestClient(timeout = "60s")
@Import(ContractCheck.class)
public abstract class InventoryIntegrationTest {

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        TestInfrastructure.postgres("inventory").registerWith(registry);
        TestInfrastructure.kafka().registerWith(registry);
        TestInfrastructure.keycloak().registerWith(registry);
    }

    @Autowired
    protected WebTestClient web;

    @Autowired
    protected DatabaseClient database;

    @LocalServerPort
    protected int port;

    /** A lead_designer's access token, shared with the other tests of the JVM. */
    protected static String lead() {
        return TestInfrastructure.keycloak().cachedAccessToken(KeycloakEndpoint.LEAD, "lead");
    }

    protected static String junior() {
        return TestInfrastructure.keycloak().cachedAccessToken(KeycloakEndpoint.JUNIOR, "junior");
    }

    /** A unique suffix, so tests sharing the database never collide on sku or name. */
    protected static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A valid create request; change entries to taste. */
    protected static Map<String, Object> itemJson(String sku, Object quantity) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("sku", sku);
        json.put("name", "Silk charmeuse " + sku);
        json.put("description", "Heavy silk, ivory");
        json.put("category", "fabric");
        json.put("unit", "METRE");
        json.put("quantity", quantity);
        json.put("price", Map.of("amount", 12.50, "currency", "EUR"));
        json.put("lowStockThreshold", 5);
        return json;
    }

    /** Creates an item as lead and answers its id. */
    protected UUID createItem(Map<String, Object> json) {
        Map<?, ?> created = web.post().uri("/api/inventory")
                .headers(h -> h.setBearerAuth(lead()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(json)
                .exchange()
                .expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        return UUID.fromString((String) created.get("id"));
    }

    protected UUID createItem(Object quantity) {
        return createItem(itemJson("SKU-" + unique(), quantity));
    }

    protected WebTestClient.ResponseSpec adjust(UUID itemId, Object delta, String reason) {
        return web.post().uri("/api/inventory/{id}/adjustments", itemId)
                .headers(h -> h.setBearerAuth(lead()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("delta", delta, "reason", reason, "note", "test"))
                .exchange();
    }

    protected Map<?, ?> getItem(UUID id) {
        return web.get().uri("/api/inventory/{id}", id)
                .headers(h -> h.setBearerAuth(lead()))
                .exchange()
                .expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
    }
}
