package dev.atelier.platform.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.jspecify.annotations.Nullable;

/**
 * The years a date or time sent by a client may lie in. Java reads years up to ±999,999,999 but
 * PostgreSQL's {@code date}/{@code timestamptz} do not (a far year was a 500, or was stored as another
 * date), and no tailor's order lies outside 1900–2200, so anything outside is refused before it is used.
 */
public final class DateBounds {

    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2200;
    public static final String MESSAGE = "must lie between the years " + MIN_YEAR + " and " + MAX_YEAR;

    private DateBounds() {
    }

    /** Whether the value (a date or time type the API reads) lies in the bounds; null is in. */
    public static boolean contains(@Nullable Object value) {
        return switch (value) {
            case null -> true;
            case LocalDate date -> inYears(date.getYear());
            case LocalDateTime dateTime -> inYears(dateTime.getYear());
            case OffsetDateTime dateTime -> inYears(dateTime.withOffsetSameInstant(ZoneOffset.UTC).getYear());
            case ZonedDateTime dateTime -> inYears(dateTime.withZoneSameInstant(ZoneOffset.UTC).getYear());
            case Instant instant -> inYears(instant.atOffset(ZoneOffset.UTC).getYear());
            default -> true;
        };
    }

    /** The value itself, or a {@link DateOutOfBoundsException} naming {@code field}. */
    public static <T> T check(T value, String field) {
        if (!contains(value)) {
            throw new DateOutOfBoundsException(field);
        }
        return value;
    }

    private static boolean inYears(int year) {
        return year >= MIN_YEAR && year <= MAX_YEAR;
    }
}
