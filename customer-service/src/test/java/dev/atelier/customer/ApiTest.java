package dev.atelier.customer;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
 * Base of the HTTP tests: the application on a random port against a real PostgreSQL database
 * and a real Keycloak. Every subclass has the same configuration, so they share one Spring
 * context (and one database) per JVM; tests therefore make their own, uniquely named data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "eureka.client.enabled=false")
@AutoConfigureWebTestClient(timeout = "30s")
@Import(ContractCheck.class)
public abstract class ApiTest {

    private static final Duration TOKEN_REUSE = Duration.ofMinutes(2);

    private static final Map<String, CachedToken> TOKENS = new ConcurrentHashMap<>();

    @Autowired
    protected WebTestClient http;

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        TestInfrastructure.postgres("customers").registerWith(registry);
        TestInfrastructure.keycloak().registerWith(registry);
    }

    protected static String leadToken() {
        return token(KeycloakEndpoint.LEAD, () -> TestInfrastructure.keycloak().accessToken(KeycloakEndpoint.LEAD, "lead"));
    }

    protected static String juniorToken() {
        return token(KeycloakEndpoint.JUNIOR,
                () -> TestInfrastructure.keycloak().accessToken(KeycloakEndpoint.JUNIOR, "junior"));
    }

    protected static String serviceToken() {
        return token("service", () -> TestInfrastructure.keycloak().serviceAccessToken());
    }

    /** Tokens live five minutes in the realm; reuse one for two, then fetch a fresh one. */
    private static String token(String who, java.util.function.Supplier<String> fetch) {
        CachedToken cached = TOKENS.compute(who, (key, old) ->
                (old != null && old.fetchedAt().plus(TOKEN_REUSE).isAfter(Instant.now())) ? old
                        : new CachedToken(fetch.get(), Instant.now()));
        return cached.token();
    }

    private record CachedToken(String token, Instant fetchedAt) {
    }

}
