package dev.atelier.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.atelier.platform.event.CloudEventsJson;
import dev.atelier.platform.event.EventEnvelope;
import dev.atelier.platform.event.EventPayload;
import dev.atelier.platform.test.ContractCheck;
import dev.atelier.platform.test.KeycloakEndpoint;
import dev.atelier.platform.test.TestInfrastructure;
import dev.atelier.platform.test.TopicWriter;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The running service against real PostgreSQL, Kafka, Keycloak and a real SMTP server (GreenMail on
 * loopback), with a real HTTP server standing in for customer-service and order-service. Every
 * integration test extends this class unchanged, so they share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "eureka.client.enabled=false",
                "atelier.notifications.sender-interval=200ms",
                "atelier.notifications.first-retry=1s",
                "atelier.notifications.max-attempts=3",
                "atelier.notifications.reminders.interval=300ms",
                "atelier.webhooks.allow-http-to-loopback=true",
                "atelier.notifications.shop.name=Maison Ade",
                "atelier.notifications.shop.address=4 Broad Street, Lagos",
                "atelier.notifications.shop.email=hello@maison-ade.test",
                "atelier.clients.retries.first-backoff=5ms",
                // a stand-in failing in one test must not open the breaker for the tests after it
                "resilience4j.circuitbreaker.instances.customer-service.minimum-number-of-calls=1000",
                "resilience4j.circuitbreaker.instances.customer-service.sliding-window-size=1000"})
@AutoConfigureWebTestClient(timeout = "60s")
@Import(ContractCheck.class)
public abstract class NotificationIntegrationTest {

    /** The Keycloak client whose service account the service reads with. */
    protected static final String NOTIFIER_CLIENT = "atelier-notifier";

    protected static final ShopServicesStub SHOP = new ShopServicesStub();
    protected static final GreenMail SMTP = startSmtp();


    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        TestInfrastructure.postgres("notification").registerWith(registry);
        TestInfrastructure.kafka().registerWith(registry);
        KeycloakEndpoint keycloak = TestInfrastructure.keycloak();
        keycloak.registerWith(registry);
        registry.add("spring.security.oauth2.client.provider.keycloak.token-uri", keycloak::tokenEndpoint);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("spring.cloud.discovery.client.simple.instances.customer-service[0].uri", SHOP::uri);
        registry.add("spring.cloud.discovery.client.simple.instances.order-service[0].uri", SHOP::uri);
    }

    @Autowired
    protected WebTestClient web;

    @Autowired
    protected CloudEventsJson json;

    private static GreenMail startSmtp() {
        GreenMail mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        mail.start();
        return mail;
    }

    protected static String lead() {
        return TestInfrastructure.keycloak().cachedAccessToken(KeycloakEndpoint.LEAD, "lead");
    }

    protected static String junior() {
        return TestInfrastructure.keycloak().cachedAccessToken(KeycloakEndpoint.JUNIOR, "junior");
    }

    /** A valid token of the atelier-service account: authenticated, but no designer role. */
    protected static String service() {
        return TestInfrastructure.keycloak().cachedServiceAccessToken();
    }

    /** Publishes an event as order-service would, and answers its envelope. */
    protected <P extends EventPayload> EventEnvelope<P> publish(P payload) {
        EventEnvelope<P> envelope = EventEnvelope.of("/order-service", payload);
        publish(envelope);
        return envelope;
    }

    /** Publishes an envelope on its type's topic, as its producer's outbox relay would. */
    protected void publish(EventEnvelope<?> envelope) {
        TopicWriter.write(envelope.eventType().topic(), envelope.subject(), json.structured(envelope),
                CloudEventsJson.headers(envelope.attributes()));
    }

    /** The mails the SMTP server received for {@code address}. */
    protected static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getAllRecipients()).anyMatch(to -> to.toString().contains(address));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** A unique e-mail address, so tests sharing the SMTP server never read each other's mails. */
    protected static String uniqueAddress(String name) {
        return name + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    }
}
