package dev.atelier.inventory.items.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atelier.platform.domain.InvalidValueException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class QuantitiesTest {

    @Test
    void accepts_up_to_three_decimals() {
        assertThat(Quantities.check(new BigDecimal("2.5"), "quantity", false)).isEqualTo(new BigDecimal("2.500"));
        assertThat(Quantities.check(new BigDecimal("-1.250"), "delta", true)).isEqualTo(new BigDecimal("-1.250"));
        assertThatThrownBy(() -> Quantities.check(new BigDecimal("2.0005"), "quantity", false))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Quantities.check(new BigDecimal("-1"), "quantity", false))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Quantities.check(new BigDecimal("1e11"), "quantity", false))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void plain_text_has_no_trailing_zeros_and_no_exponent() {
        assertThat(Quantities.plain(new BigDecimal("40.000")).toString()).isEqualTo("40");
        assertThat(Quantities.plain(new BigDecimal("400.000")).toString()).isEqualTo("400");
        assertThat(Quantities.plain(new BigDecimal("2.500")).toString()).isEqualTo("2.5");
    }
}
