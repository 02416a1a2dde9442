package dev.atelier.platform.security;

import dev.atelier.platform.error.ProblemAccessDeniedHandler;
import dev.atelier.platform.error.ProblemAuthenticationEntryPoint;
import dev.atelier.platform.error.ProblemDetailsAutoConfiguration;
import dev.atelier.platform.error.ProblemResponseWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.reactive.ReactiveOAuth2ResourceServerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.method.configuration.EnableReactiveMethodSecurity;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.firewall.ServerWebExchangeFirewall;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;

/**
 * Every service is a stateless OAuth2 resource server for Keycloak's tokens. Boot still builds
 * the {@link ReactiveJwtDecoder} from {@code spring.security.oauth2.resourceserver.jwt.issuer-uri}
 * (and {@code jwk-set-uri}), and adds the audience validator below to its issuer and timestamp
 * checks. The filter chain backs off when a service declares its own. A service's
 * {@link AccessRules} bean names its lead-only method and path patterns for the chain.
 */
@AutoConfiguration(before = ReactiveOAuth2ResourceServerAutoConfiguration.class,
        after = ProblemDetailsAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@ConditionalOnClass({ EnableWebFluxSecurity.class, ReactiveJwtDecoder.class })
@EnableConfigurationProperties(AtelierSecurityProperties.class)
@EnableWebFluxSecurity
@EnableReactiveMethodSecurity
public final class ResourceServerSecurityAutoConfiguration {

    /** Probes and build info stay reachable for orchestrators, without a token. */
    static final List<String> ALWAYS_PUBLIC_PATHS = List.of("/actuator/health/**", "/actuator/info");

    @Bean
    @ConditionalOnMissingBean
    KeycloakJwtAuthenticationConverter keycloakJwtAuthenticationConverter() {
        return new KeycloakJwtAuthenticationConverter();
    }

    /**
     * Every JWT decoder (Boot's, and any a service declares) verifies a token once while it is valid
     * instead of on every call.
     */
    @Bean
    static BeanPostProcessor verifiedTokenCaching(ObjectProvider<Clock> clock) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof ReactiveJwtDecoder decoder && !(bean instanceof VerifiedTokenCache)) {
                    return new VerifiedTokenCache(decoder, clock.getIfAvailable(Clock::systemUTC));
                }
                return bean;
            }
        };
    }

    /**
     * No spans or timers for each security filter, authentication and authorization: they cost a
     * tenth of a request's CPU and say little. The request's own server observation
     * ({@code http.server.requests}: its trace span and timer, with the answer's status) stays.
     */
    @Bean
    @ConditionalOnMissingBean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /** Spring Security's strict firewall, with its header value rule as a scan (HeaderValueRule). */
    @Bean
    @ConditionalOnMissingBean
    ServerWebExchangeFirewall atelierFirewall() {
        StrictServerWebExchangeFirewall firewall = new StrictServerWebExchangeFirewall();
        firewall.setAllowedHeaderValues(new HeaderValueRule());
        return firewall;
    }

    /** Picked up by Boot's JWT decoder configuration as an additional validator. */
    @Bean
    OAuth2TokenValidator<Jwt> atelierAudienceValidator(AtelierSecurityProperties properties) {
        if (properties.audience().isBlank()) {
            return jwt -> OAuth2TokenValidatorResult.success();
        }
        return new JwtAudienceValidator(properties.audience());
    }

    @Bean
    @ConditionalOnMissingBean(SecurityWebFilterChain.class)
    SecurityWebFilterChain atelierSecurityWebFilterChain(ServerHttpSecurity http, AtelierSecurityProperties properties,
            KeycloakJwtAuthenticationConverter jwtConverter, ProblemAuthenticationEntryPoint entryPoint,
            ProblemAccessDeniedHandler accessDeniedHandler, ObjectProvider<AccessRules> accessRules,
            ProblemResponseWriter problemWriter, Environment environment,
            ObjectProvider<SecurityChainCustomizer> customizers) {
        AccessRules rules = accessRules.getIfAvailable(AccessRules::none);
        List<String> publicPaths = new ArrayList<>(ALWAYS_PUBLIC_PATHS);
        publicPaths.addAll(properties.publicPaths());
        http
            // Bearer tokens only: no cookies, sessions, login pages or redirects to remember.
            .csrf(ServerHttpSecurity.CsrfSpec::disable)
            .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
            .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
            .logout(ServerHttpSecurity.LogoutSpec::disable)
            .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
            .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()));
        customizers.orderedStream().forEach(customizer -> customizer.customize(http));
        return http
            .authorizeExchange(exchanges -> {
                exchanges.matchers(RequestPatterns.anyMethod(publicPaths)).permitAll();
                // metrics: anonymous on the management port only (ManagementPortMetrics)
                exchanges.matchers(ManagementPortMetrics.matcher(environment)).permitAll();
                // Role rules run here, before any handler reads the body or the parameters; all of
                // them are one matcher, so a request is not checked against each rule in turn.
                if (!rules.leadOnly().isEmpty()) {
                    exchanges.matchers(RequestPatterns.leadOnly(rules.leadOnly())).hasRole(Roles.LEAD_DESIGNER);
                }
                exchanges.anyExchange().authenticated();
            })
            // Money-revealing parameters: 403 naming the parameter before binding can answer 400.
            .addFilterAfter(new LeadOnlyParameterFilter(rules.leadOnlyParameters(), problemWriter),
                    SecurityWebFiltersOrder.AUTHORIZATION)
            .oauth2ResourceServer(resourceServer -> resourceServer
                .bearerTokenConverter(new BearerHeaderConverter())
                .jwt(jwt -> jwt.jwtAuthenticationConverter(jwtConverter))
                .authenticationEntryPoint(entryPoint)
                .accessDeniedHandler(accessDeniedHandler))
            .exceptionHandling(exceptions -> exceptions
                .authenticationEntryPoint(entryPoint)
                .accessDeniedHandler(accessDeniedHandler))
            .build();
    }

}
