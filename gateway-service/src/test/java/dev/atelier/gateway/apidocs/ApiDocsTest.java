package dev.atelier.gateway.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.gateway.DownstreamStub;
import dev.atelier.gateway.GatewayTest;
import dev.atelier.platform.test.KeycloakEndpoint;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** The one Swagger UI: open without a token, listing the gateway's and every service's document. */
class ApiDocsTest extends GatewayTest {

    @Test
    void the_swagger_ui_is_served_without_a_token() {
        String location = http.get().uri("/swagger-ui.html").exchange()
            .expectStatus().is3xxRedirection()
            .returnResult(String.class).getResponseHeaders().getLocation().toString();

        http.get().uri(location).exchange()
            .expectStatus().isOk()
            .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
            .expectBody(String.class).value(html -> assertThat(html).contains("swagger-ui"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_swagger_ui_lists_every_document_and_logs_in_with_pkce() {
        http.get().uri("/v3/api-docs/gateway/swagger-config").exchange()
            .expectStatus().isOk()
            .expectBody()
            .jsonPath("$.urls[*].name").value(names -> assertThat((List<Object>) names).containsExactlyInAnyOrder(
                    "atelier", "gateway", "customer-service", "order-service", "inventory-service", "media-service",
                    "notification-service"))
            .jsonPath("$.urls[0].url").isEqualTo("/v3/api-docs/atelier")
            .jsonPath("$['urls.primaryName']").isEqualTo("atelier")
            .jsonPath("$.urls[?(@.name == 'customer-service')].url").isEqualTo("/v3/api-docs/customer-service")
            .jsonPath("$.oauth2RedirectUrl").exists();
    }

    @Test
    void the_gateways_own_document_has_the_auth_and_user_paths_and_both_schemes() {
        http.get().uri("/v3/api-docs/gateway").exchange()
            .expectStatus().isOk()
            .expectBody()
            .jsonPath("$.paths['/api/auth/login']").exists()
            .jsonPath("$.paths['/api/users']").exists()
            .jsonPath("$.paths['/api/users/{id}/role']").exists()
            .jsonPath("$.components.securitySchemes.bearer.scheme").isEqualTo("bearer")
            .jsonPath("$.components.securitySchemes.keycloak.flows.authorizationCode.authorizationUrl")
                .value(url -> assertThat(url.toString()).isEqualTo(keycloak().issuerUri() + "/protocol/openid-connect/auth"))
            .jsonPath("$.servers[0].url").isEqualTo("/");
    }

    @Test
    void the_gateways_own_document_names_operations_hides_internal_routes_and_opens_login() {
        String document = http.get().uri("/v3/api-docs/gateway").exchange()
            .expectStatus().isOk()
            .expectBody(String.class).returnResult().getResponseBody();
        http.get().uri("/v3/api-docs/gateway").exchange()
            .expectBody()
            .jsonPath("$.info.title").isEqualTo("Atelier gateway")
            .jsonPath("$.paths['/api/auth/login'].post.operationId").isEqualTo("login")
            .jsonPath("$.paths['/api/auth/login'].post.security").isEmpty()
            .jsonPath("$.paths['/api/auth/refresh'].post.security").isEmpty()
            .jsonPath("$.paths['/api/auth/login'].post.responses['401'].description").value(description ->
                    assertThat(description.toString()).startsWith("Wrong user name or password"))
            .jsonPath("$.paths['/api/auth/login'].post.responses['403']").doesNotExist()
            .jsonPath("$.paths['/api/auth/logout'].post.responses['401']").exists()
            .jsonPath("$.paths['/api/users'].post.operationId").isEqualTo("createUser")
            .jsonPath("$.paths['/api/users'].post.responses['201'].headers.Location").exists()
            .jsonPath("$.components.schemas.NewUser.properties.password").exists()
            .jsonPath("$.components.schemas.NewUser.properties.temporaryPassword.type").isEqualTo(List.of("boolean", "null"))
            .jsonPath("$.components.schemas.NewUser.properties.role.enum").isEqualTo(List.of("lead_designer", "junior_designer"))
            .jsonPath("$.paths['/fallback/{service}']").doesNotExist();
        assertThat(dev.atelier.platform.test.PublishedDocument.write("gateway", document)).exists();
    }

    @Test
    void the_merged_document_joins_the_gateways_paths_with_every_services_document() {
        http.get().uri("/v3/api-docs/atelier").exchange()
            .expectStatus().isOk()
            .expectBody()
            .jsonPath("$.info.title").isEqualTo("Atelier API")
            .jsonPath("$.paths['/api/auth/login']").exists()
            .jsonPath("$.paths['/api/users']").exists()
            .jsonPath("$.components.schemas.Problem").exists()
            .jsonPath("$.x-merge-conflicts").doesNotExist();
        // The stubs answer {"service": name}, no document: each was asked for its own, through its route.
        for (String service : List.of("customer-service", "order-service", "inventory-service", "media-service",
                "notification-service")) {
            assertThat(SERVICES.get(service).received()).anySatisfy(received ->
                    assertThat(received.pathAndQuery()).isEqualTo("/v3/api-docs"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "customer-service", "order-service", "inventory-service", "media-service", "notification-service" })
    void a_services_document_is_proxied_with_the_gateways_own_token_and_points_at_the_gateway(String service) {
        DownstreamStub stub = SERVICES.get(service);

        http.get().uri("/v3/api-docs/" + service).exchange()
            .expectStatus().isOk()
            .expectBody()
            .jsonPath("$.service").isEqualTo(service)
            .jsonPath("$.servers[0].url").isEqualTo("/")
            .jsonPath("$.components.securitySchemes.bearer.type").isEqualTo("http")
            .jsonPath("$.components.securitySchemes.keycloak.type").isEqualTo("oauth2")
            .jsonPath("$.security[0].bearer").exists();

        DownstreamStub.Received received = stub.received().getLast();
        assertThat(received.pathAndQuery()).isEqualTo("/v3/api-docs");
        assertThat(received.authorization()).startsWith("Bearer ");
        Map<String, Object> claims = KeycloakEndpoint.claims(received.authorization().substring("Bearer ".length()));
        assertThat(claims.get("azp")).isEqualTo(KeycloakEndpoint.SERVICE_CLIENT);
    }

    @Test
    void only_the_document_itself_is_proxied() {
        http.get().uri("/v3/api-docs/customer-service/other")
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + leadToken())
            .exchange()
            .expectStatus().isNotFound();
    }

}
