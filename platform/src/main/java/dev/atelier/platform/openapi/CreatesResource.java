package dev.atelier.platform.openapi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The operation answers {@code 201 Created} with a {@code Location} header naming the new
 * resource (a controller returning {@code ResponseEntity.created(...)}, which springdoc cannot see).
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface CreatesResource {

    /** What the {@code Location} header names. */
    String location() default "The new resource.";

}
