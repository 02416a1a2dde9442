package dev.atelier.gateway.updates;

import dev.atelier.platform.openapi.ProblemResponse;
import dev.atelier.platform.security.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/updates}: what changes, as server-sent events, for any designer (a bearer token or the
 * console's session). The first message says how the stream starts ({@code ready}, or {@code resync} when
 * the client's {@code Last-Event-ID} is older than the gateway keeps: reload, then follow); then one message
 * per change, named by its event type, with the feed position as its id; quiet streams get their position
 * as an id-only heartbeat.
 */
@RestController
@Tag(name = "Updates", description = "Live updates: what changes in orders and stock, as server-sent events.")
class UpdatesController {

    /** The {@code data} of an update message: the event's type, id, time and {@code data} as published on Kafka. */
    record UpdateMessage(UUID eventId, String type, Instant time,
            @Schema(implementation = Object.class, types = "object", additionalProperties = Schema.AdditionalPropertiesValue.TRUE,
                    description = "The event's data as published on Kafka: docs/events/schemas/<type>.schema.json.")
            JsonNode data) {
    }

    /** The {@code data} of the first message. */
    record StreamStart(boolean resumed, String reason) {
    }

    /** How long EventSource waits before it reconnects (its own default is about 3 s in browsers). */
    private static final Duration RECONNECT_AFTER = Duration.ofSeconds(2);

    private final UpdateLog updates;
    private final UpdatesProperties properties;
    private final Clock clock;

    UpdatesController(UpdateLog updates, UpdatesProperties properties, Clock clock) {
        this.updates = updates;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping(path = "/api/updates", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @PreAuthorize(Roles.ANY_DESIGNER)
    @Operation(operationId = "streamUpdates", summary = "Follow changes as server-sent events",
            description = "Events: `ready` or `resync` first, then one per change named by its event type "
                    + "(order.created, order.items-changed, order.status-changed, order.cancelled, "
                    + "order.payment-recorded for leads only: a junior asking for it in types is 403, stock.changed, stock.item-changed, stock.reservation-updated, customer.changed) with an UpdateMessage as data. Reconnect with Last-Event-ID "
                    + "to get what was missed in the last minutes. Streams end after a while (and when a "
                    + "bearer token expires); reconnect.")
    @ApiResponse(responseCode = "200", description = "The stream. Each change's `data` is an UpdateMessage; the first "
            + "message's (`ready` or `resync`) is {\"resumed\": boolean, \"reason\": string}.", content = @Content(
                    mediaType = MediaType.TEXT_EVENT_STREAM_VALUE, schema = @Schema(implementation = UpdateMessage.class)))
    @ProblemResponse(status = 503, description = "Too many streams are open; try again later.")
    Mono<ResponseEntity<Flux<ServerSentEvent<?>>>> stream(
            // Ids are read as text and checked after the role check: a junk id from a caller without a role is a 403.
            @Parameter(description = "Only this order's changes.", schema = @Schema(format = "uuid"))
            @RequestParam(required = false) String orderId,
            @Parameter(description = "Only changes of this customer and their orders.", schema = @Schema(format = "uuid"))
            @RequestParam(required = false) String customerId,
            @Parameter(description = "Only stock changes of this inventory item.", schema = @Schema(format = "uuid"))
            @RequestParam(required = false) String inventoryItemId,
            @Parameter(description = "Only these event types, comma-separated.")
            @RequestParam(required = false) String types,
            @Parameter(description = "The id of the last message received, to resume.")
            @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId,
            Authentication caller) {
        // Refusals are decided here, before the answer is a stream: they are problem+json, not a broken stream.
        return Mono.fromCallable(() -> {
            boolean lead = caller.getAuthorities().stream()
                .anyMatch(authority -> authority.getAuthority().equals(Roles.AUTHORITY_PREFIX + Roles.LEAD_DESIGNER));
            UpdateFilter filter = UpdateFilter.of(lead, orderId, customerId, inventoryItemId, types);
            updates.checkRoomForOneMore();
            Flux<ServerSentEvent<?>> stream = Flux.defer(() -> {
                UpdateLog.Opening opening = updates.open(Optional.ofNullable(lastEventId).filter(id -> !id.isBlank()),
                        filter);
                return Flux.concat(Flux.just(start(opening)), opening.messages().map(UpdatesController::message));
            }).take(lifetime(caller));
            return ResponseEntity.ok().contentType(MediaType.TEXT_EVENT_STREAM)
                // proxies that buffer (nginx) would hold the stream back
                .header("X-Accel-Buffering", "no")
                .body(stream);
        });
    }

    private static ServerSentEvent<?> start(UpdateLog.Opening opening) {
        StreamStart start = switch (opening.kind()) {
            case NEW -> new StreamStart(false, "A new stream.");
            case RESUMED -> new StreamStart(true, "Resumed after Last-Event-ID.");
            case RESYNC -> new StreamStart(false, "Last-Event-ID is older than this gateway keeps, or not one of its "
                    + "ids: reload what you show, then follow this stream.");
        };
        return ServerSentEvent.builder(start)
            .event(opening.kind() == UpdateLog.Opening.Kind.RESYNC ? "resync" : "ready")
            .retry(RECONNECT_AFTER)
            .id(opening.position().text())
            .build();
    }

    private static ServerSentEvent<?> message(FeedMessage message) {
        return switch (message) {
            case Update update -> ServerSentEvent.builder(new UpdateMessage(update.event().id(), update.type(),
                    update.event().time(), update.event().data()))
                .event(update.type())
                .id(update.after().text())
                .build();
            case FeedMessage.Heartbeat beat -> ServerSentEvent.builder().id(beat.after().text()).comment("").build();
        };
    }

    /** A stream never outlives the bearer token it was opened with. */
    private Duration lifetime(Authentication caller) {
        Duration lifetime = properties.maxDuration();
        if (caller instanceof JwtAuthenticationToken bearer && bearer.getToken().getExpiresAt() != null) {
            Duration left = Duration.between(clock.instant(), bearer.getToken().getExpiresAt());
            if (left.compareTo(lifetime) < 0) {
                lifetime = left.isNegative() ? Duration.ZERO : left;
            }
        }
        return lifetime;
    }
}
