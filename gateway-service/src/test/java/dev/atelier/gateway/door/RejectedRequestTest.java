package dev.atelier.gateway.door;

import dev.atelier.gateway.GatewayTest;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/**
 * Found by ./atelier drill bad-input: the security firewall's refusals (encoded slash, dot segments,
 * semicolon, NUL, unknown methods) were bare 400s without a body. They are malformed-request problems now.
 */
class RejectedRequestTest extends GatewayTest {

    @Value("${local.server.port}")
    private int port;

    @Test
    void firewall_refusals_are_problems_with_the_correlation_id() {
        for (String path : new String[] {"/api/customers/..%2F..%2Fetc%2Fpasswd", "/api/%2e%2e/actuator/env",
                "/api/customers;jsessionid=1", "/api/customers/%00", "/api/customers/%5C..%5C"}) {
            // an absolute URI, not a template: the percent signs must reach the gateway as they are
            URI raw = URI.create("http://127.0.0.1:" + port + path);
            http.get().uri(raw)
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().exists(CorrelationId.HEADER)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://atelier.dev/problems/malformed-request")
                .jsonPath("$.status").isEqualTo(400);
        }
    }

    @Test
    void an_unknown_method_is_a_problem_too() {
        http.method(HttpMethod.valueOf("BREW")).uri("/api/customers")
            .exchange()
            .expectStatus().isBadRequest()
            .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody().jsonPath("$.type").isEqualTo("https://atelier.dev/problems/malformed-request");
    }
}
