package dev.atelier.platform.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a problem's {@code errors} list: which input is wrong and why. {@code field} is
 * the JSON path of a body value ({@code price.amount}, {@code items[0].quantity}) or the name
 * of a query parameter; it is absent when the rule concerns the whole object.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldProblem(@Nullable String field, String message) {
}
