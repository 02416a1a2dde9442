package dev.atelier.gateway.users;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** What PATCH changes: only the fields given; {@code "enabled": false} disables the account. */
public record UserChanges(@Email @Size(max = 255) @Pattern(regexp = ".*\\S.*", message = "must not be blank") @Nullable String email,
        @Size(max = 255) @Pattern(regexp = ".*\\S.*", message = "must not be blank") @Nullable String firstName,
        @Size(max = 255) @Pattern(regexp = ".*\\S.*", message = "must not be blank") @Nullable String lastName,
        @Nullable Boolean enabled) {
}
