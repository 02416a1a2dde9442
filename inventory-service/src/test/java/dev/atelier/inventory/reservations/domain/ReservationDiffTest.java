package dev.atelier.inventory.reservations.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atelier.inventory.changes.domain.StockChangeReason;
import dev.atelier.inventory.items.domain.StockLevel;
import dev.atelier.inventory.reservations.domain.ReservationDiff.Line;
import dev.atelier.platform.domain.InvalidValueException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReservationDiffTest {

    private static final UUID SILK = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UUID LACE = UUID.fromString("00000000-0000-0000-0000-000000000002");
    private static final UUID ZIPS = UUID.fromString("00000000-0000-0000-0000-000000000003");

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static StockLevel level(String quantity, String reserved) {
        return new StockLevel(d(quantity), d(reserved));
    }

    @Test
    void a_new_order_reserves_each_line() {
        ReservationDiff diff = ReservationDiff.between(Map.of(), List.of(new Line(SILK, d("2.5")), new Line(LACE, d("3"))));

        ReservationDiff.Plan plan = diff.plan(Map.of(SILK, level("40", "0"), LACE, level("3", "0")));

        assertThat(plan.isShort()).isFalse();
        assertThat(plan.moves()).containsExactly(
                new ReservationMove(SILK, StockChangeReason.RESERVED, level("40", "2.500"), d("2.500")),
                new ReservationMove(LACE, StockChangeReason.RESERVED, level("3", "3.000"), d("3.000")));
    }

    @Test
    void a_changed_order_reserves_only_the_difference_and_releases_what_it_no_longer_needs() {
        ReservationDiff diff = ReservationDiff.between(Map.of(SILK, d("2.5"), LACE, d("3"), ZIPS, d("1")),
                List.of(new Line(SILK, d("3.25")), new Line(LACE, d("1"))));

        assertThat(diff.change(SILK)).isEqualByComparingTo("0.75");
        assertThat(diff.change(LACE)).isEqualByComparingTo("-2");
        assertThat(diff.change(ZIPS)).isEqualByComparingTo("-1");
        ReservationDiff.Plan plan = diff.plan(Map.of(SILK, level("40", "2.5"), LACE, level("3", "3"), ZIPS, level("9", "1")));

        assertThat(plan.moves()).containsExactly(
                new ReservationMove(SILK, StockChangeReason.RESERVED, level("40", "3.250"), d("3.250")),
                new ReservationMove(LACE, StockChangeReason.RELEASED, level("3", "1.000"), d("1.000")),
                new ReservationMove(ZIPS, StockChangeReason.RELEASED, level("9", "0"), BigDecimal.ZERO));
    }

    @Test
    void the_same_list_again_moves_nothing() {
        ReservationDiff diff = ReservationDiff.between(Map.of(SILK, d("2.500")), List.of(new Line(SILK, d("2.5"))));

        assertThat(diff.isEmpty()).isTrue();
        assertThat(diff.plan(Map.of(SILK, level("40", "2.5"))).moves()).isEmpty();
    }

    @Test
    void one_short_item_means_nothing_moves_at_all_and_says_how_much_could_be_had() {
        ReservationDiff diff = ReservationDiff.between(Map.of(LACE, d("2")),
                List.of(new Line(SILK, d("2")), new Line(LACE, d("12")), new Line(ZIPS, d("1"))));

        ReservationDiff.Plan plan = diff.plan(Map.of(SILK, level("40", "0"), LACE, level("10", "4")));

        assertThat(plan.isShort()).isTrue();
        assertThat(plan.moves()).isEmpty();
        assertThat(plan.shortages()).containsExactly(
                new ItemShortage(LACE, d("12"), d("8")),
                new ItemShortage(ZIPS, d("1"), BigDecimal.ZERO));
    }

    @Test
    void lines_of_one_item_are_summed_and_zero_lines_dropped() {
        ReservationDiff diff = ReservationDiff.between(Map.of(),
                List.of(new Line(SILK, d("1.5")), new Line(SILK, d("1")), new Line(LACE, d("0"))));

        assertThat(diff.items()).containsExactly(SILK);
        assertThat(diff.change(SILK)).isEqualByComparingTo("2.5");
    }

    @Test
    void releasing_an_item_that_no_longer_exists_is_not_a_shortage() {
        ReservationDiff diff = ReservationDiff.between(Map.of(ZIPS, d("1")), List.of());

        assertThat(diff.plan(Map.of()).isShort()).isFalse();
    }

    @Test
    void negative_or_over_precise_quantities_are_not_a_valid_order() {
        assertThatThrownBy(() -> ReservationDiff.between(Map.of(), List.of(new Line(SILK, d("-1")))))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> ReservationDiff.between(Map.of(), List.of(new Line(SILK, d("0.0001")))))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void items_come_in_a_fixed_order_for_locking() {
        ReservationDiff diff = ReservationDiff.between(Map.of(ZIPS, d("1")), List.of(new Line(LACE, d("1")), new Line(SILK, d("1"))));

        assertThat(diff.items()).containsExactly(SILK, LACE, ZIPS);
    }
}
