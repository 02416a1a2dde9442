package dev.atelier.notification.notifications;

import dev.atelier.notification.notifications.domain.Notification;
import dev.atelier.notification.notifications.domain.NotificationKind;
import dev.atelier.notification.notifications.persistence.NotificationRepository;
import dev.atelier.notification.sending.NotificationProperties;
import dev.atelier.platform.error.NotFoundException;
import dev.atelier.platform.security.CurrentUser;
import dev.atelier.platform.web.PageQuery;
import dev.atelier.platform.web.PageResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** The notifications' use cases: ask for one when an order moves or comes due, read an order's log, resend. */
@Service
public class Notifications {

    public static final String RESOURCE = "notification";

    private static final Logger log = LoggerFactory.getLogger(Notifications.class);

    private final NotificationRepository notifications;
    private final Clock clock;
    private final Duration maxEventAge;

    public Notifications(NotificationRepository notifications, Clock clock, NotificationProperties properties) {
        this.notifications = notifications;
        this.clock = clock;
        this.maxEventAge = properties.maxEventAge();
    }

    /**
     * Asks for an e-mail to the order's customer because event {@code eventId} says the order moved.
     * Runs in the consumer's transaction; the same event again adds nothing. The sender picks it up
     * on its next round (every {@code atelier.notifications.sender-interval}). An event older than
     * {@code atelier.notifications.max-event-age} asks for nothing: a service deployed to a running
     * shop reads the topic's history first, and a customer must not hear of last month's order now.
     */
    public Mono<Void> requestFor(String eventId, Instant happenedAt, UUID orderId, UUID customerId, NotificationKind kind) {
        if (happenedAt.isBefore(clock.instant().minus(maxEventAge))) {
            log.debug("Event {} of {} is too old to tell the customer about", eventId, happenedAt);
            return Mono.empty();
        }
        Notification requested = Notification.forEvent(eventId, orderId, customerId, kind, clock.instant());
        return notifications.insertOnce(requested).doOnNext(stored -> {
            if (stored) {
                log.info("Notification {} {} for order {} requested by event {}", requested.id(), kind, orderId, eventId);
            }
        }).then();
    }

    /** Asks for a reminder that the order is due on {@code deliveryDate}; emits whether it is a new one. */
    public Mono<Boolean> requestReminder(UUID orderId, UUID customerId, LocalDate deliveryDate) {
        return notifications.insertOnce(Notification.reminder(orderId, customerId, deliveryDate, clock.instant()));
    }

    /** Asks for a reminder of the balance due on a finished order, once per {@code period}; emits whether it is new. */
    public Mono<Boolean> requestBalanceReminder(UUID orderId, UUID customerId, long period) {
        return notifications.insertOnce(Notification.balanceReminder(orderId, customerId, period, clock.instant()));
    }

    public Mono<Notification> get(UUID id) {
        return notifications.find(id).switchIfEmpty(Mono.error(() -> new NotFoundException(RESOURCE, id)));
    }

    /** An order's delivery log; an order without notifications has an empty one. */
    public Mono<PageResponse<Notification>> ofOrder(UUID orderId, PageQuery page) {
        return PageResponse.of(notifications.findByOrder(orderId, page), notifications.countByOrder(orderId), page);
    }

    /** The same message again, to the customer's address as it is now; 409 while the original is still pending. */
    public Mono<Notification> resend(UUID id) {
        return Mono.zip(get(id), CurrentUser.name())
                .map(found -> found.getT1().resend(found.getT2(), clock.instant()))
                .flatMap(again -> notifications.insertOnce(again).thenReturn(again))
                .doOnNext(again -> {
                    log.info("Notification {} resent as {} by {}", again.resendOf(), again.id(), again.requestedBy());
                });
    }
}
