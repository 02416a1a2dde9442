package dev.atelier.notification.reminders;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code atelier.notifications.reminders.*}.
 *
 * @param daysBefore how many days before the delivery date a customer is reminded (0: never)
 * @param interval how often order-service is asked for the orders coming due
 */
@ConfigurationProperties("atelier.notifications.reminders")
public record ReminderProperties(@DefaultValue("2") int daysBefore, @DefaultValue("1h") Duration interval) {

    public ReminderProperties {
        if (daysBefore < 0) {
            throw new IllegalArgumentException("atelier.notifications.reminders.days-before must be 0 or more");
        }
    }
}
