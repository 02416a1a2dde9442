package dev.atelier.notification.webhooks;

import dev.atelier.notification.webhooks.domain.Webhook;
import dev.atelier.notification.webhooks.domain.WebhookDelivery;
import dev.atelier.notification.webhooks.domain.WebhookSignature;
import dev.atelier.notification.webhooks.domain.WebhookUrl;
import dev.atelier.notification.webhooks.persistence.WebhookDeliveryRepository;
import dev.atelier.notification.webhooks.persistence.WebhookRepository;
import dev.atelier.platform.domain.Ids;
import dev.atelier.platform.error.NotFoundException;
import dev.atelier.platform.error.ValidationFailedException;
import dev.atelier.platform.event.CloudEventsJson;
import dev.atelier.platform.event.EventEnvelope;
import dev.atelier.platform.event.EventType;
import dev.atelier.platform.security.CurrentUser;
import dev.atelier.platform.sql.ReadOncePerTransaction;
import dev.atelier.platform.web.PageQuery;
import dev.atelier.platform.web.PageResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** Outgoing webhooks' use cases: register, read, delete, try one, and hand each event to those that want it. */
@Service
public class Webhooks {

    public static final String RESOURCE = "webhook";

    private static final Logger log = LoggerFactory.getLogger(Webhooks.class);

    private final WebhookRepository webhooks;
    private final WebhookDeliveryRepository deliveries;
    private final CloudEventsJson cloudEvents;
    private final JsonMapper json;
    private final WebhookProperties properties;
    private final Clock clock;

    public Webhooks(WebhookRepository webhooks, WebhookDeliveryRepository deliveries, CloudEventsJson cloudEvents,
            JsonMapper json, WebhookProperties properties, Clock clock) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.cloudEvents = cloudEvents;
        this.json = json;
        this.properties = properties;
        this.clock = clock;
    }

    /** A new webhook with a new secret (the only time the secret is shown). */
    public Mono<Webhook> register(String url, List<String> eventTypes, @Nullable String description) {
        String checked = WebhookUrl.check(url, properties.allowHttpToLoopback());
        List<String> unknown = eventTypes.stream().filter(type -> EventType.named(type).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            return Mono.error(new ValidationFailedException("eventTypes", "names unknown event types " + unknown
                    + "; known are " + EventType.all().stream().map(EventType::name).toList()));
        }
        return CurrentUser.name().flatMap(lead -> {
            Webhook webhook = new Webhook(Ids.newId(), checked, eventTypes.stream().distinct().toList(),
                    description, WebhookSignature.newSecret(), clock.instant(), lead);
            return webhooks.insert(webhook).thenReturn(webhook)
                    // the host only: a URL's path or query may carry the receiver's own token
                    .doOnNext(made -> log.info("Webhook {} to {} for {} registered by {}", made.id(),
                            URI.create(made.url()).getHost(), made.eventTypes(), lead));
        });
    }

    public Mono<Webhook> get(UUID id) {
        return webhooks.find(id).switchIfEmpty(Mono.error(() -> new NotFoundException(RESOURCE, id)));
    }

    public Mono<PageResponse<Webhook>> list(PageQuery page) {
        return PageResponse.of(webhooks.findAll(page), webhooks.count(), page);
    }

    /** Deletes the webhook and its delivery log; nothing more is sent to it. */
    public Mono<Void> delete(UUID id) {
        return webhooks.delete(id).flatMap(deleted -> deleted > 0
                ? Mono.fromRunnable(() -> log.info("Webhook {} deleted", id))
                : Mono.error(new NotFoundException(RESOURCE, id))).then();
    }

    public Mono<PageResponse<WebhookDelivery>> deliveries(UUID id, PageQuery page) {
        return get(id).then(PageResponse.of(deliveries.findByWebhook(id, page), deliveries.countByWebhook(id), page));
    }

    /** Sends a sample event ({@value WebhookDelivery#TEST_EVENT_TYPE}) to the webhook, signed like any other. */
    public Mono<WebhookDelivery> sendTest(UUID id) {
        return get(id).flatMap(webhook -> {
            Instant now = clock.instant();
            String eventId = Ids.newId().toString();
            Map<String, Object> sample = new LinkedHashMap<>();
            sample.put("specversion", EventEnvelope.SPEC_VERSION);
            sample.put("id", eventId);
            sample.put("source", "/notification-service");
            sample.put("type", WebhookDelivery.TEST_EVENT_TYPE);
            sample.put("time", now.toString());
            sample.put("datacontenttype", EventEnvelope.DATA_CONTENT_TYPE);
            sample.put("data", Map.of("webhookId", id.toString(), "message",
                    "A test from Atelier: if you can read this, your webhook receives and can check signatures."));
            WebhookDelivery test = WebhookDelivery.of(id, eventId, WebhookDelivery.TEST_EVENT_TYPE,
                    json.writeValueAsString(sample), now);
            return deliveries.insertOnce(test).thenReturn(test);
        });
    }

    /**
     * Queues {@code event} for every webhook that wants its type and was registered before it happened
     * (a new webhook is not sent the topic's history). Runs in the consumer's transaction, so a
     * redelivered event queues nothing more.
     */
    public Mono<Void> fanOut(EventEnvelope<?> event) {
        // A poll's events share one transaction, and so one read of the webhooks wanting each type.
        // Most events have no webhook wanting them: the body is written once, and only for those that do.
        return ReadOncePerTransaction.read(new Wanting(event.type()), () -> webhooks.findWanting(event.type()).collectList())
                .map(wanting -> wanting.stream().filter(webhook -> !webhook.createdAt().isAfter(event.time())).toList())
                .flatMapMany(wanting -> {
                    if (wanting.isEmpty()) {
                        return Flux.empty();
                    }
                    String body = new String(cloudEvents.structured(event), StandardCharsets.UTF_8);
                    return Flux.fromIterable(wanting).concatMap(webhook -> deliveries.insertOnce(WebhookDelivery.of(
                            webhook.id(), event.id().toString(), event.type(), body, clock.instant())));
                })
                .then();
    }

    /** The key of a transaction's one read of the webhooks that want {@code eventType}. */
    private record Wanting(String eventType) {
    }
}
