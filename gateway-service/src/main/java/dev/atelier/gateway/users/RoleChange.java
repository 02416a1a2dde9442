package dev.atelier.gateway.users;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

public record RoleChange(@NotBlank @Pattern(regexp = DesignerRole.PATTERN, message = DesignerRole.MESSAGE) String role) {
}
