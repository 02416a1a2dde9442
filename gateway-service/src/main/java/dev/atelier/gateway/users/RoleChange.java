package dev.atelier.gateway.users;

import dev.atelier.platform.security.Roles;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

public record RoleChange(@Schema(allowableValues = { Roles.LEAD_DESIGNER, Roles.JUNIOR_DESIGNER }) @NotBlank @Pattern(regexp = DesignerRole.PATTERN, message = DesignerRole.MESSAGE) String role) {
}
