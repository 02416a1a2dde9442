package dev.atelier.platform.error;

import dev.atelier.platform.time.DateBounds;
import dev.atelier.platform.time.DateOutOfBoundsException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.MethodValidationException;
import org.springframework.validation.method.MethodValidationResult;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.reactive.resource.NoResourceFoundException;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.server.MissingRequestValueException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.util.DisconnectedClientHelper;
import reactor.core.publisher.Mono;

/**
 * Turns every exception into an RFC 9457 problem with a stable Atelier {@code type}. Spring's
 * {@link ResponseEntityExceptionHandler} maps its own web exceptions to statuses; this class
 * adds the types, the {@code errors} list, the request path as {@code instance}, the cases
 * Spring does not know (optimistic locking, security, bean validation outside controllers) and
 * the last resort 500 that hides everything but a trace id.
 * <p>
 * It is also the mapping {@link ProblemErrorWebExceptionHandler} uses for errors that never
 * reach a controller, so both paths answer alike. Ordered last: a service's own advice wins.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);

    private final TraceIdResolver traceIds;

    public ProblemExceptionHandler(TraceIdResolver traceIds) {
        this.traceIds = traceIds;
    }

    /** Whatever {@link ResponseEntityExceptionHandler#handleException} does not declare. */
    @ExceptionHandler(Exception.class)
    public Mono<ResponseEntity<Object>> handleOtherException(Exception ex, ServerWebExchange exchange) {
        return resolve(ex, exchange);
    }

    /** The problem response for any failure, in or outside a controller; domain refusals included. */
    public Mono<ResponseEntity<Object>> resolve(Throwable thrown, ServerWebExchange exchange) {
        if (DisconnectedClientHelper.isClientDisconnectedException(thrown)) {
            // the client hung up (a load generator's end, a closed tab): nobody to answer, not a server
            // error; ProblemErrorWebExceptionHandler records it
            return Mono.error(thrown);
        }
        Throwable failure = DomainRefusals.asProblem(thrown);
        return switch (failure) {
            case ErrorResponseException ex -> handleException(ex, exchange);
            case MethodValidationException ex -> handleException(ex, exchange);
            case ErrorResponse response when failure instanceof Exception ex ->
                handleExceptionInternal(ex, null, response.getHeaders(), response.getStatusCode(), exchange);
            case ConstraintViolationException ex ->
                respond(validationProblem(violations(ex)), HttpHeaders.EMPTY, exchange);
            case OptimisticLockingFailureException ex -> respond(ProblemType.CONFLICT.problem(
                    "Someone else changed this resource meanwhile; reload it and try again."), HttpHeaders.EMPTY, exchange);
            case DataBufferLimitException ex -> respond(payloadTooLarge(), HttpHeaders.EMPTY, exchange);
            case AccessDeniedException ex -> respond(forbidden(), HttpHeaders.EMPTY, exchange);
            case AuthenticationException ex -> respond(unauthenticated(null), bearerChallenge(), exchange);
            default -> respond(internalProblem(failure, HttpStatusCode.valueOf(500), exchange), HttpHeaders.EMPTY, exchange);
        };
    }

    /** The one funnel every Spring-mapped exception passes: complete its problem here. */
    @Override
    protected Mono<ResponseEntity<Object>> handleExceptionInternal(Exception ex, @Nullable Object body,
            @Nullable HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
        return super.handleExceptionInternal(ex, body, headers, status, exchange).map(entity -> {
            if (!(entity.getBody() instanceof ProblemDetail problem)) {
                return entity;
            }
            ProblemDetail completed = complete(ex, problem, exchange);
            completed.setInstance(requestPath(exchange));
            return new ResponseEntity<>(completed, asProblem(entity.getHeaders()), HttpStatusCode.valueOf(completed.getStatus()));
        });
    }

    private ProblemDetail complete(Exception ex, ProblemDetail problem, ServerWebExchange exchange) {
        HttpStatusCode status = HttpStatusCode.valueOf(problem.getStatus());
        if (status.is5xxServerError() && !ProblemType.isAtelierType(problem.getType())) {
            // Spring's 5xx details may quote handler signatures or internal messages.
            return internalProblem(ex, status, exchange);
        }
        if (ProblemType.isAtelierType(problem.getType())) {
            return problem;
        }
        return switch (ex) {
            case WebExchangeBindException bind -> validationProblem(fieldErrors(bind));
            case MethodValidationResult validation -> validationProblem(parameterErrors(validation));
            case MissingRequestValueException missing ->
                validationProblem(List.of(new FieldProblem(missing.getName(), "is required")));
            case ServerWebInputException input -> inputProblem(input);
            case NoResourceFoundException notFound -> typed(problem, ProblemType.NOT_FOUND,
                    "Nothing is served at " + exchange.getRequest().getPath().value() + ".");
            default -> typed(problem, ProblemType.forStatus(status), defaultDetail(status, problem.getDetail()));
        };
    }

    private static ProblemDetail inputProblem(ServerWebInputException input) {
        // Spring's reason for an absent body; its cause is a DecodingException naming the handler.
        if ("No request body".equals(input.getReason())) {
            return ProblemType.MALFORMED_REQUEST.problem("This request needs a body.");
        }
        if (input.getCause() instanceof DecodingException decoding) {
            BodyReadFailure failure = BodyReadFailure.of(decoding);
            ProblemDetail problem = ProblemType.MALFORMED_REQUEST.problem(failure.detail());
            if (failure.error() != null) {
                problem.setProperty("errors", List.of(failure.error()));
            }
            return problem;
        }
        if (input.getCause() instanceof TypeMismatchException mismatch) {
            String name = ParameterNames.of(input.getMethodParameter(), mismatch.getPropertyName());
            String message = NestedExceptionUtils.getMostSpecificCause(mismatch) instanceof DateOutOfBoundsException
                    ? DateBounds.MESSAGE
                    : (mismatch.getRequiredType() != null)
                    ? "must be " + BodyReadFailure.expected(mismatch.getRequiredType()) : "has an invalid value";
            ProblemDetail problem = ProblemType.MALFORMED_REQUEST.problem("The value of " + name + " " + message + ".");
            problem.setProperty("errors", List.of(new FieldProblem(name, message)));
            return problem;
        }
        return ProblemType.MALFORMED_REQUEST.problem("The request could not be read.");
    }

    private static ProblemDetail typed(ProblemDetail problem, @Nullable ProblemType type, @Nullable String detail) {
        if (type != null) {
            problem.setType(type.uri());
            problem.setTitle(type.title());
        }
        problem.setDetail(detail);
        return problem;
    }

    private static @Nullable String defaultDetail(HttpStatusCode status, @Nullable String detail) {
        if (status.value() == 413 && detail == null) {
            return payloadTooLarge().getDetail();
        }
        return detail;
    }

    private ProblemDetail internalProblem(Throwable failure, HttpStatusCode status, ServerWebExchange exchange) {
        String traceId = this.traceIds.traceId(exchange);
        log.error("Unexpected error on {} {} [traceId={}]", exchange.getRequest().getMethod(),
                exchange.getRequest().getPath().value(), traceId, failure);
        ProblemType type = ProblemType.forStatus(status);
        ProblemDetail problem = (type != null) ? type.problem(null) : ProblemDetail.forStatus(status);
        problem.setDetail("The service could not handle this request. Quote the trace id when reporting it.");
        problem.setProperty("traceId", traceId);
        return problem;
    }

    private Mono<ResponseEntity<Object>> respond(ProblemDetail problem, HttpHeaders headers, ServerWebExchange exchange) {
        problem.setInstance(requestPath(exchange));
        return Mono.just(new ResponseEntity<>(problem, asProblem(headers), HttpStatusCode.valueOf(problem.getStatus())));
    }

    /**
     * A problem is always {@code application/problem+json}, whatever the request accepts: negotiated, a refusal
     * of {@code GET /api/updates} (which accepts {@code text/event-stream}) would be written as a stream.
     */
    private static HttpHeaders asProblem(HttpHeaders headers) {
        HttpHeaders problemHeaders = new HttpHeaders();
        problemHeaders.addAll(headers);
        problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return problemHeaders;
    }

    static ProblemDetail validationProblem(List<FieldProblem> errors) {
        return ValidationFailedException.problem(errors);
    }

    static ProblemDetail payloadTooLarge() {
        return ProblemType.PAYLOAD_TOO_LARGE.problem("The request body is larger than this endpoint accepts.");
    }

    static ProblemDetail forbidden() {
        return ProblemType.FORBIDDEN.problem("Your role does not allow this request.");
    }

    static ProblemDetail unauthenticated(@Nullable String detail) {
        return ProblemType.UNAUTHENTICATED.problem(
                (detail != null) ? detail : "This request needs a valid bearer token.");
    }

    private static HttpHeaders bearerChallenge() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        return headers;
    }

    private static URI requestPath(ServerWebExchange exchange) {
        return URI.create(exchange.getRequest().getPath().value());
    }

    private static List<FieldProblem> fieldErrors(Errors result) {
        List<FieldProblem> errors = new ArrayList<>();
        for (FieldError error : result.getFieldErrors()) {
            errors.add(new FieldProblem(error.getField(), message(error)));
        }
        result.getGlobalErrors().forEach(error -> errors.add(new FieldProblem(null, message(error))));
        return errors;
    }

    private static List<FieldProblem> parameterErrors(MethodValidationResult validation) {
        List<FieldProblem> errors = new ArrayList<>();
        for (ParameterValidationResult result : validation.getParameterValidationResults()) {
            if (result instanceof ParameterErrors bean) {
                // A validated body: its fields are what the client sent.
                errors.addAll(fieldErrors(bean));
                continue;
            }
            String name = ParameterNames.of(result.getMethodParameter(), null);
            if (result.getContainerIndex() != null) {
                name += "[" + result.getContainerIndex() + "]";
            }
            else if (result.getContainerKey() != null) {
                name += "." + result.getContainerKey();
            }
            for (MessageSourceResolvable error : result.getResolvableErrors()) {
                errors.add(new FieldProblem(name, message(error)));
            }
        }
        validation.getCrossParameterValidationResults()
            .forEach(error -> errors.add(new FieldProblem(null, message(error))));
        return errors;
    }

    private static List<FieldProblem> violations(ConstraintViolationException ex) {
        List<FieldProblem> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : ex.getConstraintViolations()) {
            errors.add(new FieldProblem(fieldPath(violation.getPropertyPath()), violation.getMessage()));
        }
        return errors;
    }

    /** {@code create.request.price.amount} from a validated service method becomes {@code price.amount}. */
    private static @Nullable String fieldPath(Path path) {
        StringBuilder properties = new StringBuilder();
        String parameter = null;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            }
            else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                if (!properties.isEmpty()) {
                    properties.append('.');
                }
                properties.append(node.getName());
                if (node.getIndex() != null) {
                    properties.append('[').append(node.getIndex()).append(']');
                }
            }
        }
        return !properties.isEmpty() ? properties.toString() : parameter;
    }

    private static String message(MessageSourceResolvable error) {
        return (error.getDefaultMessage() != null) ? error.getDefaultMessage() : "is invalid";
    }

}
