package dev.atelier.notification.reminders;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code atelier.notifications.reminders.*}.
 *
 * @param daysBefore how many days before the delivery date a customer is reminded (0: never)
 * @param balanceEvery how often a customer is reminded of a balance left on a finished order (0: never);
 *     whole days
 * @param balanceWindow how far back (by delivery date) finished orders are looked at for a balance
 * @param interval how often order-service is asked for the orders these cover
 */
@ConfigurationProperties("atelier.notifications.reminders")
public record ReminderProperties(@DefaultValue("2") int daysBefore, @DefaultValue("7d") Duration balanceEvery,
        @DefaultValue("60d") Duration balanceWindow, @DefaultValue("1h") Duration interval) {

    public ReminderProperties {
        if (daysBefore < 0) {
            throw new IllegalArgumentException("atelier.notifications.reminders.days-before must be 0 or more");
        }
        if (balanceEvery.isNegative() || (!balanceEvery.isZero() && balanceEvery.toDays() < 1)) {
            throw new IllegalArgumentException("atelier.notifications.reminders.balance-every must be 0 or whole days");
        }
    }
}
