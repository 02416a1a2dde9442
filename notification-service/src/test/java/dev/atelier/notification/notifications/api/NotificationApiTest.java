package dev.atelier.notification.notifications.api;

import static dev.atelier.platform.test.RoleMatrixContract.Caller.JUNIOR;
import static dev.atelier.platform.test.RoleMatrixContract.Caller.LEAD;
import static dev.atelier.platform.test.RoleMatrixContract.Rule.allows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.atelier.notification.NotificationIntegrationTest;
import dev.atelier.platform.event.OrderStatusChanged;
import dev.atelier.platform.test.RoleMatrixContract;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * The delivery log and resends over HTTP: role rules for every endpoint ({@link RoleMatrixContract}), a lead's
 * resend mails again, and bad input is a problem.
 */
class NotificationApiTest extends NotificationIntegrationTest implements RoleMatrixContract {

    private static final Duration WAIT = Duration.ofSeconds(30);

    /** One sent notification shared by the tests: {order, id, address}. */
    private static volatile Map<String, String> sent;

    @Override
    public List<Rule> roleMatrix() {
        return List.of(
                allows("GET /api/orders/{order}/notifications", 200, JUNIOR, LEAD),
                allows("GET /api/notifications/{id}", 200, JUNIOR, LEAD),
                allows("POST /api/notifications/{id}/resend", 201, LEAD));
    }

    /** Against the notification sent once for the class. */
    @Override
    public Call prepare(String endpoint) {
        Map<String, String> notification = sentNotification();
        Object id = endpoint.contains("{order}") ? notification.get("order") : notification.get("id");
        return token -> RoleMatrixContract.exchange(web, endpoint, token, null, id);
    }

    @Test
    void a_resend_is_a_new_entry_that_mails_again_and_points_at_the_original() {
        Map<String, String> original = sentNotification();
        // the role matrix resends this notification too: its mail must be out before the count
        await().atMost(WAIT).until(() -> nothingPending(original.get("order")));
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

    private boolean nothingPending(String order) {
        Map<?, ?> page = web.get().uri("/api/orders/{id}/notifications?size=100", order).headers(h -> h.setBearerAuth(lead()))
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        return ((List<?>) page.get("content")).stream().noneMatch(entry -> "PENDING".equals(((Map<?, ?>) entry).get("status")));
    }

    private Map<?, ?> entry(String id) {
        return web.get().uri("/api/notifications/{id}", id).headers(h -> h.setBearerAuth(junior())).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }
}
