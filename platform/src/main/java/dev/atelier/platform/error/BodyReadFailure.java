package dev.atelier.platform.error;

import dev.atelier.platform.time.DateBounds;
import dev.atelier.platform.time.DateOutOfBoundsException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Why a JSON request body could not be read, said in the client's terms: the JSON path of the
 * offending value and what was expected there. Jackson's own messages name Java classes and
 * constructors, so they never reach the client.
 */
record BodyReadFailure(String detail, @Nullable FieldProblem error) {

    private static final String UNREADABLE = "The request body could not be read.";

    static BodyReadFailure of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException jackson) {
                return describe(jackson);
            }
        }
        return new BodyReadFailure(UNREADABLE, null);
    }

    private static BodyReadFailure describe(JacksonException ex) {
        String path = jsonPath(ex);
        String message = switch (ex) {
            case UnrecognizedPropertyException unknown -> "is not a known field";
            case DatabindException bounded when bounded.getCause() instanceof DateOutOfBoundsException -> DateBounds.MESSAGE;
            case InvalidNullException nulled -> "must not be null";
            case MismatchedInputException mismatch when mismatch.getTargetType() != null ->
                "must be " + expected(mismatch.getTargetType());
            case InputCoercionException coercion when coercion.getTargetType() != null ->
                "is out of range for " + expected(coercion.getTargetType());
            case StreamReadException syntax -> null;
            default -> "has an invalid value";
        };
        if (message == null || path.isEmpty()) {
            return new BodyReadFailure(syntaxDetail(ex), null);
        }
        return new BodyReadFailure("The value of " + path + " " + message + ".", new FieldProblem(path, message));
    }

    private static String syntaxDetail(JacksonException ex) {
        TokenStreamLocation location = ex.getLocation();
        if (!(ex instanceof StreamReadException) || location == null || location.getLineNr() < 1) {
            return "The request body is not the JSON this endpoint expects.";
        }
        return "The request body is not valid JSON (line " + location.getLineNr() + ", column "
                + location.getColumnNr() + ").";
    }

    /** {@code items[0].price.amount}, from Jackson's reference chain. */
    static String jsonPath(JacksonException ex) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : ex.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            }
            else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** What a value of this Java type looks like in JSON, without naming the type. */
    static String expected(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants())
                .map(constant -> ((Enum<?>) constant).name())
                .collect(Collectors.joining(", "));
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == int.class || type == long.class || type == short.class || type == byte.class
                || type == Integer.class || type == Long.class || type == Short.class || type == Byte.class
                || type == BigInteger.class) {
            return "an integer";
        }
        if (type == double.class || type == float.class || type == BigDecimal.class
                || Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        if (type == UUID.class) {
            return "a UUID";
        }
        if (type == LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        if (type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class
                || type == LocalDateTime.class) {
            return "an ISO-8601 date-time";
        }
        if (type == LocalTime.class) {
            return "a time (HH:MM[:SS])";
        }
        if (CharSequence.class.isAssignableFrom(type) || type == char.class || type == Character.class) {
            return "a string";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object";
    }

}
