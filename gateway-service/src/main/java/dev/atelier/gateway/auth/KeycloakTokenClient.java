package dev.atelier.gateway.auth;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.atelier.platform.error.ProblemType;
import dev.atelier.platform.error.ServiceUnavailableException;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import reactor.core.publisher.Mono;

/**
 * Keycloak's token and logout endpoints for the {@code atelier-web} client. Keycloak's refusals of
 * what the caller sent ({@code invalid_grant}: wrong password, unknown user, spent, ended, forged or
 * garbled refresh token; {@code invalid_request}: a token Keycloak could not even read, e.g. one
 * longer than its form limit) become a 401 problem. Only Keycloak being unreachable, slow, failing
 * (5xx) or refusing our client's configuration becomes a 503 naming it.
 */
@Component
public class KeycloakTokenClient {

    static final String SERVICE_NAME = "keycloak";

    private static final Logger log = LoggerFactory.getLogger(KeycloakTokenClient.class);

    /** OAuth errors that describe the caller's credentials or token, not our client or Keycloak. */
    private static final Set<String> CALLER_ERRORS = Set.of("invalid_grant", "invalid_request", "invalid_token");

    private final WebClient http;

    private final KeycloakProperties keycloak;

    KeycloakTokenClient(ObjectProvider<WebClient.Builder> builders, KeycloakProperties keycloak) {
        this.http = builders.getIfAvailable(WebClient::builder).baseUrl(keycloak.openIdConnectUrl()).build();
        this.keycloak = keycloak;
    }

    public Mono<Tokens> passwordGrant(String username, String password) {
        MultiValueMap<String, String> form = form("password");
        form.add("username", username);
        form.add("password", password);
        return tokens(form, "Wrong user name or password.");
    }

    public Mono<Tokens> refresh(String refreshToken) {
        MultiValueMap<String, String> form = form("refresh_token");
        form.add("refresh_token", refreshToken);
        return tokens(form, "The refresh token is invalid, expired or its session has ended; log in again.");
    }

    /**
     * A token for a confidential client itself (client credentials), for the gateway's own calls.
     * Any refusal is a configuration fault, so a 503 naming Keycloak, never the caller's 401.
     */
    public Mono<Tokens> clientCredentials(String clientId, String clientSecret) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "client_credentials");
        form.add("client_id", clientId);
        form.add("client_secret", clientSecret);
        return call("/token", form, response -> response.statusCode().is2xxSuccessful()
                ? response.bodyToMono(Tokens.class)
                : response.releaseBody().then(Mono.fromRunnable(() ->
                        log.warn("Keycloak refused client credentials of {}: HTTP {}", clientId, response.statusCode())))
                    .then(Mono.error(new ServiceUnavailableException(SERVICE_NAME))));
    }

    /** Ends the Keycloak session the refresh token belongs to; the token stops working. */
    public Mono<Void> logout(String refreshToken) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("client_id", keycloak.clientId());
        form.add("refresh_token", refreshToken);
        return call("/logout", form, response -> response.statusCode().is2xxSuccessful()
                ? response.releaseBody()
                : failure(response, "The refresh token is invalid, expired or its session has already ended."));
    }

    private MultiValueMap<String, String> form(String grantType) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", grantType);
        form.add("client_id", keycloak.clientId());
        form.add("scope", "openid");
        return form;
    }

    private Mono<Tokens> tokens(MultiValueMap<String, String> form, String rejectedDetail) {
        return call("/token", form, response -> response.statusCode().is2xxSuccessful()
                ? response.bodyToMono(Tokens.class)
                : failure(response, rejectedDetail));
    }

    private <T> Mono<T> call(String endpoint, MultiValueMap<String, String> form,
            java.util.function.Function<ClientResponse, Mono<T>> handler) {
        return http.post()
            .uri(endpoint)
            .contentType(MediaType.APPLICATION_FORM_URLENCODED)
            .accept(MediaType.APPLICATION_JSON)
            .body(BodyInserters.fromFormData(form))
            .exchangeToMono(handler)
            .timeout(keycloak.timeout())
            .onErrorMap(e -> e instanceof WebClientRequestException || e instanceof TimeoutException, e -> {
                log.warn("Keycloak did not answer on {}: {}", endpoint, e.toString());
                return new ServiceUnavailableException(SERVICE_NAME, e);
            });
    }

    private static <T> Mono<T> failure(ClientResponse response, String rejectedDetail) {
        HttpStatus status = HttpStatus.resolve(response.statusCode().value());
        return response.bodyToMono(OAuthError.class)
            .onErrorResume(e -> Mono.empty())
            .defaultIfEmpty(new OAuthError(null, null))
            .flatMap(error -> {
                if (status != null && status.is4xxClientError() && CALLER_ERRORS.contains(error.error())) {
                    return Mono.error(new ErrorResponseException(HttpStatus.UNAUTHORIZED,
                            ProblemType.UNAUTHENTICATED.problem(rejectedDetail), null));
                }
                // Anything else is our client's configuration or Keycloak's trouble, not the caller's.
                log.warn("Keycloak refused the request: HTTP {} {} {}", status, error.error(), error.description());
                return Mono.error(new ServiceUnavailableException(SERVICE_NAME));
            });
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record OAuthError(@JsonProperty("error") String error, @JsonProperty("error_description") String description) {
    }

}
