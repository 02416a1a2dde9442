package dev.atelier.platform.domain;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/**
 * An amount in an ISO-4217 currency, with at most the currency's decimals (2 for EUR, 0 for
 * JPY, 3 for KWD). The amount keeps exactly the currency's scale, so {@code 450 EUR} reads back
 * as {@code 450.00}.
 */
public record Money(BigDecimal amount, String currency) {

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
    }

    /** Checks and normalises a non-negative amount from outside; {@code field} prefixes the error paths. */
    public static Money of(BigDecimal amount, String currencyCode, String field) {
        if (currencyCode == null || currencyCode.isBlank()) {
            throw new InvalidValueException(field + ".currency", "must not be blank");
        }
        Currency currency = currency(currencyCode.trim(), field);
        if (amount == null) {
            throw new InvalidValueException(field + ".amount", "must not be null");
        }
        if (amount.signum() < 0) {
            throw new InvalidValueException(field + ".amount", "must not be negative");
        }
        int decimals = currency.getDefaultFractionDigits();
        BigDecimal stripped = amount.stripTrailingZeros();
        if (stripped.scale() > decimals) {
            throw new InvalidValueException(field + ".amount",
                    "has more than " + decimals + " decimals, the most " + currency.getCurrencyCode() + " allows");
        }
        if (stripped.precision() - stripped.scale() > 12) {
            throw new InvalidValueException(field + ".amount", "must be below 10^12");
        }
        return new Money(amount.setScale(decimals), currency.getCurrencyCode());
    }

    /** An amount read back from storage, at the currency's scale. */
    public static Money stored(BigDecimal amount, String currency) {
        String code = currency.trim();
        return new Money(amount.setScale(Currency.getInstance(code).getDefaultFractionDigits()), code);
    }

    public Money minus(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot subtract " + other.currency + " from " + currency);
        }
        return new Money(amount.subtract(other.amount), currency);
    }

    public static Money zero(String currency) {
        return stored(BigDecimal.ZERO, currency);
    }

    private static Currency currency(String code, String field) {
        if (!code.matches("[A-Za-z]{3}")) {
            throw new InvalidValueException(field + ".currency", "must be an ISO-4217 code such as EUR");
        }
        try {
            Currency currency = Currency.getInstance(code.toUpperCase(Locale.ROOT));
            if (currency.getDefaultFractionDigits() < 0) {
                // XAU, XDR and the like are not money a shop prices in or is paid in.
                throw new InvalidValueException(field + ".currency", code + " is not a currency for prices");
            }
            return currency;
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(field + ".currency", "'" + code + "' is not an ISO-4217 currency code");
        }
    }
}
