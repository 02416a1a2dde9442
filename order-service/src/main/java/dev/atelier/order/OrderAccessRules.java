package dev.atelier.order;

import dev.atelier.platform.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What only a lead designer may call here: every change to orders and items, payments, and filtering by payment status. Checked
 * by the platform's filter chain before a handler reads the body or parameters; the controllers'
 * {@code @PreAuthorize} stays as a second line.
 */
@Configuration(proxyBeanMethods = false)
class OrderAccessRules {

    @Bean
    AccessRules accessRules() {
        return AccessRules.builder()
                .leadOnlyWrites("/api/orders", "/api/orders/*", "/api/orders/*/status", "/api/orders/*/items",
                        "/api/order-items", "/api/order-items/*")
                .leadOnlyAll("/api/orders/*/payments", "/api/orders/*/payments/*")
                .leadOnlyParameters("/api/orders", "paymentStatus")
                .build();
    }

}
