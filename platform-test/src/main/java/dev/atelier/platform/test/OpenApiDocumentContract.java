package dev.atelier.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * What every service's OpenAPI document proves the same way, as a JUnit test interface: a service's
 * Spring test (which extends its own base class) implements it, names the service and checks its own
 * paths and shapes on {@link #document}. The document, like every route but health, needs a token;
 * health stays open for the probes; and the document a designer reads is kept for the api-contract
 * module's lint ({@link PublishedDocument}). The WebTestClient comes from Spring's test extension.
 */
public interface OpenApiDocumentContract {

    String DOCUMENT_PATH = "/v3/api-docs";

    String READINESS_PATH = "/actuator/health/readiness";

    /** The service's name, which is also the name its document is kept under, e.g. {@code customer-service}. */
    String serviceName();

    /** The document as a designer reads it (both roles may): a 200, its body ready for JSON-path checks. */
    default WebTestClient.BodyContentSpec document(WebTestClient client) {
        return read(client).expectBody();
    }

    @Test
    default void the_api_document_needs_a_token(@Autowired WebTestClient client) {
        Refusals.unauthenticated(client.get().uri(DOCUMENT_PATH).exchange());
    }

    @Test
    default void health_is_open(@Autowired WebTestClient client) {
        client.get().uri(READINESS_PATH).exchange().expectStatus().isOk();
    }

    @Test
    default void the_document_is_kept_for_the_contract_checks(@Autowired WebTestClient client) {
        String json = read(client).expectBody(String.class).returnResult().getResponseBody();
        assertThat(json).isNotBlank();
        assertThat(PublishedDocument.write(serviceName(), json)).exists();
    }

    private static WebTestClient.ResponseSpec read(WebTestClient client) {
        String junior = TestInfrastructure.keycloak().cachedAccessToken(KeycloakEndpoint.JUNIOR, KeycloakEndpoint.JUNIOR);
        return client.get().uri(DOCUMENT_PATH).headers(headers -> headers.setBearerAuth(junior)).exchange()
                .expectStatus().isOk();
    }

}
