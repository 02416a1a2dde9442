package dev.atelier.media.images.api;

import dev.atelier.media.MediaIntegrationTest;
import dev.atelier.media.TestImages;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/** For every endpoint: no token 401, a token without a designer role 403, lead and junior designers allowed. */
class StyleImageRolesTest extends MediaIntegrationTest {

    /** An endpoint; {@code %s} in the path stands for a fresh image's id. */
    record Endpoint(String name, HttpMethod method, String path, int allowedStatus) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Endpoint> endpoints() {
        return Stream.of(
                new Endpoint("POST /api/style-images", HttpMethod.POST, "/api/style-images", 201),
                new Endpoint("GET /api/style-images", HttpMethod.GET, "/api/style-images", 200),
                new Endpoint("GET /api/style-images/{id}", HttpMethod.GET, "/api/style-images/%s", 200),
                new Endpoint("GET /api/style-images/{id}/content", HttpMethod.GET, "/api/style-images/%s/content", 200),
                new Endpoint("GET /api/style-images/{id}/content?redirect=true", HttpMethod.GET,
                        "/api/style-images/%s/content?redirect=true", 302),
                new Endpoint("GET /api/style-images/{id}/thumbnail", HttpMethod.GET, "/api/style-images/%s/thumbnail", 200),
                new Endpoint("GET /api/style-images/{id}/url", HttpMethod.GET, "/api/style-images/%s/url", 200),
                new Endpoint("PATCH /api/style-images/{id}", HttpMethod.PATCH, "/api/style-images/%s", 200),
                new Endpoint("DELETE /api/style-images/{id}", HttpMethod.DELETE, "/api/style-images/%s", 204));
    }

    @ParameterizedTest(name = "{0} without a token is 401")
    @MethodSource("endpoints")
    void anonymous_callers_get_401(Endpoint endpoint) {
        String path = pathFor(endpoint);
        assertStoresNothing(() -> send(endpoint, path, null).expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://atelier.dev/problems/unauthenticated"));
    }

    @ParameterizedTest(name = "{0} with a service token (no designer role) is 403")
    @MethodSource("endpoints")
    void callers_without_a_designer_role_get_403(Endpoint endpoint) {
        String path = pathFor(endpoint);
        String token = service();
        assertStoresNothing(() -> send(endpoint, path, token).expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://atelier.dev/problems/forbidden"));
    }

    @ParameterizedTest(name = "{0} as junior_designer")
    @MethodSource("endpoints")
    void junior_designers_may_do_everything(Endpoint endpoint) {
        call(endpoint, junior()).expectStatus().isEqualTo(endpoint.allowedStatus());
    }

    @ParameterizedTest(name = "{0} as lead_designer")
    @MethodSource("endpoints")
    void lead_designers_may_do_everything(Endpoint endpoint) {
        call(endpoint, lead()).expectStatus().isEqualTo(endpoint.allowedStatus());
    }

    @ParameterizedTest(name = "{0} with a forged token is 401")
    @MethodSource("endpoints")
    void a_token_with_a_bad_signature_is_401(Endpoint endpoint) {
        String token = lead();
        int signature = token.lastIndexOf('.') + 1;
        String forged = token.substring(0, signature) + (token.charAt(signature) == 'A' ? 'B' : 'A') + token.substring(signature + 1);
        call(endpoint, forged).expectStatus().isUnauthorized();
    }

    private WebTestClient.ResponseSpec call(Endpoint endpoint, String token) {
        return send(endpoint, pathFor(endpoint), token);
    }

    /** The endpoint's path, for a fresh image where it names one. */
    private String pathFor(Endpoint endpoint) {
        return endpoint.path().contains("%s") ? endpoint.path().formatted(idOf(uploaded())) : endpoint.path();
    }

    private WebTestClient.ResponseSpec send(Endpoint endpoint, String path, String token) {
        WebTestClient.RequestBodySpec request = web.method(endpoint.method()).uri(path).headers(h -> {
            if (token != null) {
                h.setBearerAuth(token);
            }
        });
        if (endpoint.method() == HttpMethod.POST) {
            return request.contentType(MediaType.MULTIPART_FORM_DATA)
                    .body(BodyInserters.fromMultipartData(form(TestImages.jpeg(30, 30), "r.jpg", ORDER_SERVICE.newOrder(), null).build()))
                    .exchange();
        }
        if (endpoint.method() == HttpMethod.PATCH) {
            return request.contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("description", "role check", "version", 0))
                    .exchange();
        }
        return request.exchange();
    }
}
