package dev.atelier.notification.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.atelier.notification.NotificationIntegrationTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Reminders before the delivery date and of balances due, asked of the order list (a real HTTP stand-in)
 * and mailed through real SMTP.
 */
class OrderRemindersTest extends NotificationIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void an_order_due_within_two_days_is_reminded_of_once_and_others_are_not() {
        LocalDate today = LocalDate.now();
        String pickupAddress = uniqueAddress("sade");
        String deliveryAddress = uniqueAddress("wale");
        String laterAddress = uniqueAddress("yemi");
        String deliveredAddress = uniqueAddress("kunle");
        UUID pickup = SHOP.order(SHOP.customer("Sade Ade", pickupAddress, true, null), "PICKUP", "IN_PROGRESS",
                today.plusDays(1));
        UUID delivery = SHOP.order(SHOP.customer("Wale Ojo", deliveryAddress, true, "fr"), "DELIVERY", "COMPLETED",
                today.plusDays(2));
        UUID later = SHOP.order(SHOP.customer("Yemi Ola", laterAddress, true, null), "PICKUP", "PENDING",
                today.plusDays(3));
        UUID delivered = SHOP.order(SHOP.customer("Kunle Ade", deliveredAddress, true, null), "PICKUP", "DELIVERED",
                today.plusDays(1));

        await().atMost(WAIT).until(() -> mailsTo(pickupAddress).size() == 1 && mailsTo(deliveryAddress).size() == 1);
        String reference = pickup.toString().substring(0, 8).toUpperCase();
        assertThat(mailsTo(pickupAddress).getFirst()).satisfies(mail ->
                assertThat(mail.getSubject()).startsWith("Your order " + reference + " will be ready on "));
        assertThat(mailsTo(deliveryAddress).getFirst()).satisfies(mail ->
                assertThat(mail.getSubject()).startsWith("Votre commande " + delivery.toString().substring(0, 8).toUpperCase()
                        + " arrive le "));
        Map<String, Object> entry = log(pickup).getFirst();
        assertThat(entry).containsEntry("kind", "DELIVERY_REMINDER").containsEntry("requestedBy", "delivery-reminder")
                .containsEntry("status", "SENT");

        // more rounds of the scheduler remind nobody twice, and never of the later or delivered order
        int rounds = SHOP.listings();
        await().atMost(WAIT).until(() -> SHOP.listings() >= rounds + 3);
        assertThat(mailsTo(pickupAddress)).hasSize(1);
        assertThat(log(pickup)).hasSize(1);
        assertThat(mailsTo(laterAddress)).isEmpty();
        assertThat(log(later)).isEmpty();
        assertThat(mailsTo(deliveredAddress)).isEmpty();
        assertThat(log(delivered)).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> log(UUID order) {
        Map<?, ?> page = web.get().uri("/api/orders/{id}/notifications", order).headers(h -> h.setBearerAuth(junior()))
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        return (List<Map<String, Object>>) page.get("content");
    }

    @Test
    void a_finished_order_with_a_balance_left_is_reminded_of_it_once_a_period_and_a_paid_one_is_not() {
        LocalDate today = LocalDate.now();
        String owingAddress = uniqueAddress("ife");
        String paidAddress = uniqueAddress("dayo");
        UUID owing = SHOP.order(SHOP.customer("Ife Ade", owingAddress, true, null), "PICKUP", "COMPLETED",
                today.minusDays(3), new BigDecimal("150.00"));
        UUID paid = SHOP.order(SHOP.customer("Dayo Ade", paidAddress, true, null), "PICKUP", "DELIVERED",
                today.minusDays(3), BigDecimal.ZERO);

        await().atMost(WAIT).until(() -> mailsTo(owingAddress).size() == 1);
        String reference = owing.toString().substring(0, 8).toUpperCase();
        assertThat(mailsTo(owingAddress).getFirst()).satisfies(mail -> {
            assertThat(mail.getSubject()).startsWith("A balance of ").contains("150.00")
                    .endsWith(" is due on your order " + reference);
        });
        assertThat(log(owing).getFirst()).containsEntry("kind", "BALANCE_DUE").containsEntry("requestedBy", "balance-reminder");

        int rounds = SHOP.listings();
        await().atMost(WAIT).until(() -> SHOP.listings() >= rounds + 3);
        assertThat(mailsTo(owingAddress)).hasSize(1);
        assertThat(mailsTo(paidAddress)).isEmpty();
        assertThat(log(paid)).isEmpty();
    }
}
