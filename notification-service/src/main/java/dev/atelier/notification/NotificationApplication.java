package dev.atelier.notification;

import dev.atelier.notification.reminders.ReminderProperties;
import dev.atelier.notification.sending.NotificationProperties;
import dev.atelier.notification.webhooks.WebhookProperties;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** Atelier notification-service: e-mails to the shop's customers when their orders move, and outgoing webhooks. */
@SpringBootApplication
@EnableConfigurationProperties({NotificationProperties.class, ReminderProperties.class, WebhookProperties.class})
public class NotificationApplication {

    public static void main(String[] args) {
        SpringApplication.run(NotificationApplication.class, args);
    }
}
