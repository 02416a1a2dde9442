package dev.atelier.order.orders.domain;

import static dev.atelier.order.orders.domain.OrderStatus.CANCELLED;
import static dev.atelier.order.orders.domain.OrderStatus.COMPLETED;
import static dev.atelier.order.orders.domain.OrderStatus.DELIVERED;
import static dev.atelier.order.orders.domain.OrderStatus.IN_PROGRESS;
import static dev.atelier.order.orders.domain.OrderStatus.PENDING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OrderStatusTest {

    static Stream<Arguments> everyMove() {
        return EnumSet.allOf(OrderStatus.class).stream()
                .flatMap(from -> EnumSet.allOf(OrderStatus.class).stream().map(to -> Arguments.of(from, to)));
    }

    private static boolean legal(OrderStatus from, OrderStatus to) {
        return switch (from) {
            case PENDING -> to == IN_PROGRESS || to == CANCELLED;
            case IN_PROGRESS -> to == COMPLETED || to == CANCELLED;
            case COMPLETED -> to == DELIVERED;
            case DELIVERED, CANCELLED -> false;
        };
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyMove")
    void only_the_workflow_moves_are_allowed(OrderStatus from, OrderStatus to) {
        if (legal(from, to)) {
            assertThat(from.moveTo(to, StockStatus.RESERVED, true)).isEqualTo(to);
        } else {
            assertThatThrownBy(() -> from.moveTo(to, StockStatus.RESERVED, true))
                    .isInstanceOf(IllegalStatusMoveException.class)
                    .satisfies(e -> {
                        IllegalStatusMoveException rejected = (IllegalStatusMoveException) e;
                        assertThat(rejected.from()).isEqualTo(from);
                        assertThat(rejected.to()).isEqualTo(to);
                        assertThat(rejected.allowedMoves()).isEqualTo(from.allowedMoves());
                    });
        }
    }

    @Test
    void the_allowed_moves_are_named() {
        assertThat(PENDING.allowedMoves()).containsExactly(IN_PROGRESS, CANCELLED);
        assertThat(IN_PROGRESS.allowedMoves()).containsExactly(COMPLETED, CANCELLED);
        assertThat(COMPLETED.allowedMoves()).containsExactly(DELIVERED);
        assertThat(DELIVERED.allowedMoves()).isEmpty();
        assertThat(CANCELLED.allowedMoves()).isEmpty();
    }

    @Test
    void a_rejected_move_says_what_is_allowed() {
        assertThatThrownBy(() -> PENDING.moveTo(DELIVERED, StockStatus.RESERVED, true))
                .hasMessageContaining("PENDING").hasMessageContaining("DELIVERED")
                .hasMessageContaining("IN_PROGRESS").hasMessageContaining("CANCELLED");
        assertThatThrownBy(() -> DELIVERED.moveTo(CANCELLED, StockStatus.RESERVED, true))
                .hasMessageContaining("does not move any more");
    }

    @ParameterizedTest(name = "stock {0}")
    @MethodSource("unreservedStock")
    void work_cannot_start_until_the_stock_is_reserved(StockStatus stock) {
        assertThatThrownBy(() -> PENDING.moveTo(IN_PROGRESS, stock, true))
                .isInstanceOf(IllegalStatusMoveException.class)
                .hasMessageContaining(stock.name()).hasMessageContaining("RESERVED");
    }

    static Stream<StockStatus> unreservedStock() {
        return Stream.of(StockStatus.RESERVING, StockStatus.SHORT, StockStatus.RELEASED);
    }

    @Test
    void custom_work_only_starts_without_a_reservation() {
        assertThat(PENDING.moveTo(IN_PROGRESS, StockStatus.RESERVING, false)).isEqualTo(IN_PROGRESS);
    }

    @Test
    void an_unreserved_order_may_still_be_cancelled() {
        assertThat(PENDING.moveTo(CANCELLED, StockStatus.SHORT, true)).isEqualTo(CANCELLED);
        assertThat(IN_PROGRESS.moveTo(CANCELLED, StockStatus.RESERVED, true)).isEqualTo(CANCELLED);
    }
}
