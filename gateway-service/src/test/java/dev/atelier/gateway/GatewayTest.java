package dev.atelier.gateway;

import dev.atelier.platform.test.ContractCheckOfOwnPaths;
import dev.atelier.platform.test.KeycloakEndpoint;
import dev.atelier.platform.test.TestInfrastructure;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Base of the gateway's HTTP tests: the gateway on a random port, a real Keycloak with the
 * atelier realm, and each of the four services replaced by a stub on a free loopback port.
 * Eureka is off; {@code lb://} names resolve through the simple discovery client instead, so
 * the load-balanced route configuration under test is the production one. Live updates read a real Kafka
 * broker. The rate limits run on a
 * real Redis, set high enough here that no test but the rate limits' own meets them (a subclass's
 * {@code @TestPropertySource} overrides these).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "eureka.client.enabled=false")
@TestPropertySource(properties = {
    "atelier.gateway.rate-limits.auth.requests=100000", "atelier.gateway.rate-limits.auth.burst=100000",
    "atelier.gateway.rate-limits.api.requests=100000", "atelier.gateway.rate-limits.api.burst=100000" })
@AutoConfigureWebTestClient(timeout = "30s")
@Import(ContractCheckOfOwnPaths.class)
public abstract class GatewayTest {

    protected static final Map<String, DownstreamStub> SERVICES = Map.of(
            "customer-service", DownstreamStub.start("customer-service"),
            "order-service", DownstreamStub.start("order-service"),
            "inventory-service", DownstreamStub.start("inventory-service"),
            "media-service", DownstreamStub.start("media-service"),
            "notification-service", DownstreamStub.start("notification-service"));

    @Autowired
    protected WebTestClient http;

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        KeycloakEndpoint keycloak = TestInfrastructure.keycloak();
        keycloak.registerWith(registry);
        TestInfrastructure.redis().registerWith(registry);
        TestInfrastructure.kafka().registerWith(registry);
        registry.add("atelier.keycloak.url", keycloak::baseUrl);
        registry.add("atelier.keycloak.realm", keycloak::realm);
        registry.add("atelier.gateway.api-docs.client-secret", () -> KeycloakEndpoint.SERVICE_CLIENT_SECRET);
        registry.add("atelier.gateway.console.client-secret", () -> KeycloakEndpoint.CONSOLE_CLIENT_SECRET);
        SERVICES.forEach((name, stub) ->
                registry.add("spring.cloud.discovery.client.simple.instances." + name + "[0].uri", stub::uri));
    }

    protected static KeycloakEndpoint keycloak() {
        return TestInfrastructure.keycloak();
    }

    protected static String leadToken() {
        return keycloak().accessToken(KeycloakEndpoint.LEAD, "lead");
    }

}
