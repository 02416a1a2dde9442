package dev.atelier.customer.measurements.api;

import dev.atelier.customer.ApiTest;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Every measurement endpoint: 401 without a token, 403 for a caller without a designer role
 * (the service account), allowed for both designer roles (junior's full rights are tested in
 * {@link MeasurementApiTest}; here lead and junior each pass every endpoint).
 */
class MeasurementRolesTest extends ApiTest {

    @Test
    void every_endpoint_needs_a_valid_token() {
        String id = UUID.randomUUID().toString();
        for (String[] call : calls(id, id)) {
            request(HttpMethod.valueOf(call[0]), call[1], null).exchange().expectStatus().isUnauthorized();
        }
    }

    @Test
    void a_caller_without_a_designer_role_is_forbidden_everywhere() {
        String id = UUID.randomUUID().toString();
        for (String[] call : calls(id, id)) {
            WebTestClient.RequestBodySpec spec = request(HttpMethod.valueOf(call[0]), call[1], serviceToken());
            if (!call[0].equals("GET")) {
                spec.bodyValue(MeasurementApiTest.set(id, null));
            }
            spec.exchange().expectStatus().isForbidden();
        }
    }

    @Test
    void lead_and_junior_may_use_every_endpoint() {
        for (String token : new String[] { leadToken(), juniorToken() }) {
            String customerId = customer();
            Map<String, Object> created = request(HttpMethod.POST, "/api/measurements", token)
                .bodyValue(MeasurementApiTest.set(customerId, null))
                .exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
            String id = (String) created.get("id");
            Map<String, Object> update = new HashMap<>(MeasurementApiTest.set(customerId, null));
            update.put("version", 0);
            request(HttpMethod.PUT, "/api/measurements/" + id, token).bodyValue(update).exchange().expectStatus().isOk();
            for (String[] call : calls(id, customerId)) {
                if (call[0].equals("GET")) {
                    request(HttpMethod.GET, call[1], token).exchange().expectStatus().isOk();
                }
            }
        }
    }

    private static String[][] calls(String id, String customerId) {
        return new String[][] {
            { "POST", "/api/measurements" },
            { "GET", "/api/measurements" },
            { "GET", "/api/measurements/" + id },
            { "PUT", "/api/measurements/" + id },
            { "GET", "/api/measurements/" + id + "/history" },
            { "GET", "/api/customers/" + customerId + "/measurements" },
        };
    }

    @SuppressWarnings("unchecked")
    private String customer() {
        Map<String, Object> created = request(HttpMethod.POST, "/api/customers", leadToken())
            .bodyValue(Map.of("name", "Roles " + UUID.randomUUID()))
            .exchange().expectStatus().isCreated()
            .expectBody(Map.class).returnResult().getResponseBody();
        return (String) created.get("id");
    }

    private WebTestClient.RequestBodySpec request(HttpMethod method, String path, String token) {
        WebTestClient.RequestBodySpec spec = http.method(method).uri(path);
        if (token != null) {
            spec.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        return spec;
    }

}
