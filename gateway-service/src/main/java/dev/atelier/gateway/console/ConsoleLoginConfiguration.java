package dev.atelier.gateway.console;

import dev.atelier.gateway.auth.KeycloakProperties;
import dev.atelier.platform.security.KeycloakJwtAuthenticationConverter;
import dev.atelier.platform.security.SecurityChainCustomizer;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.oidc.web.server.logout.OidcClientInitiatedServerLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.server.WebSessionServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationSuccessHandler;
import org.springframework.security.web.server.authentication.logout.DelegatingServerLogoutHandler;
import org.springframework.security.web.server.authentication.logout.SecurityContextServerLogoutHandler;
import org.springframework.security.web.server.authentication.logout.WebSessionServerLogoutHandler;
import org.springframework.security.web.server.context.WebSessionServerSecurityContextRepository;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.server.session.WebSessionIdResolver;

/**
 * The gateway as the web console's Backend-for-Frontend: designers sign in with Authorization
 * Code + PKCE as the confidential {@code atelier-console} client; the tokens stay in the
 * server-side session (Spring Session on Redis, shared by every gateway replica), which the
 * browser knows only by an HttpOnly, SameSite=Strict cookie; the access token is relayed to the
 * services on each API call ({@code TokenRelay}) and refreshed here. Bearer-token callers are
 * untouched: they carry no session cookie, need no CSRF token and never get a session.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleLoginConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ConsoleLoginConfiguration.class);

    /** Keycloak's endpoints: the browser is sent to the public issuer, the gateway talks to the back channel. */
    @Bean
    ReactiveClientRegistrationRepository consoleClientRegistrations(ConsoleLoginProperties console,
            KeycloakProperties keycloak,
            @Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri}") String issuerUri) {
        if (console.clientSecret().isBlank()) {
            log.warn("atelier.gateway.console.client-secret (CONSOLE_CLIENT_SECRET) is not set: console sign-ins will fail");
        }
        String browserFacing = issuerUri + "/protocol/openid-connect";
        String backChannel = keycloak.openIdConnectUrl();
        // Endpoints named here rather than discovered from the issuer: the gateway starts while Keycloak may not.
        return new InMemoryReactiveClientRegistrationRepository(ClientRegistration
            .withRegistrationId(ConsoleLoginProperties.REGISTRATION_ID)
            .clientName("Atelier Studio")
            .clientId(console.clientId())
            .clientSecret(console.clientSecret())
            .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
            .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
            .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
            .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
            .scope("openid", "profile")
            .authorizationUri(browserFacing + "/auth")
            .tokenUri(backChannel + "/token")
            .jwkSetUri(backChannel + "/certs")
            .userNameAttributeName(ConsoleUserService.USERNAME_CLAIM)
            .providerConfigurationMetadata(Map.of("end_session_endpoint", browserFacing + "/logout"))
            .build());
    }

    /** The tokens live in the session (so in Redis), not in the gateway's memory. */
    @Bean
    ServerOAuth2AuthorizedClientRepository consoleAuthorizedClients() {
        return new WebSessionServerOAuth2AuthorizedClientRepository();
    }

    /** Used by TokenRelay and /api/me: hands out the session's access token, refreshed when it is about to expire. */
    @Bean
    ReactiveOAuth2AuthorizedClientManager consoleAuthorizedClientManager(ReactiveClientRegistrationRepository registrations,
            ServerOAuth2AuthorizedClientRepository authorizedClients) {
        DefaultReactiveOAuth2AuthorizedClientManager manager =
                new DefaultReactiveOAuth2AuthorizedClientManager(registrations, authorizedClients);
        manager.setAuthorizedClientProvider(ReactiveOAuth2AuthorizedClientProviderBuilder.builder()
            .authorizationCode()
            .refreshToken()
            .build());
        return manager;
    }

    /** Found by type by {@code oauth2Login}: the roles come from the access token, as for bearer callers. */
    @Bean
    ConsoleUserService consoleUserService(ReactiveJwtDecoder accessTokens, KeycloakJwtAuthenticationConverter roles) {
        return new ConsoleUserService(accessTokens, roles);
    }

    @Bean
    WebSessionIdResolver webSessionIdResolver() {
        return new SessionCookie();
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 20)
    SpaFallbackFilter spaFallbackFilter() {
        return new SpaFallbackFilter();
    }

    @Bean
    SecurityChainCustomizer consoleSignIn(ReactiveClientRegistrationRepository registrations) {
        CookieServerCsrfTokenRepository csrfTokens = CookieServerCsrfTokenRepository.withHttpOnlyFalse();
        csrfTokens.setCookieCustomizer(cookie -> cookie.sameSite("Strict"));
        OidcClientInitiatedServerLogoutSuccessHandler endKeycloakSession =
                new OidcClientInitiatedServerLogoutSuccessHandler(registrations);
        endKeycloakSession.setPostLogoutRedirectUri("{baseUrl}/");
        return http -> http
            .securityContextRepository(new WebSessionServerSecurityContextRepository())
            .csrf(csrf -> csrf
                .csrfTokenRepository(csrfTokens)
                // the token as the console read it from the cookie (header X-XSRF-TOKEN, or _csrf in a form)
                .csrfTokenRequestHandler(new ServerCsrfTokenRequestAttributeHandler())
                .requireCsrfProtectionMatcher(sessionCallerWrites()))
            .addFilterAfter(new CsrfCookieFilter(), SecurityWebFiltersOrder.CSRF)
            .oauth2Login(login -> login
                .clientRegistrationRepository(registrations)
                .authenticationSuccessHandler(new RedirectServerAuthenticationSuccessHandler("/"))
                .authenticationFailureHandler(new RedirectServerAuthenticationFailureHandler("/?sign-in=failed")))
            .logout(logout -> logout
                .requiresLogout(ServerWebExchangeMatchers.pathMatchers(HttpMethod.POST, "/logout"))
                .logoutHandler(new DelegatingServerLogoutHandler(new SecurityContextServerLogoutHandler(),
                        new WebSessionServerLogoutHandler()))
                .logoutSuccessHandler(endKeycloakSession));
    }

    /**
     * CSRF protection is for the one credential a browser sends on its own: the session cookie.
     * Unsafe requests with it and without a bearer token need the token; bearer and anonymous
     * callers (scripts, apps, {@code /api/auth/login}) do not.
     */
    private static ServerWebExchangeMatcher sessionCallerWrites() {
        return exchange -> {
            var request = exchange.getRequest();
            boolean unsafe = !(HttpMethod.GET.equals(request.getMethod()) || HttpMethod.HEAD.equals(request.getMethod())
                    || HttpMethod.OPTIONS.equals(request.getMethod()) || HttpMethod.TRACE.equals(request.getMethod()));
            boolean bearer = request.getHeaders().containsHeader(HttpHeaders.AUTHORIZATION);
            return unsafe && !bearer && SessionCookie.isPresent(request) ? ServerWebExchangeMatcher.MatchResult.match()
                    : ServerWebExchangeMatcher.MatchResult.notMatch();
        };
    }

}
