package dev.atelier.notification.webhooks;

import dev.atelier.notification.notifications.domain.RetryPolicy;
import dev.atelier.notification.outgoing.OutgoingQueue;
import dev.atelier.notification.sending.NotificationProperties;
import dev.atelier.notification.webhooks.domain.DeliveryStatus;
import dev.atelier.notification.webhooks.domain.Webhook;
import dev.atelier.notification.webhooks.domain.WebhookDelivery;
import dev.atelier.notification.webhooks.domain.WebhookSignature;
import dev.atelier.notification.webhooks.persistence.WebhookDeliveryRepository;
import dev.atelier.notification.webhooks.persistence.WebhookRepository;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * The webhook deliveries, an {@link OutgoingQueue}: each due delivery's body is POSTed to its webhook's
 * URL, signed ({@code webhook-id}, {@code webhook-timestamp}, {@code webhook-signature}). A 2xx answer
 * is DELIVERED; anything else, or no answer within {@code atelier.webhooks.timeout}, is tried again with the
 * notifications' back-off until the attempts are used up. Redirects are not followed.
 */
@Component
public class WebhookSender extends OutgoingQueue<WebhookDelivery> {

    public static final String ID_HEADER = "webhook-id";
    public static final String TIMESTAMP_HEADER = "webhook-timestamp";
    public static final String SIGNATURE_HEADER = "webhook-signature";

    private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);
    private static final int PARALLEL_DELIVERIES = 4;

    private final WebhookRepository webhooks;
    private final WebhookDeliveryRepository deliveries;
    private final WebClient web;
    private final WebhookProperties properties;
    private final RetryPolicy retries;
    private final MeterRegistry meters;

    public WebhookSender(WebhookRepository webhooks, WebhookDeliveryRepository deliveries, WebClient.Builder web,
            NotificationProperties rounds, WebhookProperties properties, Clock clock, MeterRegistry meters) {
        super("Webhook delivery", deliveries, WebhookDelivery::id, rounds.rounds(), PARALLEL_DELIVERIES, clock);
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.web = web.clone().build();
        this.properties = properties;
        this.retries = rounds.retryPolicy();
        this.meters = meters;
    }

    /** A webhook deleted since the claim took its deliveries along: nothing to send, nothing to settle. */
    @Override
    protected Mono<WebhookDelivery> outcomeOf(WebhookDelivery claimed) {
        return webhooks.find(claimed.webhookId()).flatMap(webhook -> post(webhook, claimed));
    }

    private Mono<WebhookDelivery> post(Webhook webhook, WebhookDelivery delivery) {
        long timestamp = clock.instant().getEpochSecond();
        return web.post().uri(webhook.url())
                .contentType(MediaType.APPLICATION_JSON)
                .header(ID_HEADER, delivery.id().toString())
                .header(TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(SIGNATURE_HEADER, WebhookSignature.sign(webhook.secret(), delivery.id().toString(), timestamp,
                        delivery.body()))
                .bodyValue(delivery.body())
                .exchangeToMono(response -> response.releaseBody().thenReturn(response.statusCode().value()))
                .timeout(properties.timeout())
                .map(status -> status >= 200 && status < 300 ? delivery.delivered(status, clock.instant())
                        : delivery.failed(status, "the receiver answered " + status, retries, clock.instant()))
                .onErrorResume(failure -> Mono.just(delivery.failed(null, describe(failure), retries, clock.instant())));
    }

    @Override
    protected void recorded(WebhookDelivery outcome) {
        String result = outcome.status() == DeliveryStatus.PENDING ? "retry" : outcome.status().name().toLowerCase(Locale.ROOT);
        Counter.builder("atelier.webhooks.deliveries").description("Webhook delivery attempts by outcome")
                .tag("outcome", result).register(meters).increment();
        switch (outcome.status()) {
            case DELIVERED -> log.info("Webhook {} got {} {} (attempt {})", outcome.webhookId(), outcome.eventType(),
                    outcome.eventId(), outcome.attempts());
            case PENDING -> log.warn("Webhook {}: {} attempt {} failed, next at {}: {}", outcome.webhookId(), outcome.eventType(),
                    outcome.attempts(), outcome.nextAttemptAt(), outcome.reason());
            case FAILED -> log.error("Webhook {}: {} {} failed for good after {} attempts: {}", outcome.webhookId(),
                    outcome.eventType(), outcome.eventId(), outcome.attempts(), outcome.reason());
        }
    }

    private String describe(Throwable failure) {
        if (failure instanceof TimeoutException) {
            return "no answer within " + properties.timeout().toSeconds() + " s";
        }
        return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    }
}
