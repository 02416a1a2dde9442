package dev.atelier.platform.security;

/**
 * Keycloak realm roles, spelled as Keycloak spells them; Spring sees them as
 * {@code ROLE_lead_designer} and {@code ROLE_junior_designer}. The expressions are compile-time
 * constants for {@code @PreAuthorize(Roles.LEAD_DESIGNER_ONLY)}.
 */
public final class Roles {

    public static final String LEAD_DESIGNER = "lead_designer";

    public static final String JUNIOR_DESIGNER = "junior_designer";

    /**
     * notification-service's own account (Keycloak client {@code atelier-notifier}): reads customers'
     * contacts and orders to write to customers, and nothing else.
     */
    public static final String NOTIFIER = "notifier";

    /** Prefix Spring Security's {@code hasRole} expects on an authority. */
    public static final String AUTHORITY_PREFIX = "ROLE_";

    public static final String LEAD_DESIGNER_ONLY = "hasRole('" + LEAD_DESIGNER + "')";

    public static final String ANY_DESIGNER = "hasAnyRole('" + LEAD_DESIGNER + "', '" + JUNIOR_DESIGNER + "')";

    /** The reads notification-service makes when it writes to a customer: designers and the notifier. */
    public static final String ANY_DESIGNER_OR_NOTIFIER = "hasAnyRole('" + LEAD_DESIGNER + "', '" + JUNIOR_DESIGNER + "', '"
            + NOTIFIER + "')";

    private Roles() {
    }

}
