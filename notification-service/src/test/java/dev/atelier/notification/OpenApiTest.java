package dev.atelier.notification;

import dev.atelier.platform.test.OpenApiDocumentContract;
import org.junit.jupiter.api.Test;

/** notification-service's OpenAPI document: its paths and shapes; the checks every service shares come from the contract. */
class OpenApiTest extends NotificationIntegrationTest implements OpenApiDocumentContract {

    @Override
    public String serviceName() {
        return "notification-service";
    }

    @Test
    void the_api_document_lists_the_notification_paths() {
        document(web)
                .jsonPath("$.info.title").isEqualTo("Atelier notification-service")
                .jsonPath("$.paths['/api/orders/{orderId}/notifications'].get.operationId").isEqualTo("listOrderNotifications")
                .jsonPath("$.paths['/api/notifications/{id}'].get.operationId").isEqualTo("getNotification")
                .jsonPath("$.paths['/api/notifications/{id}/resend'].post.operationId").isEqualTo("resendNotification")
                .jsonPath("$.paths['/api/notifications/{id}/resend'].post.responses['201'].headers.Location").exists()
                .jsonPath("$.paths['/api/notifications/{id}/resend'].post.responses['409']").exists()
                .jsonPath("$.components.schemas.Notification.properties.status.enum").isArray()
                .jsonPath("$.paths['/api/webhooks'].post.operationId").isEqualTo("createWebhook")
                .jsonPath("$.paths['/api/webhooks'].post.responses['201'].headers.Location").exists()
                .jsonPath("$.paths['/api/webhooks/{id}/deliveries'].get.operationId").isEqualTo("listWebhookDeliveries")
                .jsonPath("$.paths['/api/webhooks/{id}/test'].post.responses['202']").exists()
                .jsonPath("$.components.schemas.NewWebhook.properties.secret").exists()
                .jsonPath("$.components.schemas.Webhook.properties.secret").doesNotExist();
    }
}
