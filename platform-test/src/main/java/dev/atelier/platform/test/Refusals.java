package dev.atelier.platform.test;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * What every service answers a caller it refuses, asserted in one place: a problem+json body whose
 * type names the refusal. Each returns the body, for a test that checks more of it.
 */
public final class Refusals {

    public static final String UNAUTHENTICATED = "https://atelier.dev/problems/unauthenticated";
    public static final String FORBIDDEN = "https://atelier.dev/problems/forbidden";

    private Refusals() {
    }

    /** A 401 problem of type {@link #UNAUTHENTICATED}: no token, or one that is not valid. */
    public static WebTestClient.BodyContentSpec unauthenticated(WebTestClient.ResponseSpec response) {
        return refused(response.expectStatus().isUnauthorized(), UNAUTHENTICATED);
    }

    /** A 403 problem of type {@link #FORBIDDEN}: a valid token without the role. */
    public static WebTestClient.BodyContentSpec forbidden(WebTestClient.ResponseSpec response) {
        return refused(response.expectStatus().isForbidden(), FORBIDDEN);
    }

    private static WebTestClient.BodyContentSpec refused(WebTestClient.ResponseSpec response, String type) {
        return response.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody().jsonPath("$.type").isEqualTo(type);
    }

}
