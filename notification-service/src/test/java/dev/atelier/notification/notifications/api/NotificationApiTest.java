package dev.atelier.notification.notifications.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.atelier.notification.NotificationIntegrationTest;
import dev.atelier.platform.event.OrderStatusChanged;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The delivery log and resends over HTTP: role rules for every endpoint (401, 403, allowed), a lead's
 * resend mails again, and bad input is a problem.
 */
class NotificationApiTest extends NotificationIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    /** One sent notification shared by the tests: {order, id, address}. */
    private static volatile Map<String, String> sent;

    record Endpoint(String name, HttpMethod method, String path, boolean leadOnly, int allowedStatus) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Endpoint> endpoints() {
        return Stream.of(
                new Endpoint("GET /api/orders/{id}/notifications", HttpMethod.GET, "/api/orders/{order}/notifications", false, 200),
                new Endpoint("GET /api/notifications/{id}", HttpMethod.GET, "/api/notifications/{id}", false, 200),
                new Endpoint("POST /api/notifications/{id}/resend", HttpMethod.POST, "/api/notifications/{id}/resend", true, 201));
    }

    @ParameterizedTest(name = "{0} without a token is 401")
    @MethodSource("endpoints")
    void anonymous_callers_get_401(Endpoint endpoint) {
        call(endpoint, null).expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://atelier.dev/problems/unauthenticated");
    }

    @ParameterizedTest(name = "{0} with a service token (no designer role) is 403")
    @MethodSource("endpoints")
    void callers_without_a_designer_role_get_403(Endpoint endpoint) {
        call(endpoint, service()).expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://atelier.dev/problems/forbidden");
    }

    @ParameterizedTest(name = "{0} as junior_designer")
    @MethodSource("endpoints")
    void junior_designers_read_the_log_but_may_not_resend(Endpoint endpoint) {
        WebTestClient.ResponseSpec response = call(endpoint, junior());
        if (endpoint.leadOnly()) {
            response.expectStatus().isForbidden().expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        } else {
            response.expectStatus().isEqualTo(endpoint.allowedStatus());
        }
    }

    @ParameterizedTest(name = "{0} as lead_designer")
    @MethodSource("endpoints")
    void lead_designers_may_do_everything(Endpoint endpoint) {
        call(endpoint, lead()).expectStatus().isEqualTo(endpoint.allowedStatus());
    }

    @Test
    void a_resend_is_a_new_entry_that_mails_again_and_points_at_the_original() {
        Map<String, String> original = sentNotification();
        int before = mailsTo(original.get("address")).size();

        @SuppressWarnings("unchecked")
        Map<String, Object> again = web.post().uri("/api/notifications/{id}/resend", original.get("id"))
                .headers(h -> h.setBearerAuth(lead())).exchange()
                .expectStatus().isCreated()
                .expectHeader().value("Location", location -> assertThat(location).startsWith("/api/notifications/"))
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(again).containsEntry("resendOf", original.get("id")).containsEntry("requestedBy", "lead")
                .containsEntry("status", "PENDING").containsEntry("kind", "ORDER_READY");

        await().atMost(WAIT).until(() -> mailsTo(original.get("address")).size() == before + 1);
        await().atMost(WAIT).until(() -> "SENT".equals(entry((String) again.get("id")).get("status")));
    }

    @Test
    void a_notification_still_pending_cannot_be_resent() {
        String address = uniqueAddress("kemi");
        UUID customer = SHOP.customer("Kemi Ade", address, true, null);
        UUID order = SHOP.order(customer, "PICKUP", "COMPLETED");
        SHOP.fail(customer);
        try {
            publish(new OrderStatusChanged(order, customer, 1, List.of(), "IN_PROGRESS", "COMPLETED", Instant.now()));
            String id = await().atMost(WAIT).until(() -> firstId(order), found -> found != null);

            web.post().uri("/api/notifications/{id}/resend", id).headers(h -> h.setBearerAuth(lead())).exchange()
                    .expectStatus().isEqualTo(409)
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.notificationStatus").isEqualTo("PENDING")
                    .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("still being sent"));
        } finally {
            SHOP.recover(customer);
        }
    }

    @Test
    void unknown_ids_are_404_and_malformed_ones_400_as_problems() {
        web.get().uri("/api/notifications/{id}", UUID.randomUUID()).headers(h -> h.setBearerAuth(junior())).exchange()
                .expectStatus().isNotFound().expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        web.post().uri("/api/notifications/{id}/resend", UUID.randomUUID()).headers(h -> h.setBearerAuth(lead())).exchange()
                .expectStatus().isNotFound().expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        web.get().uri("/api/notifications/not-a-uuid").headers(h -> h.setBearerAuth(junior())).exchange()
                .expectStatus().isBadRequest().expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        web.get().uri("/api/orders/not-a-uuid/notifications").headers(h -> h.setBearerAuth(junior())).exchange()
                .expectStatus().isBadRequest().expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        web.get().uri("/api/orders/{id}/notifications?page=junk&size=-1&sort=price", UUID.randomUUID())
                .headers(h -> h.setBearerAuth(junior())).exchange()
                .expectStatus().isBadRequest().expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void an_order_without_notifications_has_an_empty_log() {
        web.get().uri("/api/orders/{id}/notifications", UUID.randomUUID()).headers(h -> h.setBearerAuth(junior()))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.content").isEmpty().jsonPath("$.page.totalElements").isEqualTo(0);
    }

    private WebTestClient.ResponseSpec call(Endpoint endpoint, String token) {
        Map<String, String> notification = sentNotification();
        String path = endpoint.path().replace("{order}", notification.get("order")).replace("{id}", notification.get("id"));
        return web.method(endpoint.method()).uri(path)
                .headers(h -> {
                    if (token != null) {
                        h.setBearerAuth(token);
                    }
                })
                .exchange();
    }

    /** A notification sent once for the whole class (resends of it only add entries). */
    private Map<String, String> sentNotification() {
        synchronized (NotificationApiTest.class) {
            if (sent == null) {
                String address = uniqueAddress("amaka");
                UUID customer = SHOP.customer("Amaka Nwosu", address, true, null);
                UUID order = SHOP.order(customer, "PICKUP", "COMPLETED");
                publish(new OrderStatusChanged(order, customer, 1, List.of(), "IN_PROGRESS", "COMPLETED", Instant.now()));
                String id = await().atMost(WAIT).until(() -> firstId(order), found -> found != null);
                await().atMost(WAIT).until(() -> "SENT".equals(entry(id).get("status")));
                sent = Map.of("order", order.toString(), "id", id, "address", address);
            }
            return sent;
        }
    }

    private String firstId(UUID order) {
        Map<?, ?> page = web.get().uri("/api/orders/{id}/notifications", order).headers(h -> h.setBearerAuth(junior()))
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        List<?> content = (List<?>) page.get("content");
        return content.isEmpty() ? null : (String) ((Map<?, ?>) content.getLast()).get("id");
    }

    private Map<?, ?> entry(String id) {
        return web.get().uri("/api/notifications/{id}", id).headers(h -> h.setBearerAuth(junior())).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }
}
