package dev.atelier.order.customers.events;

import dev.atelier.order.customers.CustomerDirectory;
import dev.atelier.platform.consumer.EventHandler;
import dev.atelier.platform.event.CustomerChanged;
import dev.atelier.platform.event.EventType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The customer events order-service keeps: which customers exist and which were archived, so a new
 * order for a known active customer needs no call to customer-service ({@link CustomerDirectory}).
 */
@Configuration(proxyBeanMethods = false)
public class CustomerEventHandlers {

    @Bean
    EventHandler<CustomerChanged> rememberTheCustomer(CustomerDirectory customers) {
        return EventHandler.on(EventType.CUSTOMER_CHANGED, event -> customers.heard(event.data()));
    }
}
