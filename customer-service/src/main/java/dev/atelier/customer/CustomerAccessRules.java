package dev.atelier.customer;

import dev.atelier.platform.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What only a lead designer may call here: changes to customers (measurements are for every
 * designer). Checked by the platform's filter chain before a handler reads the body or parameters;
 * the controllers' {@code @PreAuthorize} stays as a second line.
 */
@Configuration(proxyBeanMethods = false)
class CustomerAccessRules {

    @Bean
    AccessRules accessRules() {
        return AccessRules.builder()
                .leadOnlyWrites("/api/customers", "/api/customers/*")
                .build();
    }

}
