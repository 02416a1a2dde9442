package dev.atelier.gateway.users;

import dev.atelier.gateway.auth.KeycloakProperties;
import dev.atelier.platform.error.ServiceUnavailableException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Keycloak's admin REST API for the realm's users, called with the caller's own access token:
 * Keycloak then applies the caller's own admin rights (the realm gives {@code lead_designer}
 * realm-management's user roles) and records who did what. Keycloak's refusals become problems
 * through {@link KeycloakAdminErrors}; Keycloak down or slow is a 503 naming it.
 */
@Component
class KeycloakAdminClient {

    private static final Logger log = LoggerFactory.getLogger(KeycloakAdminClient.class);

    private static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT = new ParameterizedTypeReference<>() {
    };

    private final WebClient http;

    private final KeycloakProperties keycloak;

    KeycloakAdminClient(ObjectProvider<WebClient.Builder> builders, KeycloakProperties keycloak) {
        this.http = builders.getIfAvailable(WebClient::builder).baseUrl(keycloak.adminUrl()).build();
        this.keycloak = keycloak;
    }

    Flux<KeycloakUser> search(String token, String search, long first, int max) {
        return guarded(this.http.get()
            .uri(uri -> uri.path("/users")
                .queryParamIfPresent("search", Optional.ofNullable(search))
                .queryParam("first", first)
                .queryParam("max", max)
                .queryParam("briefRepresentation", false)
                .build())
            .headers(bearer(token))
            .accept(MediaType.APPLICATION_JSON)
            .exchangeToFlux(response -> ok(response)
                ? response.bodyToFlux(KeycloakUser.class)
                : KeycloakAdminErrors.<KeycloakUser>fail(response, null).flux()), "search users");
    }

    Mono<Long> count(String token, String search) {
        return guarded(this.http.get()
            .uri(uri -> uri.path("/users/count").queryParamIfPresent("search", Optional.ofNullable(search)).build())
            .headers(bearer(token))
            .accept(MediaType.APPLICATION_JSON)
            .exchangeToMono(response -> ok(response) ? response.bodyToMono(Long.class) : KeycloakAdminErrors.fail(response, null)),
                "count users");
    }

    Mono<KeycloakUser> user(String token, UUID id) {
        return get(token, "/users/{id}", id, KeycloakUser.class);
    }

    /** The whole representation, for read-modify-write: a PUT with fields left out could drop them. */
    Mono<Map<String, Object>> userRepresentation(String token, UUID id) {
        return guarded(this.http.get().uri("/users/{id}", id)
            .headers(bearer(token))
            .accept(MediaType.APPLICATION_JSON)
            .exchangeToMono(response -> ok(response) ? response.bodyToMono(JSON_OBJECT) : KeycloakAdminErrors.fail(response, id)),
                "read user");
    }

    /** Creates the user and answers its new id, taken from the {@code Location} Keycloak returns. */
    Mono<UUID> create(String token, KeycloakUser user) {
        return guarded(this.http.post().uri("/users")
            .headers(bearer(token))
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue(user)
            .exchangeToMono(response -> {
                if (!ok(response)) {
                    return KeycloakAdminErrors.fail(response, null);
                }
                URI location = response.headers().asHttpHeaders().getLocation();
                return response.releaseBody().then(Mono.justOrEmpty(location)
                    .map(uri -> UUID.fromString(uri.getPath().substring(uri.getPath().lastIndexOf('/') + 1))));
            }), "create user");
    }

    Mono<Void> update(String token, UUID id, Map<String, Object> representation) {
        return send(this.http.put().uri("/users/{id}", id).headers(bearer(token))
            .contentType(MediaType.APPLICATION_JSON).bodyValue(representation), id, "update user");
    }

    Mono<Void> delete(String token, UUID id) {
        return send(this.http.delete().uri("/users/{id}", id).headers(bearer(token)), id, "delete user");
    }

    /** The user's directly assigned realm roles. */
    Mono<List<KeycloakRole>> realmRoles(String token, UUID id) {
        return list(token, "/users/{id}/role-mappings/realm", id, KeycloakRole.class);
    }

    Mono<KeycloakRole> role(String token, String name) {
        return guarded(this.http.get().uri("/roles/{name}", name)
            .headers(bearer(token))
            .accept(MediaType.APPLICATION_JSON)
            .exchangeToMono(response -> ok(response) ? response.bodyToMono(KeycloakRole.class) : KeycloakAdminErrors.fail(response, null)),
                "read role");
    }

    Mono<Void> addRealmRoles(String token, UUID id, List<KeycloakRole> roles) {
        return send(this.http.post().uri("/users/{id}/role-mappings/realm", id).headers(bearer(token))
            .contentType(MediaType.APPLICATION_JSON).bodyValue(roles), id, "add roles");
    }

    Mono<Void> removeRealmRoles(String token, UUID id, List<KeycloakRole> roles) {
        return send(this.http.method(HttpMethod.DELETE).uri("/users/{id}/role-mappings/realm", id).headers(bearer(token))
            .contentType(MediaType.APPLICATION_JSON).bodyValue(roles), id, "remove roles");
    }

    private <T> Mono<T> get(String token, String path, UUID id, Class<T> type) {
        return guarded(this.http.get().uri(path, id)
            .headers(bearer(token))
            .accept(MediaType.APPLICATION_JSON)
            .exchangeToMono(response -> ok(response) ? response.bodyToMono(type) : KeycloakAdminErrors.fail(response, id)),
                path);
    }

    private <T> Mono<List<T>> list(String token, String path, UUID id, Class<T> type) {
        return guarded(this.http.get().uri(path, id)
            .headers(bearer(token))
            .accept(MediaType.APPLICATION_JSON)
            .exchangeToMono(response -> ok(response)
                ? response.bodyToFlux(type).collectList()
                : KeycloakAdminErrors.<List<T>>fail(response, id)), path);
    }

    private Mono<Void> send(WebClient.RequestHeadersSpec<?> request, UUID id, String action) {
        return guarded(request.exchangeToMono(response -> ok(response)
                ? response.releaseBody()
                : KeycloakAdminErrors.<Void>fail(response, id)), action);
    }

    private static boolean ok(ClientResponse response) {
        HttpStatusCode status = response.statusCode();
        return status.is2xxSuccessful();
    }

    private static Consumer<HttpHeaders> bearer(String token) {
        return headers -> headers.setBearerAuth(token);
    }

    private <T> Mono<T> guarded(Mono<T> call, String action) {
        return call.timeout(this.keycloak.timeout()).onErrorMap(KeycloakAdminClient::unreachable, e -> down(action, e));
    }

    private <T> Flux<T> guarded(Flux<T> call, String action) {
        return call.timeout(this.keycloak.timeout()).onErrorMap(KeycloakAdminClient::unreachable, e -> down(action, e));
    }

    private static boolean unreachable(Throwable e) {
        return e instanceof WebClientRequestException || e instanceof TimeoutException;
    }

    private static Throwable down(String action, Throwable e) {
        log.warn("Keycloak admin API did not answer ({}): {}", action, e.toString());
        return new ServiceUnavailableException("keycloak", e);
    }

}
