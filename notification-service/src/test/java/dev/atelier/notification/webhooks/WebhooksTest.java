package dev.atelier.notification.webhooks;

import static dev.atelier.platform.test.RoleMatrixContract.Caller.LEAD;
import static dev.atelier.platform.test.RoleMatrixContract.Rule.allows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.atelier.notification.NotificationIntegrationTest;
import dev.atelier.platform.consumer.EventHandler;
import dev.atelier.platform.event.CustomerChanged;
import dev.atelier.platform.event.EventEnvelope;
import dev.atelier.platform.event.EventType;
import dev.atelier.platform.event.OrderCancelled;
import dev.atelier.platform.event.OrderCreated;
import dev.atelier.platform.event.OrderStatusChanged;
import dev.atelier.platform.test.RoleMatrixContract;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;

/**
 * Webhooks end to end: registered over HTTP, events in over real Kafka, signed POSTs out to a real HTTP
 * server; they are a lead designer's only ({@link RoleMatrixContract}).
 */
class WebhooksTest extends NotificationIntegrationTest implements RoleMatrixContract {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final WebhookReceiver RECEIVER = new WebhookReceiver();

    @Autowired
    ApplicationContext context;

    @Test
    void a_subscribed_event_is_posted_once_signed_and_logged_and_others_are_not() throws Exception {
        String path = "/shop-" + UUID.randomUUID();
        Map<String, Object> webhook = register(path, List.of("order.status-changed"));
        String secret = (String) webhook.get("secret");
        assertThat(secret).startsWith("whsec_");
        UUID order = UUID.randomUUID();
        EventEnvelope<OrderStatusChanged> moved = EventEnvelope.of("/order-service",
                new OrderStatusChanged(order, UUID.randomUUID(), 1, List.of(), "PENDING", "IN_PROGRESS", Instant.now()));

        publish(new OrderCreated(order, UUID.randomUUID(), 1, List.of(), "PENDING", Instant.now()));
        publish(moved);
        publish(moved);

        await().atMost(WAIT).until(() -> !RECEIVER.at(path).isEmpty());
        WebhookReceiver.Received received = RECEIVER.at(path).getFirst();
        assertThat(received.header("content-type")).startsWith("application/json");
        assertThat(received.body()).contains("\"id\":\"" + moved.id() + "\"").contains("\"type\":\"order.status-changed\"")
                .contains(order.toString());
        long timestamp = Long.parseLong(received.header("webhook-timestamp"));
        assertThat(Math.abs(Instant.now().getEpochSecond() - timestamp)).isLessThan(300);
        assertThat(received.header("webhook-signature"))
                .isEqualTo(expectedSignature(secret, received.header("webhook-id"), timestamp, received.body()));

        Map<String, Object> delivery = await().atMost(WAIT).until(() -> deliveries(webhook), d -> d.size() == 1).getFirst();
        assertThat(delivery).containsEntry("status", "DELIVERED").containsEntry("eventType", "order.status-changed")
                .containsEntry("eventId", moved.id().toString()).containsEntry("responseStatus", 204)
                .containsEntry("id", received.header("webhook-id"));
        // a later event of the same order (same partition) arrives after the duplicate: still one delivery before it
        EventEnvelope<OrderStatusChanged> next = EventEnvelope.of("/order-service",
                new OrderStatusChanged(order, UUID.randomUUID(), 1, List.of(), "IN_PROGRESS", "COMPLETED", Instant.now()));
        publish(next);
        await().atMost(WAIT).until(() -> RECEIVER.at(path).size() == 2);
        assertThat(RECEIVER.at(path)).extracting(WebhookReceiver.Received::body)
                .noneMatch(body -> body.contains("\"type\":\"order.created\""));
        assertThat(deliveries(webhook)).hasSize(2);
    }

    @Test
    void customer_changes_reach_the_webhooks_that_want_them_signed_and_logged() throws Exception {
        String path = "/crm-" + UUID.randomUUID();
        String ordersOnlyPath = "/till-" + UUID.randomUUID();
        Map<String, Object> webhook = register(path, List.of("customer.changed"));
        Map<String, Object> ordersOnly = register(ordersOnlyPath, List.of("order.created"));
        UUID customer = UUID.randomUUID();
        EventEnvelope<CustomerChanged> archived = EventEnvelope.of("/customer-service",
                new CustomerChanged(customer, CustomerChanged.ARCHIVED, 3, null, Instant.now()));

        publish(archived);

        await().atMost(WAIT).until(() -> !RECEIVER.at(path).isEmpty());
        WebhookReceiver.Received received = RECEIVER.at(path).getFirst();
        assertThat(received.body()).contains("\"id\":\"" + archived.id() + "\"").contains("\"type\":\"customer.changed\"")
                .contains("\"source\":\"/customer-service\"").contains("\"customerId\":\"" + customer + "\"")
                .contains("\"change\":\"ARCHIVED\"");
        assertThat(received.header("webhook-signature")).isEqualTo(expectedSignature((String) webhook.get("secret"),
                received.header("webhook-id"), Long.parseLong(received.header("webhook-timestamp")), received.body()));
        Map<String, Object> delivery = await().atMost(WAIT).until(() -> deliveries(webhook), d -> d.size() == 1).getFirst();
        assertThat(delivery).containsEntry("status", "DELIVERED").containsEntry("eventType", "customer.changed")
                .containsEntry("eventId", archived.id().toString());
        assertThat(deliveries(ordersOnly)).as("a webhook that did not ask for customer changes").isEmpty();
        assertThat(RECEIVER.at(ordersOnlyPath)).isEmpty();
    }

    @Test
    void a_failing_receiver_is_retried_with_back_off_until_it_answers() {
        String path = "/flaky-" + UUID.randomUUID();
        RECEIVER.answer(path, 503);
        Map<String, Object> webhook = register(path, List.of("order.cancelled"));

        publish(new OrderCancelled(UUID.randomUUID(), UUID.randomUUID(), 1, List.of(), "PENDING",
                Instant.now()));

        Map<String, Object> waiting = await().atMost(WAIT).until(() -> deliveries(webhook),
                d -> d.size() == 1 && "PENDING".equals(d.getFirst().get("status")) && d.getFirst().get("responseStatus") != null)
                .getFirst();
        assertThat(waiting).containsEntry("responseStatus", 503).containsEntry("reason", "the receiver answered 503");
        Map<String, Object> delivered = await().atMost(WAIT).until(() -> deliveries(webhook),
                d -> "DELIVERED".equals(d.getFirst().get("status"))).getFirst();
        assertThat((Integer) delivered.get("attempts")).isGreaterThanOrEqualTo(2);
        assertThat(RECEIVER.at(path)).hasSizeGreaterThanOrEqualTo(2)
                .extracting(r -> r.header("webhook-id")).containsOnly((String) delivered.get("id"));
    }

    @Test
    void the_test_endpoint_sends_a_signed_sample_and_a_deleted_webhook_gets_nothing_more() throws Exception {
        String path = "/try-" + UUID.randomUUID();
        Map<String, Object> webhook = register(path, List.of("order.created"));
        String id = (String) webhook.get("id");

        web.post().uri("/api/webhooks/{id}/test", id).headers(h -> h.setBearerAuth(lead())).exchange()
                .expectStatus().isAccepted()
                .expectBody().jsonPath("$.eventType").isEqualTo("webhook.test").jsonPath("$.status").isEqualTo("PENDING");
        await().atMost(WAIT).until(() -> RECEIVER.at(path).size() == 1);
        WebhookReceiver.Received sample = RECEIVER.at(path).getFirst();
        assertThat(sample.body()).contains("\"type\":\"webhook.test\"").contains(id);
        assertThat(sample.header("webhook-signature")).isEqualTo(expectedSignature((String) webhook.get("secret"),
                sample.header("webhook-id"), Long.parseLong(sample.header("webhook-timestamp")), sample.body()));

        web.get().uri("/api/webhooks/{id}", id).headers(h -> h.setBearerAuth(lead())).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.secret").doesNotExist().jsonPath("$.url").isEqualTo(RECEIVER.url(path));
        web.delete().uri("/api/webhooks/{id}", id).headers(h -> h.setBearerAuth(lead())).exchange().expectStatus().isNoContent();
        web.get().uri("/api/webhooks/{id}", id).headers(h -> h.setBearerAuth(lead())).exchange().expectStatus().isNotFound();

        UUID order = UUID.randomUUID();
        publish(new OrderCreated(order, UUID.randomUUID(), 1, List.of(), "PENDING", Instant.now()));
        // another webhook for the same type receives that event: by then the deleted one would have too
        String other = "/other-" + UUID.randomUUID();
        register(other, List.of("order.created"));
        publish(new OrderCreated(order, UUID.randomUUID(), 2, List.of(), "PENDING", Instant.now()));
        await().atMost(WAIT).until(() -> !RECEIVER.at(other).isEmpty());
        assertThat(RECEIVER.at(path)).hasSize(1);
    }

    @Test
    void bad_registrations_are_problems_naming_the_field() {
        refused(Map.of("url", "http://example.com/hook", "eventTypes", List.of("order.created")), "url");
        refused(Map.of("url", "ftp://127.0.0.1/hook", "eventTypes", List.of("order.created")), "url");
        refused(Map.of("url", "https://user:pw@example.com/hook", "eventTypes", List.of("order.created")), "url");
        refused(Map.of("url", "not a url at all", "eventTypes", List.of("order.created")), "url");
        refused(Map.of("url", "https://example.com/hook", "eventTypes", List.of("order.shipped")), "eventTypes");
        refused(Map.of("url", "https://example.com/hook", "eventTypes", List.of()), "eventTypes");
        refused(Map.of("eventTypes", List.of("order.created")), "url");
        refused(Map.of("url", "https://example.com/" + "x".repeat(2001), "eventTypes", List.of("order.created")), "url");
    }

    @Test
    void every_event_type_can_be_subscribed_to() {
        List<String> handled = context.getBeanProvider(EventHandler.class).stream()
                .map(handler -> ((EventHandler<?>) handler).type().name()).toList();
        assertThat(handled).containsExactlyInAnyOrderElementsOf(EventType.all().stream().map(EventType::name).toList());
    }

    @Override
    public List<Rule> roleMatrix() {
        return List.of(
                allows("POST /api/webhooks", 201, LEAD),
                allows("GET /api/webhooks", 200, LEAD),
                allows("GET /api/webhooks/{id}", 200, LEAD),
                allows("GET /api/webhooks/{id}/deliveries", 200, LEAD),
                allows("POST /api/webhooks/{id}/test", 202, LEAD),
                allows("DELETE /api/webhooks/{id}", 204, LEAD));
    }

    /** Against a freshly registered webhook. */
    @Override
    public Call prepare(String endpoint) {
        if (endpoint.equals("POST /api/webhooks")) {
            return token -> RoleMatrixContract.exchange(web, endpoint, token,
                    Map.of("url", RECEIVER.url("/roles"), "eventTypes", List.of("order.created")));
        }
        Object id = register("/roles-" + UUID.randomUUID(), List.of("order.created")).get("id");
        return token -> RoleMatrixContract.exchange(web, endpoint, token, null, id);
    }

    private void refused(Map<String, Object> body, String field) {
        web.post().uri("/api/webhooks").headers(h -> h.setBearerAuth(lead())).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[*].field").value(fields -> assertThat(fields.toString()).contains(field));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> register(String path, List<String> types) {
        return web.post().uri("/api/webhooks").headers(h -> h.setBearerAuth(lead())).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("url", RECEIVER.url(path), "eventTypes", types, "description", "the shop's till"))
                .exchange()
                .expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> deliveries(Map<String, Object> webhook) {
        Map<?, ?> page = web.get().uri("/api/webhooks/{id}/deliveries", webhook.get("id")).headers(h -> h.setBearerAuth(lead()))
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        return (List<Map<String, Object>>) page.get("content");
    }

    /** The receiver's side of the check, written from the Standard Webhooks description, not from the service's code. */
    private static String expectedSignature(String secret, String id, long timestamp, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        return "v1," + Base64.getEncoder().encodeToString(
                mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
    }
}
