package dev.atelier.notification.webhooks.api;

import dev.atelier.notification.webhooks.Webhooks;
import dev.atelier.platform.openapi.CreatesResource;
import dev.atelier.platform.openapi.ProblemResponse;
import dev.atelier.platform.security.Roles;
import dev.atelier.platform.web.PageQuery;
import dev.atelier.platform.web.PageResponse;
import dev.atelier.platform.web.SortableBy;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * {@code /api/webhooks}: other shop systems hear Atelier's events at their own HTTPS URL, each delivery
 * signed with the webhook's secret. Lead designers only.
 */
@RestController
@Tag(name = "Webhooks", description = "Atelier's events POSTed to other shop systems, signed, retried and logged.")
@RequestMapping("/api/webhooks")
@PreAuthorize(Roles.LEAD_DESIGNER_ONLY)
public class WebhookController {

    private final Webhooks webhooks;

    public WebhookController(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    @PostMapping
    @Operation(operationId = "createWebhook", summary = "Register a webhook (the answer shows its secret, once)")
    @CreatesResource(location = "The new webhook.")
    public Mono<ResponseEntity<NewWebhookView>> create(@Valid @RequestBody WebhookRequest request) {
        String description = request.description() == null || request.description().isBlank() ? null
                : request.description().strip();
        return webhooks.register(request.url().strip(), request.eventTypes(), description)
                .map(made -> ResponseEntity.created(URI.create("/api/webhooks/" + made.id())).body(NewWebhookView.of(made)));
    }

    @GetMapping
    @Operation(operationId = "listWebhooks", summary = "List webhooks")
    public Mono<PageResponse<WebhookView>> list(@SortableBy(value = "createdAt", defaultSort = "createdAt,desc") PageQuery page) {
        return webhooks.list(page).map(result -> result.map(WebhookView::of));
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getWebhook", summary = "Get a webhook")
    public Mono<WebhookView> get(@PathVariable UUID id) {
        return webhooks.get(id).map(WebhookView::of);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteWebhook", summary = "Delete a webhook and its delivery log")
    public Mono<Void> delete(@PathVariable UUID id) {
        return webhooks.delete(id);
    }

    @GetMapping("/{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "List a webhook's deliveries, newest first")
    public Mono<PageResponse<WebhookDeliveryView>> deliveries(@PathVariable UUID id,
            @SortableBy(value = "createdAt", defaultSort = "createdAt,desc") PageQuery page) {
        return webhooks.deliveries(id, page).map(result -> result.map(WebhookDeliveryView::of));
    }

    /** Queues a sample event ({@code webhook.test}), signed like any other; its delivery shows in the log. */
    @PostMapping("/{id}/test")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(operationId = "testWebhook", summary = "Send a webhook a sample event")
    @ApiResponse(responseCode = "202", description = "The sample is queued; its delivery is in the webhook's log.")
    @ProblemResponse(status = 404, description = "No such webhook.")
    public Mono<WebhookDeliveryView> test(@PathVariable UUID id) {
        return webhooks.sendTest(id).map(WebhookDeliveryView::of);
    }
}
