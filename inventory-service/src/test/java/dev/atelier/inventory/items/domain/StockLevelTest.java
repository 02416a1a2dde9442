package dev.atelier.inventory.items.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class StockLevelTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void available_is_on_hand_minus_reserved() {
        StockLevel level = new StockLevel(d("10.5"), d("2.25"));
        assertThat(level.available()).isEqualByComparingTo("8.25");
        assertThat(level.isLow(d("8.25"))).isTrue();
        assertThat(level.isLow(d("8.24"))).isFalse();
    }

    @Test
    void adjustments_move_on_hand_but_never_below_reserved() {
        StockLevel level = new StockLevel(d("5"), d("3"));
        assertThat(level.adjust(d("2.5"))).isEqualTo(new StockLevel(d("7.5"), d("3")));
        assertThat(level.adjust(d("-2")).quantity()).isEqualByComparingTo("3");
        assertThatThrownBy(() -> level.adjust(d("-2.001")))
                .isInstanceOf(InsufficientStockException.class)
                .hasMessageContaining("below the 3 reserved");
    }

    @Test
    void reserving_never_exceeds_what_is_available() {
        StockLevel level = new StockLevel(d("10"), d("4"));
        assertThat(level.reserve(d("6"))).isEqualTo(new StockLevel(d("10"), d("10")));
        assertThatThrownBy(() -> level.reserve(d("6.001"))).isInstanceOf(InsufficientStockException.class)
                .hasMessageContaining("Only 6 available");
    }

    @Test
    void release_and_consume_take_from_what_is_reserved() {
        StockLevel level = new StockLevel(d("10"), d("4"));
        assertThat(level.release(d("1.5"))).isEqualTo(new StockLevel(d("10"), d("2.5")));
        assertThat(level.consume(d("4"))).isEqualTo(new StockLevel(d("6"), d("0")));
        assertThatThrownBy(() -> level.release(d("5"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> level.consume(d("0"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_level_cannot_be_negative_or_reserve_more_than_on_hand() {
        assertThatThrownBy(() -> new StockLevel(d("-1"), d("0"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StockLevel(d("1"), d("2"))).isInstanceOf(IllegalArgumentException.class);
    }

    /** Issue 16: each adjustment is below 10^11, but two of them overflowed the numeric(14, 3) column (500). */
    @Test
    void adjustments_never_take_on_hand_to_the_limit() {
        StockLevel level = StockLevel.of(d("60000000000"));
        assertThatThrownBy(() -> level.adjust(d("60000000000")))
                .isInstanceOf(StockLimitException.class).hasMessageContaining("39999999999.999 more");
        assertThat(level.adjust(d("39999999999.999")).quantity()).isEqualByComparingTo("99999999999.999");
    }
}
