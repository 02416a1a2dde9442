package dev.atelier.drills.auth;

/** Who calls, as the auth drill's columns, in the order the drill runs them (the expired token last: it must age first). */
public enum Identity {
    NO_TOKEN("no token"),
    WRONG_ISSUER("wrong issuer"),
    ALTERED_SIGNATURE("altered signature"),
    FORGED_ROLE("forged role"),
    JUNIOR("junior"),
    LEAD("lead"),
    EXPIRED("expired");

    private final String label;

    Identity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Sends a token that must not be accepted anywhere. */
    public boolean isBadToken() {
        return this == WRONG_ISSUER || this == ALTERED_SIGNATURE || this == FORGED_ROLE || this == EXPIRED;
    }
}
