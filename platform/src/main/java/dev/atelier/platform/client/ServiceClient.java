package dev.atelier.platform.client;

import dev.atelier.platform.error.ServiceUnavailableException;
import java.util.Optional;
import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreaker;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.AbstractOAuth2TokenAuthenticationToken;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Reads from another Atelier service by its Eureka name ({@code http://customer-service/...}
 * resolved by Spring Cloud LoadBalancer), passing on the caller's bearer token (or, for work
 * without a caller, the service's own), so the other service applies its own role rules. Each call runs under the service's Resilience4j circuit
 * breaker and time limit ({@code resilience4j.*.instances.<service>}); reads are retried while the
 * service is unreachable or says it is (502, 503, 504).
 *
 * <p>Answers: the body; empty for a 404 (the caller decides what a missing resource means);
 * {@link DownstreamRejectedException} (502) for any other 4xx, which is a fault in this call, not
 * in the service; {@link ServiceUnavailableException} (503, naming the service) for everything
 * else. Only unreachable, failing or slow answers count against the circuit breaker.
 */
public final class ServiceClient {

    private final String serviceName;
    private final WebClient web;
    private final ReactiveCircuitBreaker breaker;
    private final ServiceClientProperties.Retries retries;
    private final Mono<Optional<String>> bearerToken;

    ServiceClient(String serviceName, WebClient web, ReactiveCircuitBreaker breaker,
            ServiceClientProperties.Retries retries, Mono<Optional<String>> bearerToken) {
        this.serviceName = serviceName;
        this.web = web;
        this.breaker = breaker;
        this.retries = retries;
        this.bearerToken = bearerToken;
    }

    public String serviceName() {
        return serviceName;
    }

    /** {@code GET path} as JSON into {@code type}; empty when the service answers 404. */
    public <T> Mono<T> get(String path, Class<T> type, Object... uriVariables) {
        Mono<Answer<T>> call = bearerToken
                .flatMap(token -> web.get().uri(path, uriVariables)
                        .headers(headers -> token.ifPresent(headers::setBearerAuth))
                        .accept(MediaType.APPLICATION_JSON)
                        .exchangeToMono(response -> answer(response, type)))
                .retryWhen(Retry.backoff(retries.maxAttempts(), retries.firstBackoff())
                        .maxBackoff(retries.maxBackoff())
                        .filter(ServiceClient::isTransient)
                        .onRetryExhaustedThrow((spec, signal) -> signal.failure()));
        return breaker.run(call, failure -> Mono.error(new ServiceUnavailableException(serviceName, failure)))
                .flatMap(Answer::result);
    }

    private <T> Mono<Answer<T>> answer(ClientResponse response, Class<T> type) {
        HttpStatusCode status = response.statusCode();
        if (status.is2xxSuccessful()) {
            return response.bodyToMono(type).map(Answer::found);
        }
        if (status.value() == HttpStatus.NOT_FOUND.value()) {
            return response.releaseBody().thenReturn(Answer.notFound());
        }
        if (status.is4xxClientError()) {
            return response.releaseBody().thenReturn(Answer.rejected(serviceName, status));
        }
        // Failing, overloaded or unreachable behind a proxy: an error, so the breaker counts it.
        return response.releaseBody().then(Mono.error(new ServiceStatusException(serviceName, status)));
    }

    private static boolean isTransient(Throwable failure) {
        return failure instanceof WebClientRequestException
                || (failure instanceof ServiceStatusException status && status.isTransient());
    }

    /** The caller's bearer token, from the request's security context; none outside a request. */
    static Mono<Optional<String>> callersToken() {
        return ReactiveSecurityContextHolder.getContext()
                .mapNotNull(context -> context.getAuthentication() instanceof AbstractOAuth2TokenAuthenticationToken<?> token
                        ? token.getToken().getTokenValue() : null)
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty());
    }

    /** A settled answer; 4xx answers travel as values so that they never trip the breaker. */
    private record Answer<T>(T body, RuntimeException rejection) {

        static <T> Answer<T> found(T body) {
            return new Answer<>(body, null);
        }

        static <T> Answer<T> notFound() {
            return new Answer<>(null, null);
        }

        static <T> Answer<T> rejected(String serviceName, HttpStatusCode status) {
            return new Answer<>(null, new DownstreamRejectedException(serviceName, status));
        }

        Mono<T> result() {
            return rejection != null ? Mono.error(rejection) : Mono.justOrEmpty(body);
        }
    }

    /** The service answered 5xx; 502, 503 and 504 say it may answer if asked again. */
    static final class ServiceStatusException extends RuntimeException {

        private final HttpStatusCode status;

        ServiceStatusException(String serviceName, HttpStatusCode status) {
            super(serviceName + " answered " + status.value(), null, false, false);
            this.status = status;
        }

        boolean isTransient() {
            int code = status.value();
            return code == 502 || code == 503 || code == 504;
        }
    }

}
