package dev.atelier.order.customers;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

/** The part of customer-service's {@code GET /api/measurements/{id}} that an order copies. */
@JsonIgnoreProperties(ignoreUnknown = true)
record MeasurementAnswer(UUID id, UUID customerId, String type, String unit, Map<String, BigDecimal> values,
        String notes, long version) {
}
