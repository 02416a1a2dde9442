package dev.atelier.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;

/**
 * Updates racing with the same version: the database's versioned UPDATE lets exactly one win,
 * the others are 409s, so no update is ever lost.
 */
class ConcurrentUpdateTest extends ApiTest {

    private static final int RACERS = 8;

    @org.springframework.boot.test.web.server.LocalServerPort
    private int port;

    @Test
    @SuppressWarnings("unchecked")
    void of_racing_customer_updates_with_one_version_exactly_one_wins() {
        Map<String, Object> created = http.post().uri("/api/customers")
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + leadToken())
            .bodyValue(Map.of("name", "Race " + UUID.randomUUID()))
            .exchange().expectStatus().isCreated()
            .expectBody(Map.class).returnResult().getResponseBody();
        List<Map<String, Object>> bodies = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            bodies.add(Map.of("name", "Racer " + i, "version", 0));
        }
        List<Integer> statuses = race("PUT", "/api/customers/" + created.get("id"), bodies);
        assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
        assertThat(statuses).filteredOn(status -> status == 409).hasSize(RACERS - 1);
        http.get().uri("/api/customers/{id}", created.get("id"))
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + leadToken())
            .exchange()
            .expectBody().jsonPath("$.version").isEqualTo(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void of_racing_measurement_updates_with_one_version_exactly_one_wins_and_one_version_is_added() {
        Map<String, Object> customer = http.post().uri("/api/customers")
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + leadToken())
            .bodyValue(Map.of("name", "Race measured " + UUID.randomUUID()))
            .exchange().expectStatus().isCreated()
            .expectBody(Map.class).returnResult().getResponseBody();
        Map<String, Object> set = http.post().uri("/api/measurements")
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + juniorToken())
            .bodyValue(Map.of("customerId", customer.get("id"), "type", "dress", "unit", "CM", "values", Map.of("bust", 90)))
            .exchange().expectStatus().isCreated()
            .expectBody(Map.class).returnResult().getResponseBody();
        List<Map<String, Object>> bodies = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            bodies.add(new HashMap<>(Map.of("type", "dress", "unit", "CM", "values", Map.of("bust", 90 + i), "version", 0)));
        }
        List<Integer> statuses = race("PUT", "/api/measurements/" + set.get("id"), bodies);
        assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
        assertThat(statuses).filteredOn(status -> status == 409).hasSize(RACERS - 1);
        http.get().uri("/api/measurements/{id}/history", set.get("id"))
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + juniorToken())
            .exchange()
            .expectBody().jsonPath("$.length()").isEqualTo(2);
    }

    /** Sends all bodies at once (non-blocking client, all in flight together) and collects the statuses. */
    private List<Integer> race(String method, String path, List<Map<String, Object>> bodies) {
        WebClient client = WebClient.create("http://127.0.0.1:" + this.port);
        String token = leadToken();
        return Flux.fromIterable(bodies)
            .flatMap(body -> client.method(org.springframework.http.HttpMethod.valueOf(method)).uri(path)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .bodyValue(body)
                .exchangeToMono(response -> response.releaseBody().thenReturn(response.statusCode()))
                .map(HttpStatusCode::value), bodies.size())
            .collectList()
            .block(java.time.Duration.ofSeconds(30));
    }

}
