package dev.atelier.customer;

import dev.atelier.platform.test.ContractCheck;
import dev.atelier.platform.test.KeycloakEndpoint;
import dev.atelier.platform.test.TestInfrastructure;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Base of the HTTP tests: the application on a random port against a real PostgreSQL database,
 * a real Kafka (its outbox relay publishes customer.changed) and a real Keycloak. Every subclass
 * has the same configuration, so they share one Spring context (and one database) per JVM; tests
 * therefore make their own, uniquely named data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"eureka.client.enabled=false", "atelier.outbox.poll-interval=50ms"})
@AutoConfigureWebTestClient(timeout = "30s")
@Import(ContractCheck.class)
public abstract class ApiTest {

    @Autowired
    protected WebTestClient http;

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        TestInfrastructure.postgres("customers").registerWith(registry);
        TestInfrastructure.kafka().registerWith(registry);
        TestInfrastructure.keycloak().registerWith(registry);
    }

    protected static String leadToken() {
        return TestInfrastructure.keycloak().cachedAccessToken(KeycloakEndpoint.LEAD, "lead");
    }

    protected static String juniorToken() {
        return TestInfrastructure.keycloak().cachedAccessToken(KeycloakEndpoint.JUNIOR, "junior");
    }

    protected static String serviceToken() {
        return TestInfrastructure.keycloak().cachedServiceAccessToken();
    }

    /** notification-service's own account (client credentials of atelier-notifier, role notifier). */
    protected static String notifierToken() {
        return TestInfrastructure.keycloak().clientCredentialsGrant("atelier-notifier", "atelier-notifier-secret")
            .accessToken();
    }

}
