package dev.atelier.notification.notifications.events;

import dev.atelier.notification.notifications.Notifications;
import dev.atelier.notification.notifications.domain.NotificationKind;
import dev.atelier.notification.webhooks.Webhooks;
import dev.atelier.platform.consumer.EventHandler;
import dev.atelier.platform.event.EventType;
import dev.atelier.platform.event.OrderStatusChanged;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Mono;

/**
 * The order moves a customer hears about. The idempotent consumer runs each event once, in a
 * transaction with its {@code processed_event} row; the notification row is written in it, the mail
 * is sent after, by the sender.
 */
@Configuration(proxyBeanMethods = false)
public class OrderEventHandlers {

    /** Workflow status (as events spell it) to what the customer is told. */
    static final Map<String, NotificationKind> TOLD = Map.of(
            "COMPLETED", NotificationKind.ORDER_READY,
            "DELIVERED", NotificationKind.ORDER_DELIVERED);

    /** Tells the customer about the moves they hear of, and queues every move for the webhooks that want it. */
    @Bean
    EventHandler<OrderStatusChanged> tellCustomerAboutMove(Notifications notifications, Webhooks webhooks) {
        return EventHandler.on(EventType.ORDER_STATUS_CHANGED, event -> {
            NotificationKind kind = TOLD.get(event.data().to());
            Mono<Void> told = kind == null ? Mono.empty()
                    : notifications.requestFor(event.id().toString(), event.time(), event.data().orderId(),
                            event.data().customerId(), kind);
            return told.then(webhooks.fanOut(event));
        });
    }
}
