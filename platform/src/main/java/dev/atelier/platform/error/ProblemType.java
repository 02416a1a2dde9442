package dev.atelier.platform.error;

import java.net.URI;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * The kinds of problem every Atelier service answers with. Clients switch on {@link #uri()},
 * so the URIs are part of the API and never change.
 */
public enum ProblemType {

    VALIDATION("validation", "Validation failed", HttpStatus.BAD_REQUEST),
    MALFORMED_REQUEST("malformed-request", "Malformed request", HttpStatus.BAD_REQUEST),
    UNAUTHENTICATED("unauthenticated", "Authentication required", HttpStatus.UNAUTHORIZED),
    FORBIDDEN("forbidden", "Access denied", HttpStatus.FORBIDDEN),
    NOT_FOUND("not-found", "Resource not found", HttpStatus.NOT_FOUND),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", HttpStatus.METHOD_NOT_ALLOWED),
    NOT_ACCEPTABLE("not-acceptable", "Not acceptable", HttpStatus.NOT_ACCEPTABLE),
    CONFLICT("conflict", "Conflict", HttpStatus.CONFLICT),
    PAYLOAD_TOO_LARGE("payload-too-large", "Payload too large", HttpStatus.CONTENT_TOO_LARGE),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type", HttpStatus.UNSUPPORTED_MEDIA_TYPE),
    TOO_MANY_REQUESTS("too-many-requests", "Too many requests", HttpStatus.TOO_MANY_REQUESTS),
    INTERNAL("internal", "Internal error", HttpStatus.INTERNAL_SERVER_ERROR),
    BAD_GATEWAY("bad-gateway", "Bad gateway", HttpStatus.BAD_GATEWAY),
    SERVICE_UNAVAILABLE("service-unavailable", "Service unavailable", HttpStatus.SERVICE_UNAVAILABLE);

    public static final String BASE_URI = "https://atelier.dev/problems/";

    private final URI uri;

    private final String title;

    private final HttpStatus status;

    ProblemType(String slug, String title, HttpStatus status) {
        this.uri = URI.create(BASE_URI + slug);
        this.title = title;
        this.status = status;
    }

    public URI uri() {
        return this.uri;
    }

    public String title() {
        return this.title;
    }

    public HttpStatus status() {
        return this.status;
    }

    /** A new problem of this type; callers add properties as they need. */
    public ProblemDetail problem(@Nullable String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(this.status, detail);
        problem.setType(this.uri);
        problem.setTitle(this.title);
        return problem;
    }

    /**
     * The type Spring's own exceptions get, which only know their status. {@code null} for a
     * status with no Atelier type: those keep RFC 9457's {@code about:blank}.
     */
    public static @Nullable ProblemType forStatus(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> MALFORMED_REQUEST;
            case 401 -> UNAUTHENTICATED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONFLICT;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 429 -> TOO_MANY_REQUESTS;
            case 500 -> INTERNAL;
            case 502 -> BAD_GATEWAY;
            case 503 -> SERVICE_UNAVAILABLE;
            default -> null;
        };
    }

    /** Whether this problem carries one of our stable types, i.e. was written for clients. */
    static boolean isAtelierType(@Nullable URI type) {
        return type != null && type.toString().startsWith(BASE_URI);
    }

}
