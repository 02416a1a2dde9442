package dev.atelier.order.orders.domain;

import dev.atelier.platform.domain.InvalidValueException;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** When and how the order reaches the customer: picked up, or delivered to an address. */
public record Delivery(LocalDate date, DeliveryMethod method, @Nullable DeliveryAddress address) {

    /**
     * The delivery rules, for a new order and for a revised one alike: the date may not lie before
     * the day the order was made, and DELIVERY needs an address.
     *
     * @throws InvalidValueException naming {@code deliveryDate} or {@code deliveryAddress}
     */
    void checkAgainst(LocalDate orderDate) {
        if (date.isBefore(orderDate)) {
            throw new InvalidValueException("deliveryDate", "must not be before the order date " + orderDate);
        }
        if (method == DeliveryMethod.DELIVERY && address == null) {
            throw new InvalidValueException("deliveryAddress", "is required when deliveryMethod is DELIVERY");
        }
    }

    /** The JSON field of the first part that {@code wanted} changes, or null when it changes nothing. */
    @Nullable String firstChangeTo(Delivery wanted) {
        if (!date.equals(wanted.date())) {
            return "deliveryDate";
        }
        if (method != wanted.method()) {
            return "deliveryMethod";
        }
        return Objects.equals(address, wanted.address()) ? null : "deliveryAddress";
    }
}
