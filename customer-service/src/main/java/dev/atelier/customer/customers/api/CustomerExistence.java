package dev.atelier.customer.customers.api;

import java.util.UUID;

/**
 * The answer of {@code GET /api/customers/{id}/exists}: always 200, so that a caller never
 * mistakes a missing route for a missing customer.
 */
public record CustomerExistence(UUID id, boolean exists, boolean archived) {
}
