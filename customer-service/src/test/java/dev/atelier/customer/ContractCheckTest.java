package dev.atelier.customer;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.web.reactive.function.server.RequestPredicates.GET;
import static org.springframework.web.reactive.function.server.RouterFunctions.route;

import dev.atelier.platform.test.ContractCheck;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The contract check itself can fail: an answer that drifts from customer-service's published
 * document (an id that is not a UUID, required fields missing, an undeclared status) fails the
 * exchange that saw it.
 */
class ContractCheckTest extends ApiTest {

    @Autowired
    Environment environment;

    private WebTestClient answering(int status, String body) {
        return WebTestClient.bindToRouterFunction(route(GET("/api/customers/{id}"),
                        request -> ServerResponse.status(status).contentType(MediaType.APPLICATION_JSON).bodyValue(body)))
                .configureClient()
                .entityExchangeResultConsumer(new ContractCheck.Validator(environment, false))
                .build();
    }

    @Test
    void an_answer_the_document_does_not_describe_fails_the_test() {
        assertThatThrownBy(() -> answering(200, "{\"id\": \"not-a-uuid\"}").get()
                        .uri("/api/customers/{id}", UUID.randomUUID()).exchange().expectBody())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("does not match the published OpenAPI document")
                .hasMessageContaining("uuid");
    }

    @Test
    void an_undeclared_status_fails_the_test() {
        assertThatThrownBy(() -> answering(418, "{}").get()
                        .uri("/api/customers/{id}", UUID.randomUUID()).exchange().expectBody())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("validation.response.status.unknown");
    }
}
