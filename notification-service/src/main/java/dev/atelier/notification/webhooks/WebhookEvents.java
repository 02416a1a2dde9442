package dev.atelier.notification.webhooks;

import dev.atelier.platform.consumer.EventHandler;
import dev.atelier.platform.event.CustomerChanged;
import dev.atelier.platform.event.EventPayload;
import dev.atelier.platform.event.EventType;
import dev.atelier.platform.event.OrderCancelled;
import dev.atelier.platform.event.OrderCreated;
import dev.atelier.platform.event.OrderItemsChanged;
import dev.atelier.platform.event.OrderPaymentRecorded;
import dev.atelier.platform.event.StockChanged;
import dev.atelier.platform.event.StockItemChanged;
import dev.atelier.platform.event.StockReservationUpdated;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every event type a shop system may subscribe to, consumed once (idempotent consumer) and queued for the
 * webhooks that want it. {@code order.status-changed} is handled with the customers' e-mails
 * ({@code notifications.events.OrderEventHandlers}), which queue it for webhooks too. {@code customer.changed}
 * carries ids only: a shop system reads the customer from customer-service if it may.
 */
@Configuration(proxyBeanMethods = false)
public class WebhookEvents {

    static <P extends EventPayload> EventHandler<P> forward(EventType<P> type, Webhooks webhooks) {
        return EventHandler.on(type, webhooks::fanOut);
    }

    @Bean
    EventHandler<OrderCreated> forwardOrderCreated(Webhooks webhooks) {
        return forward(EventType.ORDER_CREATED, webhooks);
    }

    @Bean
    EventHandler<OrderItemsChanged> forwardOrderItemsChanged(Webhooks webhooks) {
        return forward(EventType.ORDER_ITEMS_CHANGED, webhooks);
    }

    @Bean
    EventHandler<OrderCancelled> forwardOrderCancelled(Webhooks webhooks) {
        return forward(EventType.ORDER_CANCELLED, webhooks);
    }

    @Bean
    EventHandler<OrderPaymentRecorded> forwardOrderPaymentRecorded(Webhooks webhooks) {
        return forward(EventType.ORDER_PAYMENT_RECORDED, webhooks);
    }

    @Bean
    EventHandler<StockChanged> forwardStockChanged(Webhooks webhooks) {
        return forward(EventType.STOCK_CHANGED, webhooks);
    }

    @Bean
    EventHandler<StockItemChanged> forwardStockItemChanged(Webhooks webhooks) {
        return forward(EventType.STOCK_ITEM_CHANGED, webhooks);
    }

    @Bean
    EventHandler<StockReservationUpdated> forwardStockReservationUpdated(Webhooks webhooks) {
        return forward(EventType.STOCK_RESERVATION_UPDATED, webhooks);
    }

    @Bean
    EventHandler<CustomerChanged> forwardCustomerChanged(Webhooks webhooks) {
        return forward(EventType.CUSTOMER_CHANGED, webhooks);
    }
}
