package dev.atelier.gateway.users;

import dev.atelier.platform.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The gateway's own {@code /api/users} is for lead designers only, reads included. Checked by the
 * platform's filter chain before a handler reads the body or parameters; the controllers'
 * {@code @PreAuthorize} stays as a second line.
 */
@Configuration(proxyBeanMethods = false)
class UserAccessRules {

    @Bean
    AccessRules accessRules() {
        return AccessRules.builder()
                .leadOnlyAll("/api/users", "/api/users/**")
                .build();
    }

}
