package dev.atelier.gateway.users;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A designer account to create. The initial password is temporary: Keycloak makes the user
 * choose a new one at the first login.
 */
public record NewUser(
        @NotBlank @Size(max = 255) @Pattern(regexp = "[A-Za-z0-9._@-]*", message = "may only contain letters, digits and . _ @ -") String username,
        @NotBlank @Email @Size(max = 255) String email,
        @NotBlank @Size(max = 255) String firstName,
        @NotBlank @Size(max = 255) String lastName,
        @NotBlank @Pattern(regexp = DesignerRole.PATTERN, message = DesignerRole.MESSAGE) String role,
        @NotBlank @Size(min = 8, max = 128) String initialPassword) {

    /** Never log the password, even by accident. */
    @Override
    public String toString() {
        return "NewUser[username=" + username + ", role=" + role + "]";
    }

}
