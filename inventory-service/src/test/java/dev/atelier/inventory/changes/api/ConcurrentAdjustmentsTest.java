package dev.atelier.inventory.changes.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.inventory.InventoryIntegrationTest;
import dev.atelier.inventory.reservations.StockReservations;
import dev.atelier.inventory.reservations.domain.ReservationDiff.Line;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Many designers adjusting one item at once: the log still adds up and stock never goes negative. */
class ConcurrentAdjustmentsTest extends InventoryIntegrationTest {

    @Autowired
    StockReservations reservations;

    @Test
    void sum_of_logged_deltas_equals_current_quantities_after_a_concurrent_workload() {
        UUID id = createItem(5);
        String token = lead();
        WebClient client = WebClient.create("http://127.0.0.1:" + port);

        // 60 requests, 16 in flight: restocks of 1.5 and corrections of -2 that must fail once stock runs out.
        List<Integer> statuses = Flux.range(0, 60)
                .flatMap(i -> client.post().uri("/api/inventory/{id}/adjustments", id)
                        .headers(h -> h.setBearerAuth(token))
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(i % 3 == 0 ? Map.of("delta", 1.5, "reason", "RESTOCKED")
                                : Map.of("delta", -2, "reason", "ADJUSTED"))
                        .exchangeToMono(response -> response.releaseBody().thenReturn(response.statusCode()))
                        .map(HttpStatusCode::value), 16)
                .collectList()
                .block();

        assertThat(statuses).allMatch(status -> status == 201 || status == 409);
        long applied = statuses.stream().filter(status -> status == 201).count();
        assertThat(applied).as("some corrections were refused for lack of stock").isLessThan(60);

        Map<String, Object> sums = database.sql("""
                SELECT count(*) AS n, sum(quantity_after - quantity_before) AS quantity,
                       sum(reserved_after - reserved_before) AS reserved,
                       min(quantity_after) AS lowest,
                       count(*) FILTER (WHERE quantity_before <> lag_after) AS gaps
                FROM (SELECT *, lag(quantity_after, 1, 0::numeric) OVER (ORDER BY position) AS lag_after
                      FROM stock_change WHERE item_id = :id) chain""")
                .bind("id", id).fetch().one().block();
        Map<?, ?> item = getItem(id);

        assertThat((Long) sums.get("n")).isEqualTo(applied + 1);
        assertThat((BigDecimal) sums.get("quantity")).isEqualByComparingTo(new BigDecimal(item.get("quantity").toString()));
        assertThat((BigDecimal) sums.get("reserved")).isEqualByComparingTo(new BigDecimal(item.get("reserved").toString()));
        assertThat((BigDecimal) sums.get("lowest")).isGreaterThanOrEqualTo(BigDecimal.ZERO);
        assertThat((Long) sums.get("gaps")).as("each row starts where the previous one ended").isZero();
    }

    @Test
    void on_hand_and_reserved_add_up_after_adjustments_reservations_releases_and_consumption_race() {
        UUID id = createItem(20);
        String token = lead();
        WebClient client = WebClient.create("http://127.0.0.1:" + port);
        List<UUID> orders = Flux.range(0, 30).map(i -> UUID.randomUUID()).collectList().block();

        Flux<Object> adjustments = Flux.range(0, 30).flatMap(i -> client.post().uri("/api/inventory/{id}/adjustments", id)
                .headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(i % 2 == 0 ? Map.of("delta", 2, "reason", "RESTOCKED") : Map.of("delta", -1.5, "reason", "ADJUSTED"))
                .exchangeToMono(response -> response.releaseBody().thenReturn(response.statusCode().value())), 8);
        Flux<Object> orderTraffic = Flux.fromIterable(orders).flatMap(order -> reservations
                .reserve(order, 1, List.of(new Line(id, new BigDecimal("1.25"))), "/order-service")
                .then(Mono.defer(() -> order.hashCode() % 2 == 0
                        ? reservations.release(order, 1, "/order-service")
                        : reservations.consume(order, 1, "/order-service")))
                .thenReturn((Object) order), 8);
        Flux.merge(adjustments, orderTraffic).blockLast();

        Map<String, Object> sums = database.sql("""
                SELECT sum(quantity_after - quantity_before) AS quantity, sum(reserved_after - reserved_before) AS reserved,
                       min(quantity_after - reserved_after) AS lowest_available
                FROM stock_change WHERE item_id = :id""").bind("id", id).fetch().one().block();
        Map<?, ?> item = getItem(id);
        assertThat((BigDecimal) sums.get("quantity")).isEqualByComparingTo(new BigDecimal(item.get("quantity").toString()));
        assertThat((BigDecimal) sums.get("reserved")).isEqualByComparingTo(new BigDecimal(item.get("reserved").toString()));
        assertThat((BigDecimal) sums.get("lowest_available")).isGreaterThanOrEqualTo(BigDecimal.ZERO);
        assertThat(item.get("reserved")).as("every order was released or consumed").isEqualTo(0);
    }
}
