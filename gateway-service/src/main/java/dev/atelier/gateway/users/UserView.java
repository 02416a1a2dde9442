package dev.atelier.gateway.users;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A designer account as the API shows it.
 *
 * @param role {@code lead_designer}, {@code junior_designer}, or {@code null} for an account
 * with neither (Keycloak's own roles are never shown)
 * @param mustChangePassword whether the next login asks for a new password
 */
public record UserView(UUID id, String username, @Nullable String email, @Nullable String firstName,
        @Nullable String lastName, boolean enabled, @Nullable String role, boolean mustChangePassword,
        @Nullable Instant createdAt) {
}
