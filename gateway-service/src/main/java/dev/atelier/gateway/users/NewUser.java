package dev.atelier.gateway.users;

import com.fasterxml.jackson.annotation.JsonAlias;
import dev.atelier.platform.security.Roles;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A designer account to create, in the shape of the binding contract ({@code "password"},
 * {@code "temporaryPassword"}). A temporary password (the default) makes Keycloak ask for a new
 * one at the first login. The former field name {@code initialPassword} is still read.
 */
public record NewUser(
        @NotBlank @Size(max = 255) @Pattern(regexp = "[A-Za-z0-9._@-]*", message = "may only contain letters, digits and . _ @ -") String username,
        @NotBlank @Email @Size(max = 255) String email,
        @NotBlank @Size(max = 255) String firstName,
        @NotBlank @Size(max = 255) String lastName,
        @Schema(allowableValues = { Roles.LEAD_DESIGNER, Roles.JUNIOR_DESIGNER }) @NotBlank @Pattern(regexp = DesignerRole.PATTERN, message = DesignerRole.MESSAGE) String role,
        @JsonAlias("initialPassword") @NotBlank @Size(min = 8, max = 128) String password,
        @Nullable Boolean temporaryPassword) {

    /** Unless told otherwise the password is temporary: Keycloak asks for a new one at the first login. */
    public boolean passwordIsTemporary() {
        return temporaryPassword == null || temporaryPassword;
    }

    /** Never log the password, even by accident. */
    @Override
    public String toString() {
        return "NewUser[username=" + username + ", role=" + role + "]";
    }

}
