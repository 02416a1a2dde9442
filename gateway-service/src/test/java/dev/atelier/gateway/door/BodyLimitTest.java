package dev.atelier.gateway.door;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;
import reactor.core.publisher.Flux;

/** Limits here are 1 KiB for JSON and 5 KiB for uploads (see {@link ConfiguredDoorTest}). */
class BodyLimitTest extends ConfiguredDoorTest {

    private static String token;

    @BeforeAll
    static void logIn() {
        token = leadToken();
    }

    @Test
    void a_json_body_within_the_limit_passes() {
        post("/api/orders", json(1000)).expectStatus().isOk();
    }

    @Test
    void a_declared_length_over_the_limit_is_refused_up_front_and_never_reaches_the_service() {
        int before = SERVICES.get("order-service").received().size();

        post("/api/orders", json(1100))
            .expectStatus().isEqualTo(413)
            .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
            .expectHeader().exists(CorrelationId.HEADER)
            .expectBody()
            .jsonPath("$.type").isEqualTo("https://atelier.dev/problems/payload-too-large")
            .jsonPath("$.status").isEqualTo(413)
            .jsonPath("$.maxBytes").isEqualTo(1024)
            .jsonPath("$.instance").isEqualTo("/api/orders");

        assertThat(SERVICES.get("order-service").received()).hasSize(before);
    }

    @Test
    void a_declared_length_over_the_limit_is_refused_even_without_a_token() {
        http.post().uri("/api/customers")
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue(json(2000))
            .exchange()
            .expectStatus().isEqualTo(413);
    }

    @Test
    void a_chunked_body_over_the_limit_is_stopped_while_it_streams_to_a_service() {
        chunked("/api/orders", 8, 200)
            .expectStatus().isEqualTo(413)
            .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody()
            .jsonPath("$.type").isEqualTo("https://atelier.dev/problems/payload-too-large")
            .jsonPath("$.maxBytes").isEqualTo(1024);
    }

    @Test
    void a_chunked_body_within_the_limit_passes() {
        chunked("/api/orders", 4, 200).expectStatus().isOk();
    }

    @Test
    void a_chunked_body_over_the_limit_is_stopped_at_the_gateways_own_endpoints() {
        chunked("/api/auth/login", 8, 200)
            .expectStatus().isEqualTo(413)
            .expectBody().jsonPath("$.type").isEqualTo("https://atelier.dev/problems/payload-too-large");
    }

    @Test
    void an_upload_gets_the_larger_limit() {
        post("/api/style-images", json(4500)).expectStatus().isOk();
        chunked("/api/style-images", 20, 250).expectStatus().isOk();
    }

    @Test
    void an_upload_over_its_limit_is_refused() {
        post("/api/style-images", json(5200))
            .expectStatus().isEqualTo(413)
            .expectBody().jsonPath("$.maxBytes").isEqualTo(5 * 1024);
        chunked("/api/style-images", 30, 200)
            .expectStatus().isEqualTo(413)
            .expectBody().jsonPath("$.maxBytes").isEqualTo(5 * 1024);
    }

    @Test
    void the_circuit_stays_closed_after_many_oversized_bodies() {
        IntStream.range(0, 12).forEach(i -> chunked("/api/inventory", 8, 200).expectStatus().isEqualTo(413));

        http.get().uri("/api/inventory").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
            .exchange().expectStatus().isOk();
    }

    private WebTestClient.ResponseSpec post(String path, String body) {
        return http.post().uri(path)
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue(body)
            .exchange();
    }

    /** A body sent in {@code chunks} pieces of {@code size} bytes without a Content-Length. */
    private WebTestClient.ResponseSpec chunked(String path, int chunks, int size) {
        Flux<DataBuffer> body = Flux.range(0, chunks)
            .map(i -> DefaultDataBufferFactory.sharedInstance.wrap("x".repeat(size).getBytes(StandardCharsets.UTF_8)));
        return http.post().uri(path)
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
            .contentType(MediaType.APPLICATION_JSON)
            .body(BodyInserters.fromDataBuffers(body))
            .exchange();
    }

    /** A JSON document of exactly {@code length} bytes. */
    private static String json(int length) {
        String prefix = "{\"note\":\"";
        String suffix = "\"}";
        return prefix + "x".repeat(length - prefix.length() - suffix.length()) + suffix;
    }

}
