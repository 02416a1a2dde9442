package dev.atelier.drills.auth;

/** Who an endpoint lets in, as documented (README's API overview, docs/gateway.md, docs/services). */
public enum Access {
    /** No token needed ({@code /api/auth/login}, {@code /api/auth/refresh}, the health probe). */
    PUBLIC,
    /** Any valid token of the realm, whatever its roles ({@code /api/auth/logout}). */
    AUTHENTICATED,
    /** lead_designer and junior_designer. */
    ANY_DESIGNER,
    /** lead_designer only: junior_designer gets 403. */
    LEAD_ONLY
}
