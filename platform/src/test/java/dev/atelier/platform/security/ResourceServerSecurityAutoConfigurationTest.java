package dev.atelier.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.platform.error.ProblemDetailsAutoConfiguration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.codec.autoconfigure.CodecsAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.reactive.ReactiveWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.reactive.ReactiveOAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.webflux.autoconfigure.WebFluxAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.web.server.SecurityWebFilterChain;

class ResourceServerSecurityAutoConfigurationTest {

    private final ReactiveWebApplicationContextRunner runner = new ReactiveWebApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, CodecsAutoConfiguration.class,
                WebFluxAutoConfiguration.class, ProblemDetailsAutoConfiguration.class,
                ResourceServerSecurityAutoConfiguration.class, ReactiveOAuth2ResourceServerAutoConfiguration.class,
                ReactiveWebSecurityAutoConfiguration.class))
        .withPropertyValues(
                "spring.security.oauth2.resourceserver.jwt.issuer-uri=http://127.0.0.1:8180/realms/atelier",
                "spring.security.oauth2.resourceserver.jwt.jwk-set-uri=http://127.0.0.1:8180/realms/atelier/protocol/openid-connect/certs");

    @Configuration(proxyBeanMethods = false)
    static class OwnChain {

        @Bean
        SecurityWebFilterChain ownChain(ServerHttpSecurity http) {
            return http.authorizeExchange(exchanges -> exchanges.anyExchange().permitAll()).build();
        }

    }

    private static Jwt tokenFor(String... audiences) {
        return Jwt.withTokenValue("token").header("alg", "RS256").subject("lead")
            .audience(List.of(audiences))
            .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60)).build();
    }

    @Test
    void platform_chain_replaces_boots_default_chain() {
        this.runner.run(context -> assertThat(context).hasSingleBean(SecurityWebFilterChain.class)
            .hasBean("atelierSecurityWebFilterChain"));
    }

    @Test
    void a_services_own_chain_wins_but_keeps_the_role_mapping() {
        this.runner.withUserConfiguration(OwnChain.class).run(context -> {
            assertThat(context).hasSingleBean(SecurityWebFilterChain.class).hasBean("ownChain");
            assertThat(context).hasSingleBean(KeycloakJwtAuthenticationConverter.class);
        });
    }

    @Test
    void audience_defaults_to_atelier_api() {
        this.runner.run(context -> {
            @SuppressWarnings("unchecked")
            OAuth2TokenValidator<Jwt> audience = context.getBean("atelierAudienceValidator", OAuth2TokenValidator.class);
            assertThat(audience.validate(tokenFor("account", "atelier-api")).hasErrors()).isFalse();
            assertThat(audience.validate(tokenFor("account")).hasErrors()).isTrue();
        });
    }

    @Test
    void audience_is_configurable_and_can_be_turned_off() {
        this.runner.withPropertyValues("atelier.security.audience=atelier-gateway").run(context -> {
            @SuppressWarnings("unchecked")
            OAuth2TokenValidator<Jwt> audience = context.getBean("atelierAudienceValidator", OAuth2TokenValidator.class);
            assertThat(audience.validate(tokenFor("atelier-gateway")).hasErrors()).isFalse();
            assertThat(audience.validate(tokenFor("atelier-api")).hasErrors()).isTrue();
        });
        this.runner.withPropertyValues("atelier.security.audience=").run(context -> {
            @SuppressWarnings("unchecked")
            OAuth2TokenValidator<Jwt> audience = context.getBean("atelierAudienceValidator", OAuth2TokenValidator.class);
            assertThat(audience.validate(tokenFor("account")).hasErrors()).isFalse();
        });
    }

}
