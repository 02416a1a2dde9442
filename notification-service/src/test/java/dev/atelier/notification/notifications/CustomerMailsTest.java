package dev.atelier.notification.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.atelier.notification.NotificationIntegrationTest;
import dev.atelier.platform.event.EventEnvelope;
import dev.atelier.platform.event.OrderStatusChanged;
import dev.atelier.platform.test.KeycloakEndpoint;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Order events in over real Kafka, mails out to a real SMTP server, the delivery log over HTTP. */
class CustomerMailsTest extends NotificationIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void a_completed_pickup_order_mails_the_customer_once_and_the_log_says_so() throws Exception {
        String address = uniqueAddress("ada");
        UUID customer = SHOP.customer("Ada Obi", address, true, null);
        UUID order = SHOP.order(customer, "PICKUP", "COMPLETED");
        EventEnvelope<OrderStatusChanged> completed = EventEnvelope.of("/order-service", moved(order, customer, "COMPLETED"));

        publish(completed);
        publish(completed);

        await().atMost(WAIT).until(() -> mailsTo(address).size() == 1);
        MimeMessage mail = mailsTo(address).getFirst();
        String reference = order.toString().substring(0, 8).toUpperCase();
        assertThat(mail.getSubject()).isEqualTo("Your order " + reference + " is ready for pickup");
        assertThat(mail.getFrom()[0].toString()).contains("Maison Ade").contains("hello@maison-ade.test");
        assertThat(mail.getHeader("Content-Language")[0]).isEqualTo("en");
        assertThat(text(mail)).contains("Dear Ada Obi,").contains("Hand-beaded bodice (size M)")
                .contains("4 Broad Street").contains("Lagos");

        Map<String, Object> entry = await().atMost(WAIT).until(() -> onlyEntry(order), e -> "SENT".equals(e.get("status")));
        assertThat(entry).containsEntry("kind", "ORDER_READY").containsEntry("channel", "EMAIL")
                .containsEntry("recipient", address).containsEntry("requestedBy", "order-event")
                .containsEntry("attempts", 1).containsKey("sentAt");
        assertThat(mail.getHeader("X-Atelier-Notification")[0]).isEqualTo(entry.get("id"));

        // a later event of the same order (same partition, so consumed after the duplicate) is the only other mail
        publish(moved(order, customer, "DELIVERED"));
        await().atMost(WAIT).until(() -> log(order).size() == 2 && mailsTo(address).size() == 2);
        assertThat(mailsTo(address)).extracting(MimeMessage::getSubject)
                .containsExactly("Your order " + reference + " is ready for pickup",
                        "Your order " + reference + " has been delivered");
    }

    @Test
    void a_delivery_order_is_on_its_way_then_delivered_in_the_customers_language() throws Exception {
        String address = uniqueAddress("chioma");
        UUID customer = SHOP.customer("Chioma Eze", address, true, "fr");
        UUID order = SHOP.order(customer, "DELIVERY", "COMPLETED", LocalDate.of(2030, 12, 20));

        publish(moved(order, customer, "COMPLETED"));
        await().atMost(WAIT).until(() -> mailsTo(address).size() == 1);
        String reference = order.toString().substring(0, 8).toUpperCase();
        MimeMessage onItsWay = mailsTo(address).getFirst();
        assertThat(onItsWay.getSubject()).isEqualTo("Votre commande " + reference + " est en route");
        assertThat(text(onItsWay)).contains("Bonjour Chioma Eze,").contains("12 Allen Avenue, 100271 Ikeja, NG")
                .contains("20 décembre 2030");

        publish(moved(order, customer, "DELIVERED"));
        await().atMost(WAIT).until(() -> mailsTo(address).size() == 2);
        assertThat(mailsTo(address).get(1).getSubject()).isEqualTo("Votre commande " + reference + " a été livrée");
    }

    @Test
    void moves_customers_do_not_hear_about_send_nothing() throws Exception {
        String address = uniqueAddress("bola");
        UUID customer = SHOP.customer("Bola Ade", address, true, null);
        UUID order = SHOP.order(customer, "PICKUP", "IN_PROGRESS");

        publish(moved(order, customer, "IN_PROGRESS"));
        // a later event on the same partition (same key) shows the first was consumed
        publish(moved(order, customer, "COMPLETED"));
        await().atMost(WAIT).until(() -> mailsTo(address).size() == 1);
        assertThat(mailsTo(address).getFirst().getSubject()).contains("is ready for pickup");
        assertThat(log(order)).hasSize(1);
    }

    @Test
    void an_old_event_read_from_the_topics_history_tells_the_customer_nothing() throws Exception {
        String address = uniqueAddress("old");
        UUID customer = SHOP.customer("Old News", address, true, null);
        UUID order = SHOP.order(customer, "PICKUP", "DELIVERED");
        Instant lastMonth = Instant.now().minus(Duration.ofDays(30));

        publish(new OrderStatusChanged(order, customer, 1, List.of(), "IN_PROGRESS", "COMPLETED", lastMonth));
        publish(moved(order, customer, "DELIVERED"));

        await().atMost(WAIT).until(() -> mailsTo(address).size() == 1);
        assertThat(mailsTo(address).getFirst().getSubject()).contains("has been delivered");
        assertThat(log(order)).extracting(entry -> entry.get("kind")).containsExactly("ORDER_DELIVERED");
    }

    @Test
    void a_customer_who_has_not_opted_in_gets_no_mail_and_the_log_says_why() {
        String address = uniqueAddress("tunde");
        UUID customer = SHOP.customer("Tunde Bakare", address, false, null);
        UUID order = SHOP.order(customer, "PICKUP", "COMPLETED");

        publish(moved(order, customer, "COMPLETED"));

        Map<String, Object> entry = await().atMost(WAIT).until(() -> onlyEntry(order), e -> "SKIPPED".equals(e.get("status")));
        assertThat(entry).containsEntry("reason", "the customer has not opted in to e-mail");
        assertThat(entry.get("recipient")).isNull();
        assertThat(entry.get("sentAt")).isNull();
        assertThat(mailsTo(address)).isEmpty();
    }

    @Test
    void while_customer_service_is_down_the_mail_waits_and_goes_out_once_it_is_back() {
        String address = uniqueAddress("ngozi");
        UUID customer = SHOP.customer("Ngozi Okafor", address, true, null);
        UUID order = SHOP.order(customer, "PICKUP", "COMPLETED");
        SHOP.fail(customer);

        publish(moved(order, customer, "COMPLETED"));

        Map<String, Object> waiting = await().atMost(WAIT).until(() -> onlyEntry(order),
                e -> "PENDING".equals(e.get("status")) && ((Integer) e.get("attempts")) >= 1 && e.get("reason") != null);
        assertThat((String) waiting.get("reason")).contains("customer-service");
        assertThat(waiting.get("nextAttemptAt")).isNotNull();
        assertThat(mailsTo(address)).isEmpty();

        SHOP.recover(customer);
        Map<String, Object> sent = await().atMost(WAIT).until(() -> onlyEntry(order), e -> "SENT".equals(e.get("status")));
        assertThat((Integer) sent.get("attempts")).isGreaterThanOrEqualTo(2);
        assertThat(sent.get("reason")).isNull();
        assertThat(mailsTo(address)).hasSize(1);
    }

    @Test
    void the_service_reads_contacts_and_orders_with_its_own_account_token() {
        String address = uniqueAddress("femi");
        UUID customer = SHOP.customer("Femi Ola", address, true, null);
        UUID order = SHOP.order(customer, "PICKUP", "COMPLETED");
        SHOP.authorizations().clear();

        publish(moved(order, customer, "COMPLETED"));

        await().atMost(WAIT).until(() -> mailsTo(address).size() == 1);
        assertThat(SHOP.authorizations()).isNotEmpty().allSatisfy(header -> {
            assertThat(header).startsWith("Bearer ");
            Map<String, Object> claims = KeycloakEndpoint.claims(header.substring("Bearer ".length()));
            assertThat(claims.get("azp")).isEqualTo(NOTIFIER_CLIENT);
            assertThat(claims.get("realm_access").toString()).contains("notifier").doesNotContain("designer");
        });
    }

    static OrderStatusChanged moved(UUID order, UUID customer, String to) {
        return new OrderStatusChanged(order, customer, 1, List.of(), "IN_PROGRESS", to, Instant.now());
    }

    private List<Map<String, Object>> log(UUID order) {
        return CustomerMailsTest.<Map<String, Object>>content(web.get().uri("/api/orders/{id}/notifications", order)
                .headers(h -> h.setBearerAuth(junior())).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody());
    }

    private Map<String, Object> onlyEntry(UUID order) {
        List<Map<String, Object>> entries = log(order);
        return entries.size() == 1 ? entries.getFirst() : Map.of();
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> content(Map<?, ?> page) {
        return (List<T>) page.get("content");
    }

    /** The plain-text part of a multipart/alternative mail. */
    static String text(MimeMessage mail) throws Exception {
        return textOf(mail.getContent());
    }

    private static String textOf(Object content) throws Exception {
        if (content instanceof String text) {
            return text;
        }
        MimeMultipart parts = (MimeMultipart) content;
        for (int i = 0; i < parts.getCount(); i++) {
            var part = parts.getBodyPart(i);
            if (part.isMimeType("text/plain")) {
                return (String) part.getContent();
            }
            if (part.getContent() instanceof MimeMultipart nested) {
                String found = textOf(nested);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
