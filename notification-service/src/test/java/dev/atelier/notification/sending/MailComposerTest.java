package dev.atelier.notification.sending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atelier.notification.customers.CustomerContact;
import dev.atelier.notification.notifications.domain.NotificationKind;
import dev.atelier.notification.orders.OrderDetails;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mail.MailSendException;

class MailComposerTest {

    private static final UUID ORDER = UUID.fromString("0a1b2c3d-0000-4000-8000-000000000001");

    private static NotificationProperties properties(String templatesDir, String shopLanguage) {
        return new NotificationProperties(Duration.ofSeconds(1), 20, 8, Duration.ofSeconds(30), Duration.ofHours(1),
                Duration.ofMinutes(2), templatesDir, Duration.ofHours(24),
                new NotificationProperties.Shop("Maison Ade", "4 Broad Street\nLagos", "Ade and the team",
                        "hello@maison-ade.test", shopLanguage));
    }

    private static MailComposer composer(String templatesDir, String shopLanguage) {
        NotificationProperties properties = properties(templatesDir, shopLanguage);
        return new MailComposer(new MailTemplates(properties), properties);
    }

    private static CustomerContact customer(String name, String language) {
        return new CustomerContact(UUID.randomUUID(), name, "ada@example.test", language,
                new CustomerContact.Consent(true), false);
    }

    private static OrderDetails order(String method) {
        return new OrderDetails(ORDER, UUID.randomUUID(), "COMPLETED", LocalDate.of(2026, 12, 20), method,
                "DELIVERY".equals(method) ? new OrderDetails.Address("12 Allen Avenue", "Ikeja", null, "NG") : null,
                List.of(new OrderDetails.Item("Wedding gown", "38"), new OrderDetails.Item("Veil", null)),
                new OrderDetails.Money(new BigDecimal("1250.50"), "EUR"));
    }

    @Test
    void a_pickup_order_is_ready_with_items_and_the_shops_footer() {
        ComposedMail mail = composer(null, "en").compose(NotificationKind.ORDER_READY, customer("Ada Obi", null), order("PICKUP"));
        assertThat(mail.subject()).isEqualTo("Your order 0A1B2C3D is ready for pickup");
        assertThat(mail.language()).isEqualTo("en");
        assertThat(mail.text()).contains("Dear Ada Obi,").contains("- Wedding gown (size 38)").contains("- Veil\n")
                .contains("Ade and the team\nMaison Ade\n4 Broad Street\nLagos\nhello@maison-ade.test");
        assertThat(mail.html()).contains("<li>Wedding gown (size 38)</li><li>Veil</li>").contains("<html lang=\"en\">");
    }

    @Test
    void a_delivery_order_is_on_its_way_to_its_address_on_its_date() {
        ComposedMail mail = composer(null, "en").compose(NotificationKind.ORDER_READY, customer("Ada Obi", null), order("DELIVERY"));
        assertThat(mail.subject()).isEqualTo("Your order 0A1B2C3D is on its way");
        assertThat(mail.text()).contains("12 Allen Avenue, Ikeja, NG").contains("December 20, 2026");
    }

    @Test
    void names_are_escaped_in_html_but_not_in_plain_text() {
        ComposedMail mail = composer(null, "en").compose(NotificationKind.ORDER_DELIVERED,
                customer("Ada <b>Obi</b> & Co", null), order("PICKUP"));
        assertThat(mail.html()).contains("Dear Ada &lt;b&gt;Obi&lt;/b&gt; &amp; Co,").doesNotContain("<b>Obi</b>");
        assertThat(mail.text()).contains("Dear Ada <b>Obi</b> & Co,");
    }

    @Test
    void the_language_is_the_customers_then_the_shops_then_english() {
        assertThat(composer(null, "en").compose(NotificationKind.ORDER_DELIVERED, customer("Ada", "fr"), order("PICKUP"))
                .subject()).isEqualTo("Votre commande 0A1B2C3D a été livrée");
        // no Yoruba templates: the shop's language
        assertThat(composer(null, "fr").compose(NotificationKind.ORDER_DELIVERED, customer("Ada", "yo"), order("PICKUP"))
                .language()).isEqualTo("fr");
        // neither: English
        assertThat(composer(null, "de").compose(NotificationKind.ORDER_DELIVERED, customer("Ada", "yo"), order("PICKUP"))
                .language()).isEqualTo("en");
    }

    @Test
    void the_shops_own_templates_come_first_and_an_edit_applies_to_the_next_mail(@TempDir Path shop) throws Exception {
        Path english = Files.createDirectories(shop.resolve("en"));
        Files.writeString(english.resolve("order-delivered.subject.mustache"), "Delivered! {{order.reference}}");
        MailComposer composer = composer(shop.toString(), "en");

        ComposedMail mail = composer.compose(NotificationKind.ORDER_DELIVERED, customer("Ada", null), order("PICKUP"));
        assertThat(mail.subject()).isEqualTo("Delivered! 0A1B2C3D");
        assertThat(mail.text()).contains("has been delivered"); // the parts the shop did not write are built in

        Files.writeString(english.resolve("order-delivered.subject.mustache"), "With love from {{shop.name}}");
        assertThat(composer.compose(NotificationKind.ORDER_DELIVERED, customer("Ada", null), order("PICKUP")).subject())
                .isEqualTo("With love from Maison Ade");
    }

    @Test
    void a_shop_may_add_a_language(@TempDir Path shop) throws Exception {
        Path yoruba = Files.createDirectories(shop.resolve("yo"));
        for (String part : List.of("subject", "txt", "html")) {
            Files.writeString(yoruba.resolve("order-delivered." + part + ".mustache"), "E ku ise, {{customer.name}}");
        }
        ComposedMail mail = composer(shop.toString(), "en").compose(NotificationKind.ORDER_DELIVERED,
                customer("Ada", "yo"), order("PICKUP"));
        assertThat(mail.language()).isEqualTo("yo");
        assertThat(mail.subject()).isEqualTo("E ku ise, Ada");
    }

    @Test
    void refused_addresses_and_broken_templates_are_permanent_a_busy_server_is_not() throws Exception {
        SendFailedException refused = new SendFailedException("550 no such user", null, null, null,
                new InternetAddress[] {new InternetAddress("x@example.test")});
        assertThat(NotificationSender.isPermanent(new MailSendException(Map.of(new Object(), refused)))).isTrue();
        assertThat(NotificationSender.isPermanent(new MailTemplates.MissingTemplateException("x"))).isTrue();
        assertThat(NotificationSender.isPermanent(new MailSendException("421 try again later"))).isFalse();
        assertThat(NotificationSender.isPermanent(new IllegalStateException("customer-service unavailable"))).isFalse();
    }

    @Test
    void without_any_template_the_mail_cannot_be_written() {
        MailTemplates templates = new MailTemplates(properties(null, "en"));
        assertThatThrownBy(() -> templates.languageFor("no-such-template", "en"))
                .isInstanceOf(MailTemplates.MissingTemplateException.class);
    }

    @Test
    void logged_reasons_carry_no_email_addresses() {
        assertThat(NotificationSender.withoutAddresses("550 5.1.1 <ada.obi@example.com>: Recipient address rejected"))
                .isEqualTo("550 5.1.1 <<address>>: Recipient address rejected");
        assertThat(NotificationSender.withoutAddresses("Invalid Addresses; nested: ada@example.com, bo@x.ng"))
                .doesNotContain("ada@example.com").doesNotContain("bo@x.ng");
        assertThat(NotificationSender.withoutAddresses("customer-service is unavailable"))
                .isEqualTo("customer-service is unavailable");
    }

    @Test
    void a_balance_is_written_in_the_customers_currency_format() {
        assertThat(composer(null, "en").compose(NotificationKind.BALANCE_DUE, customer("Ada", "fr"), order("PICKUP")).text())
                .contains("un solde de 1\u202f250,50\u00a0€ reste à régler");
        assertThat(composer(null, "en").compose(NotificationKind.BALANCE_DUE, customer("Ada", null), order("PICKUP")).subject())
                .isEqualTo("A balance of €1,250.50 is due on your order 0A1B2C3D");
    }
}
