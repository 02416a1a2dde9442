package dev.atelier.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.gateway.DownstreamStub;
import dev.atelier.platform.test.KeycloakEndpoint;
import dev.atelier.platform.test.TestInfrastructure;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * A burst of calls to one service at once (./atelier drill oversell sends 200 orders together): every
 * one reaches the service. Regression: Spring Cloud CircuitBreaker's bulkhead allowed 25 calls in
 * flight, refused the rest with 503 and counted those refusals as failures, which opened the circuit.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "eureka.client.enabled=false")
class ConcurrentCallsTest {

    private static final int BURST = 120;

    private static final DownstreamStub SLOW_ORDERS = DownstreamStub.slow("order-service", Duration.ofMillis(400));

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        TestInfrastructure.keycloak().registerWith(registry);
        registry.add("spring.cloud.discovery.client.simple.instances.order-service[0].uri", SLOW_ORDERS::uri);
    }

    @BeforeAll
    static void warmUp() {
        TestInfrastructure.keycloak().accessToken(KeycloakEndpoint.LEAD, "lead");
    }

    @AfterAll
    static void stopStub() {
        SLOW_ORDERS.close();
    }

    @Test
    void a_burst_of_writes_all_reach_the_service_and_none_is_refused() {
        String token = TestInfrastructure.keycloak().accessToken(KeycloakEndpoint.LEAD, "lead");
        // one connection per call: the client's own pool would queue the burst before the gateway sees it
        WebClient client = WebClient.builder().baseUrl("http://127.0.0.1:" + this.port)
            .clientConnector(new ReactorClientHttpConnector(HttpClient.create(ConnectionProvider.newConnection())))
            .build();

        List<Integer> statuses = Flux.range(0, BURST)
            .flatMap(n -> client.post().uri("/api/orders")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"notes\": \"burst " + n + "\"}")
                .exchangeToMono(response -> response.releaseBody().thenReturn(response.statusCode().value())), BURST)
            .collectList()
            .block(Duration.ofSeconds(60));

        assertThat(statuses).hasSize(BURST).containsOnly(200);
        assertThat(SLOW_ORDERS.received()).hasSize(BURST);
    }

}
