package dev.atelier.drills.auth;

/**
 * The documented answer for an identity on an endpoint whose valid request succeeds with {@code success}.
 * A token that is sent is always checked, on public paths too (RFC 6750: an invalid token is 401 even
 * where none is needed); no token is 401 except on public paths; a designer without the role is 403.
 */
public final class AccessRules {

    public static final int UNAUTHENTICATED = 401;
    public static final int FORBIDDEN = 403;

    private AccessRules() {}

    public static int expected(Access access, Identity who, int success) {
        if (who.isBadToken()) {
            return UNAUTHENTICATED;
        }
        return switch (who) {
            case NO_TOKEN -> access == Access.PUBLIC ? success : UNAUTHENTICATED;
            case JUNIOR -> access == Access.LEAD_ONLY ? FORBIDDEN : success;
            case LEAD -> success;
            default -> throw new IllegalArgumentException(who.name());
        };
    }
}
