package dev.atelier.platform.openapi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The JSON Merge Patch (RFC 7396) body of a PATCH operation, which the controller reads as a
 * {@code JsonNode}: the document shows {@link #value()} under {@code application/merge-patch+json}
 * instead. Its components are the fields a client may send; all of them are optional.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface MergePatchBody {

    Class<?> value();

}
