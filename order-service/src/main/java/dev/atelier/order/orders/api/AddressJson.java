package dev.atelier.order.orders.api;

import dev.atelier.order.orders.domain.DeliveryAddress;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A delivery address, the same shape as a customer's. */
@Schema(name = "DeliveryAddress")
public record AddressJson(
        @NotBlank @Size(max = 200) String street,
        @NotBlank @Size(max = 100) String city,
        @Size(max = 20) @Nullable String postalCode,
        @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO-3166 alpha-2 country code such as NG") String country) {

    DeliveryAddress toDomain() {
        return new DeliveryAddress(street.trim(), city.trim(), postalCode == null || postalCode.isBlank() ? null
                : postalCode.trim(), country);
    }

    static AddressJson of(DeliveryAddress address) {
        return address == null ? null
                : new AddressJson(address.street(), address.city(), address.postalCode(), address.country());
    }
}
