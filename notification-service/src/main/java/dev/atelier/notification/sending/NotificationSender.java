package dev.atelier.notification.sending;

import com.samskivert.mustache.MustacheException;
import dev.atelier.notification.customers.CustomerContact;
import dev.atelier.notification.customers.CustomerContacts;
import dev.atelier.notification.notifications.domain.Notification;
import dev.atelier.notification.notifications.domain.NotificationKind;
import dev.atelier.notification.notifications.domain.NotificationStatus;
import dev.atelier.notification.notifications.domain.RetryPolicy;
import dev.atelier.notification.notifications.persistence.NotificationRepository;
import dev.atelier.notification.orders.OrderDetails;
import dev.atelier.notification.orders.OrderDirectory;
import dev.atelier.notification.outgoing.OutgoingQueue;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.SendFailedException;
import java.time.Clock;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The customers' e-mails, an {@link OutgoingQueue}: for each due notification it reads the customer's
 * contact and the order, and writes and sends the mail. An attempt ends SENT, SKIPPED (no consent, no
 * address, archived or unknown customer, cancelled or unknown order, a reminder no longer due) or
 * failed: tried again with back-off while it may help, FAILED once attempts are used up or the failure
 * is for good.
 */
@Component
public class NotificationSender extends OutgoingQueue<Notification> {

    private static final Logger log = LoggerFactory.getLogger(NotificationSender.class);
    private static final int PARALLEL_SENDS = 4;
    private static final int MAX_REASON = 500;
    private static final Pattern EMAIL_ADDRESS = Pattern.compile("[^\\s<>\"'(),;:]+@[^\\s<>\"'(),;:]+");

    private final NotificationRepository notifications;
    private final CustomerContacts customers;
    private final OrderDirectory orders;
    private final MailComposer composer;
    private final SmtpMailer mailer;
    private final RetryPolicy retries;
    private final MeterRegistry meters;

    public NotificationSender(NotificationRepository notifications, CustomerContacts customers, OrderDirectory orders,
            MailComposer composer, SmtpMailer mailer, NotificationProperties properties, Clock clock, MeterRegistry meters) {
        super("Notification", notifications, Notification::id, properties.rounds(), PARALLEL_SENDS, clock);
        this.notifications = notifications;
        this.customers = customers;
        this.orders = orders;
        this.composer = composer;
        this.mailer = mailer;
        this.retries = properties.retryPolicy();
        this.meters = meters;
    }

    @Override
    protected Mono<Notification> outcomeOf(Notification claimed) {
        return mailFor(claimed).onErrorResume(failure -> Mono.just(claimed.failed(describe(failure), isPermanent(failure),
                retries, clock.instant())));
    }

    private Mono<Notification> mailFor(Notification notification) {
        return customers.find(notification.customerId())
                .flatMap(customer -> {
                    String refusal = refusal(customer);
                    if (refusal != null) {
                        return Mono.just(notification.skipped(refusal, clock.instant()));
                    }
                    return orders.find(notification.orderId())
                            .flatMap(order -> {
                                String stale = staleness(notification, order);
                                return stale != null ? Mono.just(notification.skipped(stale, clock.instant()))
                                        : send(notification, customer, order);
                            })
                            .switchIfEmpty(Mono.fromSupplier(() -> notification.skipped(
                                    "order-service does not know the order", clock.instant())));
                })
                .switchIfEmpty(Mono.fromSupplier(() -> notification.skipped(
                        "customer-service does not know the customer", clock.instant())));
    }

    /** Why this customer gets no e-mail, or null when they do. */
    private static @Nullable String refusal(CustomerContact customer) {
        if (customer.archived()) {
            return "the customer is archived";
        }
        if (!customer.acceptsEmail()) {
            return "the customer has not opted in to e-mail";
        }
        if (customer.email() == null || customer.email().isBlank()) {
            return "the customer has no e-mail address";
        }
        return null;
    }

    /** Why the order no longer wants this message, or null when it does. */
    private static @Nullable String staleness(Notification notification, OrderDetails order) {
        if ("CANCELLED".equals(order.status())) {
            return "the order is cancelled";
        }
        if (notification.kind() == NotificationKind.DELIVERY_REMINDER && "DELIVERED".equals(order.status())) {
            return "the order is already delivered";
        }
        if (notification.kind() == NotificationKind.BALANCE_DUE && !order.owesBalance()) {
            return "no balance is due any more";
        }
        return null;
    }

    /** Writes and sends the mail on a worker thread: templates may be files and SMTP blocks. */
    private Mono<Notification> send(Notification notification, CustomerContact customer, OrderDetails order) {
        return Mono.fromCallable(() -> {
            ComposedMail mail = composer.compose(notification.kind(), customer, order);
            mailer.send(notification.id(), mail);
            return notification.sent(mail.to(), mail.subject(), clock.instant());
        }).subscribeOn(Schedulers.boundedElastic());
    }

    @Override
    protected void recorded(Notification outcome) {
        String result = outcome.status() == NotificationStatus.PENDING ? "retry" : outcome.status().name().toLowerCase(Locale.ROOT);
        Counter.builder("atelier.notifications.attempts").description("Notification attempts by outcome")
                .tag("kind", outcome.kind().name()).tag("outcome", result).register(meters).increment();
        switch (outcome.status()) {
            case SENT -> log.info("Notification {} {} for order {} sent (attempt {})", outcome.id(), outcome.kind(),
                    outcome.orderId(), outcome.attempts());
            case SKIPPED -> log.info("Notification {} for order {} skipped: {}", outcome.id(), outcome.orderId(),
                    withoutAddresses(outcome.reason()));
            case PENDING -> log.warn("Notification {} for order {}: attempt {} failed, next at {}: {}", outcome.id(),
                    outcome.orderId(), outcome.attempts(), outcome.nextAttemptAt(), withoutAddresses(outcome.reason()));
            case FAILED -> log.error("Notification {} for order {} failed for good after {} attempts: {}", outcome.id(),
                    outcome.orderId(), outcome.attempts(), withoutAddresses(outcome.reason()));
        }
    }

    /**
     * The reason with e-mail addresses blanked, for the log: mail servers name the recipient in their
     * refusals, and customers' contact details stay out of logs (the delivery log keeps them).
     */
    static @Nullable String withoutAddresses(@Nullable String reason) {
        return reason == null ? null : EMAIL_ADDRESS.matcher(reason).replaceAll("<address>");
    }

    /** A failure that asking again cannot mend: the mail cannot be written, or the server refused the address. */
    static boolean isPermanent(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SmtpMailer.UnsendableMailException || cause instanceof MailTemplates.MissingTemplateException
                    || cause instanceof MustacheException || cause instanceof MailParseException
                    || cause instanceof MailPreparationException) {
                return true;
            }
            if (cause instanceof MailSendException sendFailed
                    && sendFailed.getFailedMessages().values().stream().anyMatch(NotificationSender::isPermanent)) {
                return true;
            }
            if (cause instanceof SendFailedException refused && refused.getInvalidAddresses() != null
                    && refused.getInvalidAddresses().length > 0) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Throwable failure) {
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return message.length() > MAX_REASON ? message.substring(0, MAX_REASON) : message;
    }
}
