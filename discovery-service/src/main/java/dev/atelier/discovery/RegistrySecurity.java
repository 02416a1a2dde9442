package dev.atelier.discovery;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Spring Cloud Netflix's documented way of securing Eureka: HTTP Basic for everything but health,
 * CSRF off for the REST API ({@code /eureka/**}) that clients call without a session. Anyone who could
 * register an instance would receive the bearer tokens callers forward to it, and the
 * listing names every service's address, so reading needs the credentials too.
 * The one user is {@code spring.security.user.*} ({@code EUREKA_USERNAME}, {@code EUREKA_PASSWORD}).
 */
@Configuration(proxyBeanMethods = false)
class RegistrySecurity {

    @Bean
    SecurityFilterChain registryFilterChain(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(Customizer.withDefaults())
                .csrf(csrf -> csrf.ignoringRequestMatchers("/eureka/**"))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }
}
