package dev.atelier.notification.reminders;

import dev.atelier.notification.notifications.Notifications;
import dev.atelier.notification.orders.OrderDirectory;
import dev.atelier.platform.schedule.PeriodicWork;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Every {@code atelier.notifications.reminders.interval}, asks order-service for the orders due from
 * today to {@code days-before} days ahead (the shop's today) that are not delivered or cancelled, and
 * asks for a reminder for each. One reminder per order and date: later rounds add nothing, and a
 * moved date is reminded of again. Off when {@code days-before} is 0.
 */
@Component
@ConditionalOnExpression("${atelier.notifications.reminders.days-before:2} > 0")
public class DeliveryReminders extends PeriodicWork {

    private static final Logger log = LoggerFactory.getLogger(DeliveryReminders.class);
    private static final Set<String> SETTLED = Set.of("DELIVERED", "CANCELLED");

    private final OrderDirectory orders;
    private final Notifications notifications;
    private final Clock clock;
    private final int daysBefore;

    public DeliveryReminders(OrderDirectory orders, Notifications notifications, Clock clock,
            ReminderProperties properties) {
        super("delivery reminders", properties.interval());
        this.orders = orders;
        this.notifications = notifications;
        this.clock = clock;
        this.daysBefore = properties.daysBefore();
    }

    @Override
    protected Mono<?> runOnce() {
        LocalDate today = LocalDate.now(clock);
        return orders.dueBetween(today, today.plusDays(daysBefore))
                .filter(order -> !SETTLED.contains(order.status()))
                .concatMap(order -> notifications.requestReminder(order.id(), order.customerId(), order.deliveryDate()))
                .filter(Boolean::booleanValue)
                .count()
                .doOnNext(asked -> {
                    if (asked > 0) {
                        log.info("{} delivery reminders asked for (orders due by {})", asked, today.plusDays(daysBefore));
                    }
                });
    }
}
