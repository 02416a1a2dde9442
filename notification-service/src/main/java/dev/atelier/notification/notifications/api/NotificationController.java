package dev.atelier.notification.notifications.api;

import dev.atelier.notification.notifications.Notifications;
import dev.atelier.platform.openapi.CreatesResource;
import dev.atelier.platform.openapi.ProblemResponse;
import dev.atelier.platform.security.Roles;
import dev.atelier.platform.web.PageQuery;
import dev.atelier.platform.web.PageResponse;
import dev.atelier.platform.web.SortableBy;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The customers' notifications: each order's delivery log (every designer) and a resend (leads).
 * The log shows what was sent to whom and when, or why it failed or was skipped.
 */
@RestController
@Tag(name = "Notifications", description = "E-mails to customers about their orders: the delivery log and resends.")
@PreAuthorize(Roles.ANY_DESIGNER)
public class NotificationController {

    private final Notifications notifications;

    public NotificationController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/api/orders/{orderId}/notifications")
    @Operation(operationId = "listOrderNotifications", summary = "List an order's notifications (its delivery log)")
    public Mono<PageResponse<NotificationView>> ofOrder(@PathVariable UUID orderId,
            @SortableBy(value = "createdAt", defaultSort = "createdAt,desc") PageQuery page) {
        return notifications.ofOrder(orderId, page).map(result -> result.map(NotificationView::of));
    }

    @GetMapping("/api/notifications/{id}")
    @Operation(operationId = "getNotification", summary = "Get a notification")
    public Mono<NotificationView> get(@PathVariable UUID id) {
        return notifications.get(id).map(NotificationView::of);
    }

    /** Sends the message again, to the customer's address as it is now, as a new log entry. */
    @PostMapping("/api/notifications/{id}/resend")
    @PreAuthorize(Roles.LEAD_DESIGNER_ONLY)
    @Operation(operationId = "resendNotification", summary = "Send a notification again")
    @CreatesResource(location = "The new notification.")
    @ProblemResponse(status = 409, description = "The notification is still being sent (notificationStatus PENDING).")
    public Mono<ResponseEntity<NotificationView>> resend(@PathVariable UUID id) {
        return notifications.resend(id).map(again -> ResponseEntity
                .created(URI.create("/api/notifications/" + again.id())).body(NotificationView.of(again)));
    }
}
