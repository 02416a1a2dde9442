package dev.atelier.notification.webhooks.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.notification.NotificationIntegrationTest;
import dev.atelier.notification.webhooks.domain.Webhook;
import dev.atelier.notification.webhooks.domain.WebhookDelivery;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;

/**
 * Claiming takes turns across webhooks, on the real table. Each case runs in a transaction that is
 * rolled back, so the running sender never sees its rows and other tests' rows stay as they were.
 */
class DeliveryTurnsTest extends NotificationIntegrationTest {

    /** Long before anything the other tests write, so only this test's rows are due. */
    private static final Instant LONG_AGO = Instant.parse("2001-01-01T00:00:00Z");

    @Autowired
    WebhookRepository webhooks;

    @Autowired
    WebhookDeliveryRepository deliveries;

    @Autowired
    ReactiveTransactionManager transactions;

    @Test
    void a_webhook_with_a_backlog_does_not_hold_back_the_others_deliveries() {
        Webhook backlogged = webhook("https://down.example.com/hook");
        Webhook healthy = webhook("https://up.example.com/hook");
        List<WebhookDelivery> backlog = IntStream.range(0, 30)
                .mapToObj(i -> delivery(backlogged, LONG_AGO.plusSeconds(i))).toList();
        List<WebhookDelivery> fresh = List.of(delivery(healthy, LONG_AGO.plusSeconds(600)),
                delivery(healthy, LONG_AGO.plusSeconds(601)));

        List<WebhookDelivery> claimed = rolledBack(webhooks.insert(backlogged).then(webhooks.insert(healthy))
                .thenMany(Flux.concat(backlog.stream().map(deliveries::insertOnce).toList()))
                .thenMany(Flux.concat(fresh.stream().map(deliveries::insertOnce).toList()))
                .thenMany(deliveries.claimDue(LONG_AGO.plus(Duration.ofHours(1)), LONG_AGO.plus(Duration.ofHours(2)), 10)));

        assertThat(claimed).hasSize(10);
        assertThat(claimed).extracting(WebhookDelivery::id).as("both of the healthy webhook's, though newer")
                .containsAll(fresh.stream().map(WebhookDelivery::id).toList())
                .as("and the backlog's oldest eight")
                .containsAll(backlog.subList(0, 8).stream().map(WebhookDelivery::id).toList());
        assertThat(claimed).allSatisfy(delivery -> {
            assertThat(delivery.attempts()).isEqualTo(1);
            assertThat(delivery.nextAttemptAt()).isEqualTo(LONG_AGO.plus(Duration.ofHours(2)));
        });
    }

    @Test
    void deliveries_not_yet_due_or_no_longer_pending_are_not_claimed() {
        Webhook hook = webhook("https://shop.example.com/hook");
        WebhookDelivery due = delivery(hook, LONG_AGO);
        WebhookDelivery later = delivery(hook, LONG_AGO.plus(Duration.ofHours(3)));
        WebhookDelivery delivered = delivery(hook, LONG_AGO).delivered(204, LONG_AGO);

        List<WebhookDelivery> claimed = rolledBack(webhooks.insert(hook)
                .thenMany(Flux.concat(deliveries.insertOnce(due), deliveries.insertOnce(later), deliveries.insertOnce(delivered)))
                .thenMany(deliveries.claimDue(LONG_AGO.plus(Duration.ofHours(1)), LONG_AGO.plus(Duration.ofHours(2)), 10)));

        assertThat(claimed).extracting(WebhookDelivery::id).containsExactly(due.id());
    }

    private List<WebhookDelivery> rolledBack(Flux<WebhookDelivery> work) {
        return TransactionalOperator.create(transactions)
                .execute(status -> {
                    status.setRollbackOnly();
                    return work;
                })
                .collectList().block(Duration.ofSeconds(30));
    }

    private static Webhook webhook(String url) {
        return new Webhook(UUID.randomUUID(), url, List.of("order.created"), null, "whsec_test", LONG_AGO, "lead");
    }

    private static WebhookDelivery delivery(Webhook webhook, Instant due) {
        return WebhookDelivery.of(webhook.id(), UUID.randomUUID().toString(), "order.created", "{}", due);
    }
}
