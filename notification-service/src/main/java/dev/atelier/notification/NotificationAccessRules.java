package dev.atelier.notification;

import dev.atelier.platform.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What only a lead designer may call here: a resend, and everything about webhooks (every designer
 * may read an order's delivery log). Checked by the platform's filter chain before a handler reads anything; the controller's
 * {@code @PreAuthorize} stays as a second line.
 */
@Configuration(proxyBeanMethods = false)
class NotificationAccessRules {

    @Bean
    AccessRules accessRules() {
        return AccessRules.builder()
                .leadOnlyWrites("/api/notifications/*/resend")
                .leadOnlyAll("/api/webhooks", "/api/webhooks/*", "/api/webhooks/*/*")
                .build();
    }
}
