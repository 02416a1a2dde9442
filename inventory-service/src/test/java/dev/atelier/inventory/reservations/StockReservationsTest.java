package dev.atelier.inventory.reservations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.inventory.InventoryIntegrationTest;
import dev.atelier.inventory.reservations.domain.OrderReservationStatus;
import dev.atelier.inventory.reservations.domain.ReservationDiff.Line;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reservations against the real database, called as the order-event handlers call them. */
class StockReservationsTest extends InventoryIntegrationTest {

    private static final String BY = "/order-service";

    @Autowired
    StockReservations reservations;

    @Autowired
    MeterRegistry meters;

    @Autowired
    TransactionalOperator transactions;

    @Test
    void two_hundred_concurrent_orders_competing_for_fifty_units_end_with_exactly_fifty_reserved() {
        UUID item = createItem(50);
        double reservedBefore = answered("RESERVED");
        double shortBefore = answered("SHORT");

        List<OrderReservationStatus> outcomes = Flux.range(0, 200)
                .flatMap(i -> reservations.reserve(UUID.randomUUID(), 1, List.of(new Line(item, BigDecimal.ONE)), BY), 32)
                .collectList()
                .block();

        assertThat(outcomes).filteredOn(s -> s == OrderReservationStatus.RESERVED).hasSize(50);
        assertThat(outcomes).filteredOn(s -> s == OrderReservationStatus.SHORT).hasSize(150);
        // Counted once per committed answer, never for an attempt that rolled back.
        assertThat(answered("RESERVED") - reservedBefore).isEqualTo(50);
        assertThat(answered("SHORT") - shortBefore).isEqualTo(150);
        Map<?, ?> after = getItem(item);
        assertThat(after.get("quantity")).isEqualTo(50);
        assertThat(after.get("reserved")).isEqualTo(50);
        assertThat(after.get("available")).isEqualTo(0);
        assertThat(sum("SELECT sum(reserved_after - reserved_before) AS n FROM stock_change WHERE item_id = :id", item))
                .isEqualByComparingTo("50");
        assertThat(sum("SELECT sum(quantity) AS n FROM reservation_line WHERE item_id = :id", item)).isEqualByComparingTo("50");
        assertThat(sum("SELECT count(*)::numeric AS n FROM atelier_platform.outbox_event o JOIN order_reservation r"
                + " ON o.subject = r.order_id::text WHERE o.type = 'stock.reservation-updated' AND r.order_id IN"
                + " (SELECT order_id FROM reservation_line WHERE item_id = :id)", item)).isEqualByComparingTo("50");
    }

    private double answered(String status) {
        return meters.counter("atelier.reservations", "status", status).count();
    }

    @Test
    void a_changed_item_list_reserves_the_difference_and_releases_the_rest() {
        UUID silk = createItem(40);
        UUID lace = createItem(10);
        UUID order = UUID.randomUUID();

        assertThat(reservations.reserve(order, 1, List.of(new Line(silk, new BigDecimal("2.5")), new Line(lace, new BigDecimal("3"))), BY).block())
                .isEqualTo(OrderReservationStatus.RESERVED);
        assertThat(reservations.reserve(order, 2, List.of(new Line(silk, new BigDecimal("3.25"))), BY).block())
                .isEqualTo(OrderReservationStatus.RESERVED);

        assertThat(getItem(silk).get("reserved")).isEqualTo(3.25);
        assertThat(getItem(lace).get("reserved")).isEqualTo(0);
        assertThat(reservations.held(order).block()).containsOnlyKeys(silk);
        web.get().uri("/api/inventory-changes?orderId={o}&sort=at,asc", order).headers(h -> h.setBearerAuth(lead())).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.page.totalElements").isEqualTo(4)
                .jsonPath("$.content[?(@.reason == 'RELEASED')].itemId").isEqualTo(List.of(lace.toString()))
                .jsonPath("$.content[?(@.reason == 'RELEASED')].reservedDelta").isEqualTo(List.of(-3))
                .jsonPath("$.content[?(@.reservedDelta == 0.75)].itemId").isEqualTo(List.of(silk.toString()))
                .jsonPath("$.content[*].by").isEqualTo(List.of(BY, BY, BY, BY));
    }

    @Test
    void an_older_or_repeated_version_changes_nothing() {
        UUID silk = createItem(40);
        UUID order = UUID.randomUUID();
        reservations.reserve(order, 2, List.of(new Line(silk, new BigDecimal("5"))), BY).block();

        assertThat(reservations.reserve(order, 1, List.of(new Line(silk, new BigDecimal("9"))), BY).block()).isNull();
        assertThat(reservations.reserve(order, 2, List.of(new Line(silk, new BigDecimal("9"))), BY).block()).isNull();

        assertThat(getItem(silk).get("reserved")).isEqualTo(5);
        assertThat(changes(silk)).isEqualTo(2);
    }

    @Test
    void one_short_line_reserves_nothing_and_answers_short_with_each_shortage() {
        UUID silk = createItem(40);
        UUID lace = createItem(2);
        UUID unknown = UUID.randomUUID();
        UUID order = UUID.randomUUID();

        assertThat(reservations.reserve(order, 1, List.of(new Line(silk, BigDecimal.ONE), new Line(lace, new BigDecimal("3")),
                new Line(unknown, BigDecimal.TEN)), BY).block()).isEqualTo(OrderReservationStatus.SHORT);

        assertThat(getItem(silk).get("reserved")).isEqualTo(0);
        assertThat(getItem(lace).get("reserved")).isEqualTo(0);
        assertThat(changes(silk)).isEqualTo(1);
        String answer = database.sql("SELECT data::text AS data FROM atelier_platform.outbox_event WHERE subject = :s"
                + " AND type = 'stock.reservation-updated'").bind("s", order.toString())
                .map(row -> row.get("data", String.class)).one().block();
        assertThat(answer).contains("\"status\": \"SHORT\"")
                .contains("\"itemId\": \"" + lace + "\"").contains("\"itemId\": \"" + unknown + "\"")
                .doesNotContain(silk.toString());
    }

    @Test
    void events_in_one_transaction_see_what_the_earlier_ones_left_and_all_their_writes_land_at_the_commit() {
        UUID silk = createItem(5);
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();

        // As a poll applies them: one transaction, in order.
        List<OrderReservationStatus> outcomes = Flux.concat(
                        reservations.reserve(a, 1, List.of(new Line(silk, new BigDecimal("3"))), BY),
                        reservations.reserve(b, 1, List.of(new Line(silk, new BigDecimal("3"))), BY),
                        reservations.reserve(a, 2, List.of(new Line(silk, BigDecimal.ONE)), BY),
                        reservations.reserve(b, 2, List.of(new Line(silk, new BigDecimal("3"))), BY),
                        reservations.release(a, 2, BY).then(Mono.<OrderReservationStatus>empty()),
                        reservations.reserve(a, 3, List.of(new Line(silk, BigDecimal.ONE)), BY))
                .collectList().as(transactions::transactional).block();

        assertThat(outcomes).containsExactly(OrderReservationStatus.RESERVED, OrderReservationStatus.SHORT,
                OrderReservationStatus.RESERVED, OrderReservationStatus.RESERVED);
        Map<?, ?> item = getItem(silk);
        assertThat(item.get("quantity")).isEqualTo(5);
        assertThat(item.get("reserved")).isEqualTo(3);
        assertThat(reservations.held(a).block()).isEmpty();
        assertThat(reservations.held(b).block()).containsOnlyKeys(silk);
        assertThat(reservations.held(b).block().get(silk)).isEqualByComparingTo("3");
        assertThat(database.sql("SELECT order_id, status, item_list_version FROM order_reservation WHERE order_id IN (:a, :b)")
                .bind("a", a).bind("b", b)
                .map(row -> row.get("order_id", UUID.class) + " " + row.get("status", String.class) + " "
                        + row.get("item_list_version", Long.class))
                .all().collectList().block())
                .containsExactlyInAnyOrder(a + " RELEASED 2", b + " RESERVED 2");
        // Each change starts where the one before left the item.
        assertThat(database.sql("SELECT reserved_before::int || '>' || reserved_after::int AS move FROM stock_change"
                        + " WHERE item_id = :id AND reason <> 'CREATED'").bind("id", silk)
                .map(row -> row.get("move", String.class)).all().collectList().block())
                .containsExactlyInAnyOrder("0>3", "3>1", "1>4", "4>3");
        assertThat(database.sql("SELECT o.data->>'status' AS status FROM atelier_platform.outbox_event o"
                        + " WHERE o.type = 'stock.reservation-updated' AND o.subject IN (:a, :b) ORDER BY o.subject = :b, o.id")
                .bind("a", a.toString()).bind("b", b.toString())
                .map(row -> row.get("status", String.class)).all().collectList().block())
                .containsExactly("RESERVED", "RESERVED", "RELEASED", "SHORT", "RESERVED");
        assertThat(sum("SELECT count(*)::numeric AS n FROM atelier_platform.outbox_event WHERE type = 'stock.changed'"
                + " AND subject = :id::text", silk)).isEqualByComparingTo("5");
    }

    @Test
    void a_polls_orders_locked_together_first_are_the_ones_its_events_work_on() {
        UUID silk = createItem(5);
        UUID holding = UUID.randomUUID();
        UUID fresh = UUID.randomUUID();
        reservations.reserve(holding, 1, List.of(new Line(silk, new BigDecimal("2"))), BY).block();

        // As the consumer runs a poll: the orders locked together, then each event in turn, in one transaction.
        List<OrderReservationStatus> outcomes = reservations.lockOrders(List.of(holding, fresh, holding))
                .thenMany(Flux.concat(
                        reservations.reserve(holding, 1, List.of(new Line(silk, BigDecimal.TEN)), BY),
                        reservations.reserve(fresh, 1, List.of(new Line(silk, new BigDecimal("3"))), BY),
                        reservations.reserve(holding, 2, List.of(new Line(silk, BigDecimal.ONE)), BY)))
                .collectList().as(transactions::transactional).block();

        assertThat(outcomes).as("version 1 of the holding order was applied before the poll, so only 2 changes it")
                .containsExactly(OrderReservationStatus.RESERVED, OrderReservationStatus.RESERVED);
        assertThat(reservations.held(holding).block().get(silk)).as("what it held before the poll, then version 2")
                .isEqualByComparingTo("1");
        assertThat(reservations.held(fresh).block().get(silk)).isEqualByComparingTo("3");
        assertThat(getItem(silk).get("reserved")).isEqualTo(4);
        assertThat(database.sql("SELECT reserved_before::int || '>' || reserved_after::int AS move FROM stock_change"
                        + " WHERE item_id = :id AND reason <> 'CREATED'").bind("id", silk)
                .map(row -> row.get("move", String.class)).all().collectList().block())
                .containsExactlyInAnyOrder("0>2", "2>5", "5>4");
    }

    @Test
    void a_transaction_that_rolls_back_leaves_no_reservation_behind() {
        UUID silk = createItem(5);
        UUID order = UUID.randomUUID();

        reservations.reserve(order, 1, List.of(new Line(silk, new BigDecimal("3"))), BY)
                .then(Mono.error(new IllegalStateException("a later event of the poll failed")))
                .as(transactions::transactional).onErrorComplete().block();

        assertThat(getItem(silk).get("reserved")).isEqualTo(0);
        assertThat(changes(silk)).isEqualTo(1);
        assertThat(sum("SELECT count(*)::numeric AS n FROM order_reservation WHERE order_id = :id", order)).isEqualByComparingTo("0");
    }

    @Test
    void cancelling_releases_everything_once_and_later_events_change_nothing() {
        UUID silk = createItem(40);
        UUID order = UUID.randomUUID();
        reservations.reserve(order, 1, List.of(new Line(silk, new BigDecimal("4"))), BY).block();

        reservations.release(order, 1, BY).block();
        reservations.release(order, 1, BY).block();
        assertThat(reservations.reserve(order, 2, List.of(new Line(silk, BigDecimal.ONE)), BY).block()).isNull();

        assertThat(getItem(silk).get("reserved")).isEqualTo(0);
        assertThat(getItem(silk).get("quantity")).isEqualTo(40);
        assertThat(changes(silk)).isEqualTo(3);
    }

    @Test
    void completing_an_order_consumes_what_it_holds() {
        UUID silk = createItem(40);
        UUID order = UUID.randomUUID();
        reservations.reserve(order, 1, List.of(new Line(silk, new BigDecimal("2.5"))), BY).block();

        reservations.consume(order, 1, BY).block();
        reservations.consume(order, 1, BY).block();

        Map<?, ?> item = getItem(silk);
        assertThat(item.get("quantity")).isEqualTo(37.5);
        assertThat(item.get("reserved")).isEqualTo(0);
        assertThat(changes(silk)).isEqualTo(3);
        assertThat(sum("SELECT sum(quantity_after - quantity_before) AS n FROM stock_change WHERE item_id = :id", silk))
                .isEqualByComparingTo("37.5");
    }

    @Test
    void an_item_with_reservations_cannot_be_deleted() {
        UUID silk = createItem(4);
        reservations.reserve(UUID.randomUUID(), 1, List.of(new Line(silk, BigDecimal.ONE)), BY).block();

        web.delete().uri("/api/inventory/{id}", silk).headers(h -> h.setBearerAuth(lead())).exchange()
                .expectStatus().isEqualTo(409);
    }

    private long changes(UUID item) {
        return database.sql("SELECT count(*) AS n FROM stock_change WHERE item_id = :id").bind("id", item)
                .map(row -> row.get("n", Long.class)).one().block();
    }

    private BigDecimal sum(String sql, UUID item) {
        return database.sql(sql).bind("id", item).map(row -> row.get("n", BigDecimal.class)).one().block();
    }
}
