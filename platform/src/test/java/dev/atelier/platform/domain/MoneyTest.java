package dev.atelier.platform.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void keeps_exactly_the_currencys_decimals() {
        assertThat(Money.of(new BigDecimal("12.5"), "eur", "price")).isEqualTo(new Money(new BigDecimal("12.50"), "EUR"));
        assertThat(Money.of(new BigDecimal("1500"), "JPY", "price").amount()).isEqualTo(new BigDecimal("1500"));
        assertThat(Money.of(new BigDecimal("1.125"), "KWD", "price").amount()).isEqualTo(new BigDecimal("1.125"));
        assertThat(Money.of(new BigDecimal("12.500"), "EUR", "price").amount()).isEqualTo(new BigDecimal("12.50"));
    }

    @Test
    void refuses_more_decimals_than_the_currency_has() {
        assertThatThrownBy(() -> Money.of(new BigDecimal("12.505"), "EUR", "price"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("2 decimals")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("price.amount");
        assertThatThrownBy(() -> Money.of(new BigDecimal("1.5"), "JPY", "price")).hasMessageContaining("0 decimals");
    }

    @Test
    void refuses_unknown_or_non_money_currencies_and_negative_amounts() {
        assertThatThrownBy(() -> Money.of(BigDecimal.ONE, "ZZZ", "price"))
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("price.currency");
        assertThatThrownBy(() -> Money.of(BigDecimal.ONE, "EURO", "price")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Money.of(BigDecimal.ONE, "XAU", "price")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Money.of(new BigDecimal("-1"), "EUR", "price"))
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("price.amount");
        assertThatThrownBy(() -> Money.of(new BigDecimal("1e12"), "EUR", "price")).isInstanceOf(InvalidValueException.class);
    }
}
