package dev.atelier.notification.webhooks;

import dev.atelier.platform.consumer.EventHandler;
import dev.atelier.platform.event.EventPayload;
import dev.atelier.platform.event.EventType;
import org.springframework.beans.factory.BeanRegistrar;
import org.springframework.beans.factory.BeanRegistry;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

/**
 * Every event type a shop system may subscribe to, consumed once (idempotent consumer) and queued for the
 * webhooks that want it: one {@link EventHandler} per type, registered in a loop over {@link EventType#all()}.
 * {@code order.status-changed} is left out: it is handled with the customers' e-mails
 * ({@code notifications.events.OrderEventHandlers}), which queue it for webhooks too. {@code customer.changed}
 * carries ids only: a shop system reads the customer from customer-service if it may.
 */
@Configuration(proxyBeanMethods = false)
@Import(WebhookEvents.ForwardEachType.class)
public class WebhookEvents {

    static final class ForwardEachType implements BeanRegistrar {

        @Override
        public void register(BeanRegistry registry, Environment env) {
            EventType.all().stream().filter(type -> type != EventType.ORDER_STATUS_CHANGED)
                    .forEach(type -> forward(registry, type));
        }

        private static <P extends EventPayload> void forward(BeanRegistry registry, EventType<P> type) {
            @SuppressWarnings({"unchecked", "rawtypes"})
            Class<EventHandler<P>> handlerClass = (Class) EventHandler.class;
            registry.registerBean("forward " + type.name() + " to webhooks", handlerClass, spec -> spec.supplier(context -> EventHandler.on(type, context.bean(Webhooks.class)::fanOut)));
        }
    }
}
