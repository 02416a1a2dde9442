package dev.atelier.platform.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What a service may change about the shared resource-server setup. Issuer and keys stay
 * Spring's own {@code spring.security.oauth2.resourceserver.jwt.*} properties.
 *
 * @param audience the {@code aud} value every token must carry (Keycloak adds it with an
 * audience mapper); blank turns the check off
 * @param publicPaths extra path patterns open without a token, besides health and info
 */
@ConfigurationProperties("atelier.security")
public record AtelierSecurityProperties(@DefaultValue("atelier-api") String audience,
        @DefaultValue List<String> publicPaths) {
}
