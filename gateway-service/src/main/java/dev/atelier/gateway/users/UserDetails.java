package dev.atelier.gateway.users;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The whole of what PUT replaces: names, e-mail and whether the account may log in. */
public record UserDetails(@NotBlank @Email @Size(max = 255) String email, @NotBlank @Size(max = 255) String firstName,
        @NotBlank @Size(max = 255) String lastName, @NotNull Boolean enabled) {

    UserChanges asChanges() {
        return new UserChanges(email, firstName, lastName, enabled);
    }

}
