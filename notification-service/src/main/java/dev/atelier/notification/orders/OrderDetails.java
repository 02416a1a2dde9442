package dev.atelier.notification.orders;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What a message says about the order, read from order-service when it is sent. */
public record OrderDetails(UUID id, UUID customerId, String status, LocalDate deliveryDate, String deliveryMethod,
        @Nullable Address deliveryAddress, @Nullable List<Item> items, @Nullable Money balanceDue) {

    /** An amount as order-service writes it; absent for readers who may not see money. */
    public record Money(BigDecimal amount, String currency) {
    }

    /** Whether the order shows a balance left to pay. */
    public boolean owesBalance() {
        return balanceDue != null && balanceDue.amount() != null && balanceDue.amount().signum() > 0;
    }

    public record Address(String street, String city, @Nullable String postalCode, String country) {
    }

    public record Item(@Nullable String description, @Nullable String size) {
    }

    public boolean isDelivered() {
        return "DELIVERY".equals(deliveryMethod);
    }

    /** The short reference a customer can quote: the id's first eight characters, upper case. */
    public String reference() {
        return id.toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }
}
