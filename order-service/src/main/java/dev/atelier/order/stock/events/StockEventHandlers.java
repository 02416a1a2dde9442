package dev.atelier.order.stock.events;

import dev.atelier.order.stock.StockAnswers;

import dev.atelier.platform.consumer.EventHandler;
import dev.atelier.platform.event.EventType;
import dev.atelier.platform.event.StockReservationUpdated;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The stock events order-service acts on. The platform's idempotent consumer runs the handler once
 * per event id, in one transaction with the record of that id (a poll's events in one, their orders
 * locked together first), retries failures and dead-letters poison records; {@code stock.changed}
 * has no handler here and is skipped.
 */
@Configuration(proxyBeanMethods = false)
public class StockEventHandlers {

    @Bean
    EventHandler<StockReservationUpdated> applyInventorysReservationAnswer(StockAnswers answers) {
        return EventHandler.preparedPerPoll(EventType.STOCK_RESERVATION_UPDATED,
                events -> answers.lockAll(events.stream().map(event -> event.data().orderId()).toList()),
                event -> answers.apply(event.data(), event.source()));
    }
}
