package dev.atelier.order.orders.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.order.OrderApiTest;
import dev.atelier.order.customers.CustomerServiceStandIn;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A PATCH reads the order once and copies a newly linked measurement set before it writes, outside
 * the transaction: a change that lands meanwhile must still make it a 409, as under a lock.
 */
class OrderRevisionRaceTest extends OrderApiTest {

    private WebTestClient.ResponseSpec patch(Object id, Map<String, Object> json) {
        return http.patch().uri("/api/orders/{id}", id).headers(h -> h.setBearerAuth(leadToken()))
                .contentType(MediaType.parseMediaType("application/merge-patch+json")).bodyValue(json).exchange();
    }

    @Test
    void a_change_while_the_measurement_copy_is_taken_makes_the_slower_patch_409_and_it_changes_nothing() {
        UUID customer = UUID.randomUUID();
        UUID measurement = UUID.randomUUID();
        CustomerServiceStandIn.measurement(measurement, customer, "coat", "CM",
                Map.of("chest", new BigDecimal("101")), null, 1);
        CustomerServiceStandIn.answerLate(measurement);
        Map<?, ?> order = create(orderJson(customer));
        Object id = order.get("id");

        CompletableFuture<Map<?, ?>> linking = CompletableFuture.supplyAsync(() -> patch(id,
                Map.of("measurementId", measurement.toString(), "version", 0))
                .expectStatus().isEqualTo(409).expectBody(Map.class).returnResult().getResponseBody());
        // Lands while the copy is under way (or, on a slow machine, before the read: a 409 as well).
        patch(id, Map.of("notes", "meanwhile", "version", 0)).expectStatus().isOk()
                .expectBody().jsonPath("$.version").isEqualTo(1);

        assertThat(linking.join().get("currentVersion")).isEqualTo(1);
        http.get().uri("/api/orders/{id}", id).headers(h -> h.setBearerAuth(leadToken())).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.notes").isEqualTo("meanwhile")
                .jsonPath("$.measurementId").doesNotExist()
                .jsonPath("$.version").isEqualTo(1);
    }
}
