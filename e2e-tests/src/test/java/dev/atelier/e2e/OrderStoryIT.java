package dev.atelier.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.servers.SinkMail;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javax.imageio.ImageIO;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The designer's day through the gateway only, against the whole suite as processes: customers
 * and measurements, stock, an order reserved by inventory over Kafka, a deposit, the life cycle, a
 * style image, what a junior may and may not do, a cancel giving the stock back, and the events
 * another shop system reads from the topics.
 */
@ExtendWith(SuiteExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OrderStoryIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration SAGA = Duration.ofSeconds(45);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Suite suite;
    private WebTestClient gateway;
    private String lead;
    private String junior;

    private String customerId;
    private String silkId;
    private String orderId;
    private String cancelledOrderId;

    @BeforeAll
    void logIn(Suite suite) {
        this.suite = suite;
        this.gateway = WebTestClient.bindToServer().baseUrl(suite.gatewayUrl()).responseTimeout(Duration.ofSeconds(30))
                .build();
        this.lead = login("lead", "lead");
        this.junior = login("junior", "junior");
    }

    @Test
    @Order(1)
    void wrong_password_is_a_401_problem() {
        gateway.post().uri("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", "lead", "password", "not-the-password"))
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    @Order(2)
    void a_customer_with_measurements() {
        JsonNode customer = created(post(lead, "/api/customers", Map.of("name", "Ada Obi",
                "email", "ada.e2e@example.com", "phone", "+234 801 234 5678",
                "address", Map.of("street", "12 Marina", "city", "Lagos", "postalCode", "100001", "country", "NG"),
                "language", "en", "notifications", Map.of("email", true))));
        customerId = customer.path("id").asString();

        JsonNode measurement = created(post(lead, "/api/measurements", Map.of("customerId", customerId, "type", "dress",
                "unit", "CM", "values", Map.of("bust", 92.5, "waist", 71, "hip", 98))));
        assertThat(measurement.path("customerId").asString()).isEqualTo(customerId);

        JsonNode list = ok(get(lead, "/api/customers/" + customerId + "/measurements"));
        assertThat(list.path("page").path("totalElements").asLong()).isEqualTo(1);
    }

    @Test
    @Order(3)
    void stock_in_the_inventory() {
        JsonNode silk = created(post(lead, "/api/inventory", Map.of("sku", "E2E-SILK-001", "name", "Silk charmeuse",
                "category", "fabric", "unit", "METRE", "quantity", 20,
                "price", Map.of("amount", 12.50, "currency", "EUR"), "lowStockThreshold", 2)));
        silkId = silk.path("id").asString();
        assertThat(silk.path("available").decimalValue()).isEqualByComparingTo("20");
    }

    @Test
    @Order(4)
    void an_order_is_reserved_by_inventory_and_the_stock_falls() {
        JsonNode order = created(post(lead, "/api/orders", orderOf(new BigDecimal("3"), "450.00")));
        orderId = order.path("id").asString();
        assertThat(order.path("status").asString()).isEqualTo("PENDING");
        assertThat(order.path("items")).hasSize(2);

        JsonNode reserved = awaitOrder(orderId, o -> "RESERVED".equals(o.path("stockStatus").asString()));
        assertThat(reserved.path("shortages")).isEmpty();
        JsonNode silk = ok(get(lead, "/api/inventory/" + silkId));
        assertThat(silk.path("reserved").decimalValue()).isEqualByComparingTo("3");
        assertThat(silk.path("available").decimalValue()).isEqualByComparingTo("17");
    }

    @Test
    @Order(5)
    void a_deposit_is_taken() {
        created(post(lead, "/api/orders/" + orderId + "/payments", Map.of("kind", "PAYMENT",
                "amount", Map.of("amount", 150.00, "currency", "EUR"), "method", "CARD",
                "paidAt", Instant.now().minusSeconds(60).toString(), "note", "deposit")));
        JsonNode order = ok(get(lead, "/api/orders/" + orderId));
        assertThat(order.path("paymentStatus").asString()).isEqualTo("PARTIALLY_PAID");
        assertThat(order.path("balanceDue").path("amount").decimalValue()).isEqualByComparingTo("300.00");
    }

    @Test
    @Order(6)
    void the_order_moves_through_its_life_cycle_and_a_junior_following_it_hears_each_move() throws Exception {
        // The junior's screen follows the order's live updates while the lead moves it.
        CompletableFuture<List<ServerSentEvent<String>>> heard = gateway.get()
                .uri("/api/updates?types=order.status-changed&orderId=" + orderId)
                .headers(h -> h.setBearerAuth(junior)).accept(MediaType.TEXT_EVENT_STREAM).exchange()
                .expectStatus().isOk()
                .returnResult(new ParameterizedTypeReference<ServerSentEvent<String>>() { }).getResponseBody()
                .filter(message -> message.event() != null)
                .take(4).collectList().toFuture();
        for (String status : List.of("IN_PROGRESS", "COMPLETED", "DELIVERED")) {
            JsonNode moved = ok(gateway.patch().uri("/api/orders/" + orderId + "/status")
                    .headers(h -> h.setBearerAuth(lead)).contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("status", status, "note", "e2e " + status)).exchange());
            assertThat(moved.path("status").asString()).isEqualTo(status);
        }
        JsonNode timeline = ok(get(junior, "/api/orders/" + orderId + "/timeline"));
        JsonNode moves = timeline.isArray() ? timeline : timeline.path("content");
        assertThat(moves.valueStream().map(move -> move.path("to").asString()))
                .containsExactly("PENDING", "IN_PROGRESS", "COMPLETED", "DELIVERED");
        assertThat(ok(get(lead, "/api/orders/" + orderId)).path("deliveredAt").isNull()).isFalse();

        List<ServerSentEvent<String>> updates = heard.get(SAGA.toSeconds(), TimeUnit.SECONDS);
        assertThat(updates.getFirst().event()).isEqualTo("ready");
        assertThat(updates.subList(1, 4)).extracting(ServerSentEvent::event).containsOnly("order.status-changed");
        assertThat(updates.subList(1, 4)).extracting(update -> JSON.readTree(update.data()).path("data").path("to").asString())
                .containsExactly("IN_PROGRESS", "COMPLETED", "DELIVERED");
    }

    @Test
    @Order(7)
    void the_customer_is_emailed_that_the_order_is_ready_and_then_delivered_and_the_log_says_so() {
        String reference = orderId.substring(0, 8).toUpperCase(Locale.ROOT);
        List<SinkMail> mails = Awaitility.await().atMost(SAGA).pollInterval(Duration.ofMillis(500))
                .until(() -> suite.mail.mails().stream().filter(mail -> mail.to().contains("ada.e2e@example.com")).toList(),
                        received -> received.size() >= 2);
        assertThat(mails).extracting(SinkMail::subject).containsExactlyInAnyOrder(
                "Your order " + reference + " is ready for pickup", "Your order " + reference + " has been delivered");
        assertThat(mails).allSatisfy(mail -> assertThat(mail.text()).contains("Dear Ada Obi,"));

        JsonNode log = ok(get(junior, "/api/orders/" + orderId + "/notifications"));
        assertThat(log.path("content").valueStream().map(entry -> entry.path("kind").asString() + " " + entry.path("status").asString()))
                .containsExactlyInAnyOrder("ORDER_READY SENT", "ORDER_DELIVERED SENT");
        assertThat(log.path("content").path(0).path("recipient").asString()).isEqualTo("ada.e2e@example.com");
    }

    @Test
    @Order(8)
    void a_style_image_is_uploaded_and_read_back() throws IOException {
        byte[] png = png();
        JsonNode image = created(upload(junior, png, "fitting.png"));
        assertThat(image.path("orderId").asString()).isEqualTo(orderId);
        assertThat(image.path("customerId").asString()).isEqualTo(customerId);
        assertThat(image.path("contentType").asString()).isEqualTo("image/png");

        byte[] content = gateway.get().uri("/api/style-images/" + image.path("id").asString() + "/content")
                .headers(h -> h.setBearerAuth(lead)).exchange()
                .expectStatus().isOk()
                .expectHeader().contentType(MediaType.IMAGE_PNG)
                .expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(content).isEqualTo(png);
    }

    @Test
    @Order(9)
    void a_junior_reads_without_prices_and_may_not_change_orders() {
        WebTestClient.ResponseSpec read = get(junior, "/api/orders/" + orderId);
        JsonNode order = ok(read);
        assertThat(order.has("price")).isFalse();
        assertThat(order.has("balanceDue")).isFalse();
        assertThat(order.has("paymentStatus")).isFalse();

        post(junior, "/api/orders", orderOf(BigDecimal.ONE, "10.00")).expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        gateway.patch().uri("/api/orders/" + orderId + "/status").headers(h -> h.setBearerAuth(junior))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("status", "CANCELLED"))
                .exchange().expectStatus().isForbidden();
        get(junior, "/api/orders/" + orderId + "/payments").expectStatus().isForbidden();
        get(junior, "/api/users").expectStatus().isForbidden();
        post(junior, "/api/inventory", Map.of("sku", "E2E-JUNIOR-001", "name", "Not allowed", "category", "fabric",
                "unit", "PIECE", "quantity", 1,
                "price", Map.of("amount", 1, "currency", "EUR"))).expectStatus().isForbidden();
        ok(get(junior, "/api/inventory/" + silkId));
        ok(get(junior, "/api/customers/" + customerId));
        gateway.get().uri("/api/orders/" + orderId).exchange().expectStatus().isUnauthorized();
    }

    @Test
    @Order(10)
    void a_cancelled_order_gives_its_stock_back() {
        JsonNode order = created(post(lead, "/api/orders", orderOf(new BigDecimal("5"), "200.00")));
        cancelledOrderId = order.path("id").asString();
        awaitOrder(cancelledOrderId, o -> "RESERVED".equals(o.path("stockStatus").asString()));
        // The first order's 3 metres were consumed on delivery; these 5 are held.
        assertThat(ok(get(lead, "/api/inventory/" + silkId)).path("reserved").decimalValue()).isEqualByComparingTo("5");

        ok(gateway.patch().uri("/api/orders/" + cancelledOrderId + "/status").headers(h -> h.setBearerAuth(lead))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("status", "CANCELLED", "note", "changed her mind"))
                .exchange());
        awaitOrder(cancelledOrderId, o -> "RELEASED".equals(o.path("stockStatus").asString()));
        JsonNode silk = ok(get(lead, "/api/inventory/" + silkId));
        assertThat(silk.path("reserved").decimalValue()).isEqualByComparingTo("0");
        assertThat(silk.path("quantity").decimalValue()).isEqualByComparingTo("17");
        assertThat(silk.path("available").decimalValue()).isEqualByComparingTo("17");
    }

    @Test
    @Order(11)
    void another_shop_system_reads_the_order_and_stock_events() {
        try (OutsideSubscriber subscriber = new OutsideSubscriber(suite.kafka.bootstrapServers(),
                List.of("atelier.order-events", "atelier.stock-events"))) {
            JsonNode created = subscriber.await("order.created", OutsideSubscriber.event("order.created", orderId), SAGA);
            assertThat(created.path("source").asString()).isEqualTo("/order-service");
            assertThat(created.path("data").path("customerId").asString()).isEqualTo(customerId);
            subscriber.await("stock.reservation-updated RESERVED",
                    OutsideSubscriber.event("stock.reservation-updated", orderId)
                            .and(e -> "RESERVED".equals(e.path("data").path("status").asString())), SAGA);
            subscriber.await("order.payment-recorded, 300.00 due", OutsideSubscriber.event("order.payment-recorded", orderId)
                    .and(e -> e.path("data").path("balanceDue").decimalValue().compareTo(new BigDecimal("300")) == 0), SAGA);
            subscriber.await("order.status-changed to DELIVERED", OutsideSubscriber.event("order.status-changed", orderId)
                    .and(e -> "DELIVERED".equals(e.path("data").path("to").asString())), SAGA);
            subscriber.await("order.cancelled", OutsideSubscriber.event("order.cancelled", cancelledOrderId), SAGA);
            subscriber.await("stock.reservation-updated RELEASED",
                    OutsideSubscriber.event("stock.reservation-updated", cancelledOrderId)
                            .and(e -> "RELEASED".equals(e.path("data").path("status").asString())), SAGA);
            subscriber.await("stock.changed for the silk", OutsideSubscriber.event("stock.changed", silkId), SAGA);
        }
    }

    @Test
    @Order(12)
    void every_application_shows_its_metrics_to_prometheus() throws Exception {
        Map<String, List<String>> expected = Map.of(
                "gateway-service", List.of("http_server_requests_seconds_count", "resilience4j_circuitbreaker_state"),
                "customer-service", List.of("http_server_requests_seconds_count", "r2dbc_pool"),
                "order-service", List.of("http_server_requests_seconds_count", "atelier_outbox_pending",
                        "atelier_orders_placed_total", "atelier_saga_stock_answer_seconds",
                        "kafka_consumer_fetch_manager_records_lag_max", "resilience4j_circuitbreaker_state"),
                "inventory-service", List.of("atelier_reservations_total{", "atelier_outbox_oldest_pending_age_seconds",
                        "kafka_consumer_fetch_manager_records_lag_max"),
                "media-service", List.of("atelier_images_stored_total", "http_client_requests_seconds_count"),
                "notification-service", List.of("atelier_notifications_attempts_total{", "http_server_requests_seconds_count",
                        "kafka_consumer_fetch_manager_records_lag_max"));
        for (Map.Entry<String, List<String>> app : expected.entrySet()) {
            String metrics = HTTP.send(HttpRequest.newBuilder(
                            URI.create(suite.app(app.getKey()).url() + "/actuator/prometheus"))
                            // on the service's own port metrics need a token (anonymous only on a management port)
                            .header("Authorization", "Bearer " + lead).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            for (String metric : app.getValue()) {
                assertThat(metrics).as("%s /actuator/prometheus", app.getKey()).contains(metric);
            }
        }
    }

    @Test
    @Order(13)
    void no_log_line_carries_a_token_a_password_or_a_customers_contact_details() throws IOException {
        List<String> secrets = List.of(lead, junior, signature(lead), signature(junior), "atelier-service-secret",
                "ada.e2e@example.com", "+2348012345678", "Ada Obi", "not-the-password", "password\":\"lead", "password=lead", "password\":\"junior");
        for (AppProcess app : suite.apps()) {
            String log = Files.readString(app.log(), StandardCharsets.UTF_8);
            assertThat(log).as("%s's log", app.name()).isNotEmpty();
            for (String secret : secrets) {
                assertThat(log).as("%s's log (%s)", app.name(), app.log()).doesNotContain(secret);
            }
        }
    }

    /** A token's signature alone identifies it too. */
    private static String signature(String jwt) {
        return jwt.substring(jwt.lastIndexOf('.') + 1);
    }

    private Map<String, Object> orderOf(BigDecimal silkMetres, String price) {
        return Map.of("customerId", customerId,
                "items", List.of(Map.of("inventoryItemId", silkId, "size", "UK 12", "quantity", silkMetres),
                        Map.of("description", "Hand-beaded bodice", "quantity", 1)),
                "price", Map.of("amount", new BigDecimal(price), "currency", "EUR"),
                "deliveryDate", LocalDate.now().plusDays(30).toString(),
                "deliveryMethod", "PICKUP");
    }

    private JsonNode awaitOrder(String id, Predicate<JsonNode> condition) {
        JsonNode[] last = new JsonNode[1];
        try {
            Suite.await("order " + id + " to match", () -> condition.test(last[0] = ok(get(lead, "/api/orders/" + id))));
        } catch (ConditionTimeoutException e) {
            throw new AssertionError(e.getMessage() + "; last read: " + last[0], e);
        }
        return last[0];
    }

    private String login(String username, String password) {
        JsonNode tokens = ok(gateway.post().uri("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", username, "password", password)).exchange());
        assertThat(tokens.path("refresh_token").asString()).isNotEmpty();
        return tokens.path("access_token").asString();
    }

    private WebTestClient.ResponseSpec get(String token, String path) {
        return gateway.get().uri(path).headers(h -> h.setBearerAuth(token)).exchange();
    }

    private WebTestClient.ResponseSpec post(String token, String path, Object body) {
        return gateway.post().uri(path).headers(h -> h.setBearerAuth(token)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec upload(String token, byte[] bytes, String fileName) {
        MultipartBodyBuilder parts = new MultipartBodyBuilder();
        parts.part("file", new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return fileName;
            }
        }).contentType(MediaType.IMAGE_PNG);
        parts.part("orderId", orderId);
        parts.part("description", "first fitting");
        return gateway.post().uri("/api/style-images").headers(h -> h.setBearerAuth(token))
                .body(BodyInserters.fromMultipartData(parts.build())).exchange();
    }

    private static JsonNode ok(WebTestClient.ResponseSpec response) {
        return body(response.expectStatus().isOk());
    }

    private static JsonNode created(WebTestClient.ResponseSpec response) {
        return body(response.expectStatus().isEqualTo(HttpStatus.CREATED)
                .expectHeader().exists(HttpHeaders.LOCATION));
    }

    private static JsonNode body(WebTestClient.ResponseSpec response) {
        byte[] body = response.expectBody().returnResult().getResponseBody();
        return JSON.readTree(body == null ? new byte[0] : body);
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 64; x++) {
            for (int y = 0; y < 48; y++) {
                image.setRGB(x, y, (x * 4) << 16 | (y * 5) << 8 | 0x40);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
