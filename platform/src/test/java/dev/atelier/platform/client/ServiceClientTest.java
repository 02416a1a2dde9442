package dev.atelier.platform.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.platform.error.ServiceUnavailableException;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.test.StepVerifier;

/**
 * A real HTTP server stands in for the called service; Spring Cloud LoadBalancer finds it through
 * the simple discovery client, as it would find a service through Eureka.
 */
@SpringBootTest(classes = ServiceClientTest.CallingService.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
                "spring.autoconfigure.exclude=org.springframework.boot.r2dbc.autoconfigure.R2dbcAutoConfiguration,"
                        + "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration,"
                        + "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
                "atelier.clients.retries.first-backoff=5ms",
                "resilience4j.timelimiter.instances.thing-service.timeout-duration=15s",
                "resilience4j.timelimiter.instances.slow-service.timeout-duration=300ms",
                "resilience4j.circuitbreaker.instances.flaky-service.sliding-window-size=4",
                "resilience4j.circuitbreaker.instances.flaky-service.minimum-number-of-calls=4",
                "resilience4j.circuitbreaker.instances.flaky-service.wait-duration-in-open-state=1m" })
class ServiceClientTest {

    /** Statuses the stub answers with, one per request; 200 once they run out. */
    static final Queue<Integer> STATUSES = new ConcurrentLinkedQueue<>();
    static final Queue<String> AUTHORIZATIONS = new ConcurrentLinkedQueue<>();
    static final AtomicInteger HITS = new AtomicInteger();

    static final DisposableServer STUB = HttpServer.create().host("127.0.0.1").port(0)
            .route(routes -> routes
                    .get("/things/{id}", (request, response) -> {
                        HITS.incrementAndGet();
                        String authorization = request.requestHeaders().get("Authorization");
                        AUTHORIZATIONS.add(authorization == null ? "none" : authorization);
                        Integer status = STATUSES.poll();
                        if (status != null && status != 200) {
                            return response.status(status).send();
                        }
                        return response.header("Content-Type", "application/json")
                                .sendString(Mono.just("{\"id\":\"" + request.param("id") + "\",\"name\":\"linen\"}"));
                    })
                    .get("/burst/{id}", (request, response) -> response.header("Content-Type", "application/json")
                            .sendString(Mono.just("{\"id\":\"" + request.param("id") + "\",\"name\":\"burst\"}")
                                    .delayElement(Duration.ofMillis(300))))
                    .get("/slow", (request, response) -> response.header("Content-Type", "application/json")
                            .sendString(Mono.just("{\"id\":\"late\",\"name\":\"late\"}").delayElement(Duration.ofSeconds(3)))))
            .bindNow();

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        String stub = "http://127.0.0.1:" + STUB.port();
        registry.add("spring.cloud.discovery.client.simple.instances.thing-service[0].uri", () -> stub);
        registry.add("spring.cloud.discovery.client.simple.instances.slow-service[0].uri", () -> stub);
        registry.add("spring.cloud.discovery.client.simple.instances.burst-service[0].uri", () -> stub);
        registry.add("spring.cloud.discovery.client.simple.instances.flaky-service[0].uri", () -> stub);
        registry.add("spring.cloud.discovery.client.simple.instances.gone-service[0].uri",
                () -> "http://127.0.0.1:" + unusedPort());
    }

    @AfterAll
    static void stopStub() {
        STUB.disposeNow();
    }

    @Autowired
    ServiceClients clients;

    record Thing(String id, String name) {
    }

    @BeforeEach
    void reset() {
        STATUSES.clear();
        AUTHORIZATIONS.clear();
        HITS.set(0);
    }

    @Test
    void reads_the_body_and_passes_the_callers_token_on() {
        Jwt jwt = Jwt.withTokenValue("the-callers-token").header("alg", "none").subject("lead")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60)).build();
        StepVerifier.create(clients.forService("thing-service").get("/things/{id}", Thing.class, "t1")
                        .contextWrite(ReactiveSecurityContextHolder.withAuthentication(new JwtAuthenticationToken(jwt))))
                .expectNext(new Thing("t1", "linen"))
                .verifyComplete();
        assertThat(AUTHORIZATIONS).containsExactly("Bearer the-callers-token");
    }

    @Test
    void a_404_is_empty() {
        STATUSES.add(404);
        StepVerifier.create(clients.forService("thing-service").get("/things/{id}", Thing.class, "t2"))
                .verifyComplete();
        assertThat(HITS).hasValue(1);
    }

    @Test
    void a_read_is_retried_while_the_service_says_it_is_unavailable() {
        STATUSES.addAll(java.util.List.of(503, 502));
        StepVerifier.create(clients.forService("thing-service").get("/things/{id}", Thing.class, "t3"))
                .expectNext(new Thing("t3", "linen"))
                .verifyComplete();
        assertThat(HITS).hasValue(3);
    }

    @Test
    void a_500_is_not_retried_and_is_a_503_naming_the_service() {
        STATUSES.add(500);
        StepVerifier.create(clients.forService("thing-service").get("/things/{id}", Thing.class, "t4"))
                .expectErrorSatisfies(error -> assertUnavailable(error, "thing-service"))
                .verify();
        assertThat(HITS).hasValue(1);
    }

    @Test
    void another_4xx_is_a_502_and_not_retried() {
        STATUSES.add(403);
        StepVerifier.create(clients.forService("thing-service").get("/things/{id}", Thing.class, "t5"))
                .expectErrorSatisfies(error -> {
                    assertThat(error).isInstanceOf(DownstreamRejectedException.class);
                    DownstreamRejectedException rejected = (DownstreamRejectedException) error;
                    assertThat(rejected.getStatusCode().value()).isEqualTo(HttpStatus.BAD_GATEWAY.value());
                    assertThat(rejected.getBody().getDetail()).contains("thing-service").contains("403");
                })
                .verify();
        assertThat(HITS).hasValue(1);
    }

    @Test
    void an_unreachable_service_is_a_503_naming_it() {
        StepVerifier.create(clients.forService("gone-service").get("/things/{id}", Thing.class, "t6"))
                .expectErrorSatisfies(error -> assertUnavailable(error, "gone-service"))
                .verify(Duration.ofSeconds(15));
    }

    @Test
    void a_service_nobody_knows_is_a_503_naming_it() {
        StepVerifier.create(clients.forService("unknown-service").get("/things/{id}", Thing.class, "t7"))
                .expectErrorSatisfies(error -> assertUnavailable(error, "unknown-service"))
                .verify(Duration.ofSeconds(15));
    }

    /**
     * 200 calls at once (200 orders created together each check their customer): all are answered.
     * Regression: the circuit breaker's bulkhead let 25 through and refused the rest.
     */
    @Test
    void a_burst_of_calls_at_once_is_answered_in_full() {
        ServiceClient burst = clients.forService("burst-service");
        StepVerifier.create(Flux.range(0, 200).flatMap(n -> burst.get("/burst/{id}", Thing.class, "b" + n), 200).count())
                .expectNext(200L)
                .verifyComplete();
    }

    @Test
    void a_slow_answer_runs_into_the_time_limit() {
        StepVerifier.create(clients.forService("slow-service").get("/slow", Thing.class))
                .expectErrorSatisfies(error -> assertUnavailable(error, "slow-service"))
                .verify(Duration.ofSeconds(15));
    }

    @Test
    void the_circuit_opens_after_failures_and_then_spares_the_service() {
        ServiceClient flaky = clients.forService("flaky-service");
        for (int i = 0; i < 4; i++) {
            STATUSES.add(500);
            StepVerifier.create(flaky.get("/things/{id}", Thing.class, "f" + i))
                    .expectError(ServiceUnavailableException.class).verify();
        }
        int hitsWhenOpened = HITS.get();
        StepVerifier.create(flaky.get("/things/{id}", Thing.class, "f-open"))
                .expectErrorSatisfies(error -> assertUnavailable(error, "flaky-service"))
                .verify();
        assertThat(hitsWhenOpened).isEqualTo(4);
        assertThat(HITS).hasValue(4);
    }

    private static void assertUnavailable(Throwable error, String service) {
        assertThat(error).isInstanceOf(ServiceUnavailableException.class);
        ServiceUnavailableException unavailable = (ServiceUnavailableException) error;
        assertThat(unavailable.getStatusCode().value()).isEqualTo(503);
        Map<String, Object> properties = unavailable.getBody().getProperties();
        assertThat(properties).containsEntry("service", service);
    }

    private static int unusedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class CallingService {
    }
}
