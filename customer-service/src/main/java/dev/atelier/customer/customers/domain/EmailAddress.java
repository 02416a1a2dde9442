package dev.atelier.customer.customers.domain;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A pragmatic e-mail check: one {@code @}, no spaces, a dotted domain, at most 254 characters
 * (RFC 5321's path limit). Kept as typed apart from surrounding spaces; uniqueness ignores case.
 */
public final class EmailAddress {

    public static final int MAX_LENGTH = 254;

    public static final String RULE = "must be an e-mail address such as ada@example.com";

    private static final Pattern SHAPE = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

    private EmailAddress() {
    }

    public static Optional<String> normalise(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String trimmed = raw.strip();
        if (trimmed.length() > MAX_LENGTH || !SHAPE.matcher(trimmed).matches()) {
            return Optional.empty();
        }
        return Optional.of(trimmed);
    }

}
