package dev.atelier.order.customers;

import java.util.UUID;

/** customer-service's answer to {@code GET /api/customers/{id}/exists} (always 200). */
record CustomerExistence(UUID id, boolean exists, boolean archived) {
}
