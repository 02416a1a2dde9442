package dev.atelier.media.orders;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.UUID;

/** The two fields of order-service's order this service needs; the rest of the order is not read. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrderReference(UUID id, UUID customerId) {
}
