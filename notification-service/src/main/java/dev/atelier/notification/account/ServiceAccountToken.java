package dev.atelier.notification.account;

import org.springframework.security.oauth2.client.AuthorizedClientServiceReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The service's own access token (Keycloak client {@code atelier-notifier}, client credentials), for
 * the reads a mail needs when no user is asking: the customer's contact and the order. Spring
 * Security's OAuth2 client keeps the token and fetches a new one shortly before it expires.
 */
@Component
public class ServiceAccountToken {

    /** The client registration in {@code spring.security.oauth2.client.registration}. */
    public static final String REGISTRATION = "notifier";

    private final AuthorizedClientServiceReactiveOAuth2AuthorizedClientManager clients;

    public ServiceAccountToken(ReactiveClientRegistrationRepository registrations,
            ReactiveOAuth2AuthorizedClientService authorizedClients) {
        this.clients = new AuthorizedClientServiceReactiveOAuth2AuthorizedClientManager(registrations, authorizedClients);
        this.clients.setAuthorizedClientProvider(ReactiveOAuth2AuthorizedClientProviderBuilder.builder()
                .clientCredentials().build());
    }

    /** The current token's value. */
    public Mono<String> bearer() {
        return clients.authorize(OAuth2AuthorizeRequest.withClientRegistrationId(REGISTRATION)
                        .principal("notification-service").build())
                .map(client -> client.getAccessToken().getTokenValue())
                .switchIfEmpty(Mono.error(() -> new IllegalStateException("Keycloak gave no token to " + REGISTRATION)));
    }
}
