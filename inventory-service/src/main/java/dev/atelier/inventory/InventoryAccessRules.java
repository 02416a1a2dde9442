package dev.atelier.inventory;

import dev.atelier.platform.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What only a lead designer may call here: every change to inventory items and stock adjustments, and filtering or sorting by price.
 * Checked by the platform's filter chain before a handler reads the body or parameters; the
 * controllers' {@code @PreAuthorize} stays as a second line.
 */
@Configuration(proxyBeanMethods = false)
class InventoryAccessRules {

    @Bean
    AccessRules accessRules() {
        return AccessRules.builder()
                .leadOnlyWrites("/api/inventory", "/api/inventory/*", "/api/inventory/*/adjustments")
                .leadOnlyParameters("/api/inventory", "minPrice", "maxPrice")
                .leadOnlySortBy("/api/inventory", "price")
                .build();
    }

}
