package dev.atelier.gateway.users;

import dev.atelier.platform.security.Roles;
import java.util.Collection;
import java.util.Optional;

/**
 * The realm roles the users API shows and assigns. Keycloak's own roles (default roles,
 * offline access, realm-management) stay out of sight.
 */
final class DesignerRole {

    /** For {@code @Pattern}: exactly one of our two roles. */
    static final String PATTERN = Roles.LEAD_DESIGNER + "|" + Roles.JUNIOR_DESIGNER;

    static final String MESSAGE = "must be " + Roles.LEAD_DESIGNER + " or " + Roles.JUNIOR_DESIGNER;

    private DesignerRole() {
    }

    static boolean isDesignerRole(String name) {
        return Roles.LEAD_DESIGNER.equals(name) || Roles.JUNIOR_DESIGNER.equals(name);
    }

    /** The designer role among a user's realm roles; lead wins should someone have given both. */
    static Optional<String> of(Collection<String> realmRoles) {
        if (realmRoles.contains(Roles.LEAD_DESIGNER)) {
            return Optional.of(Roles.LEAD_DESIGNER);
        }
        return realmRoles.contains(Roles.JUNIOR_DESIGNER) ? Optional.of(Roles.JUNIOR_DESIGNER) : Optional.empty();
    }

}
