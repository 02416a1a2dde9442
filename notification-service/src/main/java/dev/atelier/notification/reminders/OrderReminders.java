package dev.atelier.notification.reminders;

import dev.atelier.notification.notifications.Notifications;
import dev.atelier.notification.orders.OrderDetails;
import dev.atelier.notification.orders.OrderDirectory;
import dev.atelier.platform.schedule.PeriodicWork;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Every {@code atelier.notifications.reminders.interval}, lists the orders due from
 * {@code balance-window} ago to {@code days-before} days ahead (the shop's today) from order-service
 * and asks for the reminders they call for:
 * <ul>
 * <li>a delivery reminder for each order due within {@code days-before} days that is not delivered or
 * cancelled, one per order and date (a moved date is reminded of again);</li>
 * <li>a balance reminder for each finished order (COMPLETED or DELIVERED) with a balance left, once per
 * {@code balance-every} while it is unpaid.</li>
 * </ul>
 * A setting of 0 turns its reminder off. Asking twice adds nothing, so any replica may run a round.
 */
@Component
public class OrderReminders extends PeriodicWork {

    private static final Logger log = LoggerFactory.getLogger(OrderReminders.class);
    private static final Set<String> SETTLED = Set.of("DELIVERED", "CANCELLED");
    private static final Set<String> FINISHED = Set.of("COMPLETED", "DELIVERED");

    private final OrderDirectory orders;
    private final Notifications notifications;
    private final Clock clock;
    private final ReminderProperties properties;

    public OrderReminders(OrderDirectory orders, Notifications notifications, Clock clock,
            ReminderProperties properties) {
        super("order reminders", properties.interval());
        this.orders = orders;
        this.notifications = notifications;
        this.clock = clock;
        this.properties = properties;
    }

    @Override
    protected Mono<?> runOnce() {
        if (properties.daysBefore() == 0 && properties.balanceEvery().isZero()) {
            return Mono.empty();
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate from = properties.balanceEvery().isZero() ? today : today.minusDays(properties.balanceWindow().toDays());
        return orders.dueBetween(from, today.plusDays(properties.daysBefore()))
                .concatMap(order -> remind(order, today))
                .filter(Boolean::booleanValue)
                .count()
                .doOnNext(asked -> {
                    if (asked > 0) {
                        log.info("{} reminders asked for", asked);
                    }
                });
    }

    /** Asks for what {@code order} calls for today; emits whether anything new was asked. */
    private Mono<Boolean> remind(OrderDetails order, LocalDate today) {
        UUID id = order.id();
        Mono<Boolean> delivery = properties.daysBefore() > 0 && !SETTLED.contains(order.status())
                && !order.deliveryDate().isBefore(today)
                ? notifications.requestReminder(id, order.customerId(), order.deliveryDate()) : Mono.just(false);
        Mono<Boolean> balance = !properties.balanceEvery().isZero() && FINISHED.contains(order.status()) && order.owesBalance()
                ? notifications.requestBalanceReminder(id, order.customerId(),
                        today.toEpochDay() / properties.balanceEvery().toDays())
                : Mono.just(false);
        return delivery.zipWith(balance, Boolean::logicalOr);
    }
}
