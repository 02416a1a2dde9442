package dev.atelier.platform.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.springframework.core.convert.converter.Converter;
import org.springframework.format.FormatterRegistry;

/**
 * Query and path parameters of date types, read as ISO-8601 and checked against {@link DateBounds}.
 * Registered after Spring's own, so they win; a failure is Spring's type mismatch, which the problem
 * handler answers as a 400 naming the parameter (with {@link DateBounds#MESSAGE} when only the year is
 * wrong).
 */
final class BoundedDateConverters {

    private BoundedDateConverters() {
    }

    static void register(FormatterRegistry registry) {
        registry.addConverter(String.class, LocalDate.class, bounded(LocalDate::parse));
        registry.addConverter(String.class, OffsetDateTime.class, bounded(OffsetDateTime::parse));
        registry.addConverter(String.class, Instant.class, bounded(BoundedDateConverters::instant));
    }

    /** {@code 2026-03-01T10:00:00Z}, or with an offset ({@code +01:00}) as Spring's own reading allows. */
    private static Instant instant(String text) {
        try {
            return Instant.parse(text);
        }
        catch (DateTimeParseException notUtc) {
            return OffsetDateTime.parse(text).toInstant();
        }
    }

    private static <T> Converter<String, T> bounded(Converter<String, T> parse) {
        return text -> {
            String trimmed = text.trim();
            if (trimmed.isEmpty()) {
                return null;
            }
            T value = parse.convert(trimmed);
            return DateBounds.check(value, "");
        };
    }
}
