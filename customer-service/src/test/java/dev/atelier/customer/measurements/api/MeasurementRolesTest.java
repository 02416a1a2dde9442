package dev.atelier.customer.measurements.api;

import static dev.atelier.platform.test.RoleMatrixContract.Caller.JUNIOR;
import static dev.atelier.platform.test.RoleMatrixContract.Caller.LEAD;
import static dev.atelier.platform.test.RoleMatrixContract.Rule.allows;

import dev.atelier.customer.ApiTest;
import dev.atelier.platform.test.RoleMatrixContract;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpHeaders;

/**
 * The measurement endpoints' role matrix ({@link RoleMatrixContract}): both designer roles may use
 * every endpoint (a junior's full rights are tested in {@link MeasurementApiTest}), the service
 * account none. Each call acts on a fresh customer with one measurement set.
 */
class MeasurementRolesTest extends ApiTest implements RoleMatrixContract {

    @Override
    public List<Rule> roleMatrix() {
        return List.of(
                allows("POST /api/measurements", 201, JUNIOR, LEAD),
                allows("GET /api/measurements", 200, JUNIOR, LEAD),
                allows("GET /api/measurements/{id}", 200, JUNIOR, LEAD),
                allows("PUT /api/measurements/{id}", 200, JUNIOR, LEAD),
                allows("GET /api/measurements/{id}/history", 200, JUNIOR, LEAD),
                allows("GET /api/customers/{id}/measurements", 200, JUNIOR, LEAD));
    }

    @Override
    public Call prepare(String endpoint) {
        String customer = created("/api/customers", Map.of("name", "Roles " + UUID.randomUUID()));
        if (endpoint.equals("POST /api/measurements")) {
            return token -> RoleMatrixContract.exchange(http, endpoint, token, MeasurementApiTest.set(customer, null));
        }
        if (endpoint.equals("GET /api/customers/{id}/measurements")) {
            return token -> RoleMatrixContract.exchange(http, endpoint, token, null, customer);
        }
        String measurement = created("/api/measurements", MeasurementApiTest.set(customer, null));
        Map<String, Object> update = new HashMap<>(MeasurementApiTest.set(customer, null));
        update.put("version", 0);
        Object body = endpoint.startsWith("PUT") ? update : null;
        return token -> RoleMatrixContract.exchange(http, endpoint, token, body, measurement);
    }

    /** The id of what a lead creates here. */
    private String created(String path, Map<String, Object> body) {
        Map<?, ?> created = http.post().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + leadToken())
            .bodyValue(body)
            .exchange().expectStatus().isCreated()
            .expectBody(Map.class).returnResult().getResponseBody();
        return (String) created.get("id");
    }
}
