package dev.atelier.gateway.users;

import dev.atelier.platform.error.ConflictException;
import dev.atelier.platform.error.FieldProblem;
import dev.atelier.platform.error.NotFoundException;
import dev.atelier.platform.error.ProblemType;
import dev.atelier.platform.error.ServiceUnavailableException;
import dev.atelier.platform.error.ValidationFailedException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.reactive.function.client.ClientResponse;
import reactor.core.publisher.Mono;

/**
 * Keycloak's refusals in our problem types: 404 unknown user, 409 user name or e-mail taken,
 * 400 a value Keycloak would not take (naming the field when Keycloak does), 401/403 the
 * caller's token or rights. Anything else is Keycloak's trouble: 503.
 */
final class KeycloakAdminErrors {

    private static final Logger log = LoggerFactory.getLogger(KeycloakAdminErrors.class);

    private static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT = new ParameterizedTypeReference<>() {
    };

    private KeycloakAdminErrors() {
    }

    static <T> Mono<T> fail(ClientResponse response, @Nullable UUID userId) {
        int status = response.statusCode().value();
        return response.bodyToMono(JSON_OBJECT)
            .onErrorResume(e -> Mono.empty())
            .defaultIfEmpty(Map.of())
            .flatMap(body -> Mono.error(problem(status, body, userId)));
    }

    static ErrorResponseException problem(int status, Map<String, Object> body, @Nullable UUID userId) {
        String message = message(body);
        return switch (status) {
            case 404 -> userId != null ? new NotFoundException("user", userId)
                    : new ErrorResponseException(HttpStatus.NOT_FOUND, ProblemType.NOT_FOUND.problem(message), null);
            case 409 -> conflict(message);
            case 400 -> new ValidationFailedException(fieldProblems(body, message));
            case 401 -> new ErrorResponseException(HttpStatus.UNAUTHORIZED,
                    ProblemType.UNAUTHENTICATED.problem("Keycloak did not accept your token; log in again."), null);
            case 403 -> new ErrorResponseException(HttpStatus.FORBIDDEN,
                    ProblemType.FORBIDDEN.problem("Keycloak does not allow your account to manage users."), null);
            default -> {
                log.warn("Keycloak admin API answered HTTP {}: {}", status, body);
                yield new ServiceUnavailableException("keycloak");
            }
        };
    }

    private static ConflictException conflict(String message) {
        String lower = message.toLowerCase(Locale.ROOT);
        if (lower.contains("email")) {
            return new ConflictException("Another user already has this e-mail address.", Map.of("field", "email"));
        }
        if (lower.contains("username")) {
            return new ConflictException("Another user already has this user name.", Map.of("field", "username"));
        }
        return new ConflictException(message.isBlank() ? "Keycloak refused the change as a conflict." : message);
    }

    /** Keycloak names the field of a user-profile error; a password-policy error names none. */
    @SuppressWarnings("unchecked")
    private static List<FieldProblem> fieldProblems(Map<String, Object> body, String message) {
        if (body.get("errors") instanceof List<?> errors && !errors.isEmpty()) {
            return errors.stream()
                .filter(Map.class::isInstance)
                .map(error -> fieldProblem((Map<String, Object>) error))
                .toList();
        }
        return List.of(fieldProblem(body));
    }

    private static FieldProblem fieldProblem(Map<String, Object> error) {
        String message = message(error);
        Object field = error.get("field");
        if (field == null && message.toLowerCase(Locale.ROOT).contains("password")) {
            field = "password";
        }
        return new FieldProblem(field != null ? field.toString() : null, message.isBlank() ? "is not accepted" : message);
    }

    private static String message(Map<String, Object> body) {
        for (String key : List.of("error_description", "errorMessage", "error")) {
            if (body.get(key) instanceof String text && !text.isBlank()) {
                return text;
            }
        }
        return "";
    }

}
