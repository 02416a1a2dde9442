package dev.atelier.order.orders.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.order.OrderApiTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * An item's merge patch names the order's version and is merged under the order's lock: a patch
 * without the version is refused, a stale one is a 409, and of two patches sent at once against
 * the same version one wins and the other is told, so no change is silently overwritten.
 */
class OrderItemPatchTest extends OrderApiTest {

    @Test
    void a_patch_without_the_order_version_is_400_naming_it_and_changes_nothing() {
        Map<?, ?> order = create(orderJson(UUID.randomUUID()));
        String item = stockItemId(order);
        patch(item, Map.of("quantity", 5)).expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("orderVersion");
        patch(item, Map.of("quantity", 5, "orderVersion", "latest")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("orderVersion");
        assertThat(itemOf(order.get("id"), item).get("quantity")).isEqualTo(3);
    }

    @Test
    void a_stale_order_version_is_409_with_the_current_version() {
        Map<?, ?> order = create(orderJson(UUID.randomUUID()));
        String item = stockItemId(order);
        patch(item, Map.of("quantity", 4, "orderVersion", 0)).expectStatus().isOk();
        patch(item, Map.of("quantity", 7, "orderVersion", 0)).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.currentVersion").isEqualTo(1);
        assertThat(itemOf(order.get("id"), item).get("quantity")).isEqualTo(4);
    }

    @RepeatedTest(3)
    void two_patches_at_once_with_the_same_version_one_wins_the_other_is_409_and_nothing_is_lost() throws Exception {
        Map<?, ?> order = create(orderJson(UUID.randomUUID()));
        String item = stockItemId(order);
        List<Map<String, Object>> patches = List.of(Map.of("quantity", 5, "orderVersion", 0),
                Map.of("size", "UK 16", "orderVersion", 0));
        CyclicBarrier start = new CyclicBarrier(patches.size());
        ExecutorService threads = Executors.newFixedThreadPool(patches.size());
        List<CompletableFuture<Integer>> answers = new ArrayList<>();
        try {
            for (Map<String, Object> body : patches) {
                answers.add(CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return patch(item, body).returnResult(String.class).getStatus().value();
                }, threads));
            }
            List<Integer> statuses = new ArrayList<>();
            for (CompletableFuture<Integer> answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS));
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);

            // The loser reads the new version and sends its change again: both changes are kept.
            Map<String, Object> loser = new HashMap<>(patches.get(statuses.indexOf(409)));
            loser.put("orderVersion", 1);
            patch(item, loser).expectStatus().isOk();
            Map<?, ?> after = itemOf(order.get("id"), item);
            assertThat(after.get("quantity")).isEqualTo(5);
            assertThat(after.get("size")).isEqualTo("UK 16");
            assertThat(after.get("orderVersion")).isEqualTo(2);
        } finally {
            threads.shutdownNow();
        }
    }

    private WebTestClient.ResponseSpec patch(String item, Map<String, ?> body) {
        return http.patch().uri("/api/order-items/{id}", item).headers(h -> h.setBearerAuth(leadToken()))
                .contentType(MediaType.parseMediaType("application/merge-patch+json")).bodyValue(body).exchange();
    }

    private Map<?, ?> itemOf(Object orderId, String item) {
        EntityExchangeResult<Map> read = http.get().uri("/api/order-items/{id}", item)
                .headers(h -> h.setBearerAuth(leadToken())).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult();
        assertThat(read.getResponseBody().get("orderId")).isEqualTo(orderId);
        return read.getResponseBody();
    }

    private static String stockItemId(Map<?, ?> order) {
        return (String) ((Map<?, ?>) ((List<?>) order.get("items")).get(0)).get("id");
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
