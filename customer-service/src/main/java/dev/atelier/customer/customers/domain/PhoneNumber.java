package dev.atelier.customer.customers.domain;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Phone numbers are stored in one shape so that search and duplicates work: an optional leading
 * {@code +} and 7 to 15 digits (E.164's limit), without spaces, dashes, dots or brackets. An
 * international {@code 00} prefix becomes {@code +}. Local numbers stay local: without the
 * customer's country we cannot know their country code.
 */
public final class PhoneNumber {

    public static final String RULE = "must be a phone number: an optional leading + and 7 to 15 digits";

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-.()/]");

    private static final Pattern NORMALISED = Pattern.compile("\\+?[0-9]{7,15}");

    private PhoneNumber() {
    }

    /** The normalised number, or empty when {@code raw} is not a phone number. */
    public static Optional<String> normalise(String raw) {
        if (raw == null || raw.length() > 40) {
            return Optional.empty();
        }
        String compact = SEPARATORS.matcher(raw.strip()).replaceAll("");
        if (compact.startsWith("00")) {
            compact = "+" + compact.substring(2);
        }
        return NORMALISED.matcher(compact).matches() ? Optional.of(compact) : Optional.empty();
    }

    /** What a search for {@code query} should look for among normalised numbers: its digits and +, or empty. */
    public static Optional<String> searchFragment(String query) {
        String compact = SEPARATORS.matcher(query.strip()).replaceAll("");
        return compact.matches("\\+?[0-9]+") ? Optional.of(compact) : Optional.empty();
    }

}
