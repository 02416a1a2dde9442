package dev.atelier.registry;

import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.cloud.netflix.eureka.server.EnableEurekaServer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * A Eureka registry like discovery-service, for gateway tests. It lives outside
 * {@code dev.atelier.gateway} so the gateway's component scan never picks it up.
 */
@Configuration(proxyBeanMethods = false)
@EnableAutoConfiguration
@EnableEurekaServer
public class RegistryTestApplication {

    /** The gateway's test class path has Spring Security; the registry, like the real one, is open. */
    @Bean
    SecurityFilterChain openRegistry(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
            .csrf(csrf -> csrf.disable())
            .build();
    }

}
