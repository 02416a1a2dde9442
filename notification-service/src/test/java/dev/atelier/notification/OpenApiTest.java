package dev.atelier.notification;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.platform.test.PublishedDocument;
import org.junit.jupiter.api.Test;

/** The OpenAPI document the gateway aggregates; like every route but health, it needs a token. */
class OpenApiTest extends NotificationIntegrationTest {

    @Test
    void the_api_document_lists_the_notification_paths() {
        web.get().uri("/v3/api-docs").headers(h -> h.setBearerAuth(junior())).exchange()
                .expectStatus().isOk()
                .expectBody()
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

    /** The document as published, for the api-contract module's lint. */
    @Test
    void the_document_is_kept_for_the_contract_checks() {
        String json = web.get().uri("/v3/api-docs").headers(h -> h.setBearerAuth(junior())).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(json).isNotNull();
        assertThat(PublishedDocument.write("notification-service", json)).exists();
    }

    @Test
    void the_api_document_needs_a_token() {
        web.get().uri("/v3/api-docs").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void health_is_open() {
        web.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
    }
}
