package dev.atelier.gateway.door;

import dev.atelier.gateway.GatewayTest;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;

/** The default: no origins configured, so the gateway says nothing about CORS at all. */
class CorsNotConfiguredTest extends GatewayTest {

    @Test
    void a_cross_origin_request_gets_no_cors_headers() {
        http.get().uri("/api/orders")
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + leadToken())
            .header(HttpHeaders.ORIGIN, "http://localhost:5173")
            .exchange()
            .expectStatus().isOk()
            .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)
            .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS);
    }

    @Test
    void a_preflight_is_not_answered_as_cors() {
        http.options().uri("/api/orders")
            .header(HttpHeaders.ORIGIN, "http://localhost:5173")
            .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
            .exchange()
            .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)
            .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS);
    }

}
