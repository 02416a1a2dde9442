package dev.atelier.platform.openapi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An error an operation can really return beyond the ones every operation declares (400, 401,
 * 403, and 404 on paths with an id): {@code @ProblemResponse(status = 409, description = "...")}.
 * Declared with the shared {@code Problem} schema under {@code application/problem+json}.
 */
@Documented
@Repeatable(ProblemResponses.class)
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface ProblemResponse {

    int status();

    String description();

}
