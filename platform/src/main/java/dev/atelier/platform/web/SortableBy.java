package dev.atelier.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The fields a list endpoint may be sorted by, on its {@link PageQuery} parameter:
 * {@code list(@SortableBy(value = {"name", "createdAt"}, defaultSort = "createdAt,desc") PageQuery page)}.
 * Without it the list cannot be sorted by the client.
 */
@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface SortableBy {

    /** Property names, as in the JSON the list returns. */
    String[] value();

    /** Order when the client gives none, in the {@code sort} parameter's own syntax. */
    String[] defaultSort() default {};

}
