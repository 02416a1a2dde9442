package dev.atelier.customer.measurements.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.customer.ApiTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

class MeasurementApiTest extends ApiTest {

    static final String VALIDATION = "https://atelier.dev/problems/validation";

    @Test
    void junior_records_a_measurement_set_for_a_customer() {
        String customerId = customer();
        String orderId = UUID.randomUUID().toString();
        post(juniorToken(), set(customerId, orderId))
            .expectStatus().isCreated()
            .expectHeader().value(HttpHeaders.LOCATION, location -> assertThat(location).startsWith("/api/measurements/"))
            .expectBody()
            .jsonPath("$.id").isNotEmpty()
            .jsonPath("$.customerId").isEqualTo(customerId)
            .jsonPath("$.orderId").isEqualTo(orderId)
            .jsonPath("$.type").isEqualTo("dress")
            .jsonPath("$.unit").isEqualTo("CM")
            .jsonPath("$.recordedUnit").isEqualTo("CM")
            .jsonPath("$.values.bust").isEqualTo(92.5)
            .jsonPath("$.values.waist").isEqualTo(71)
            .jsonPath("$.values.upper_arm").isEqualTo(30.25)
            .jsonPath("$.version").isEqualTo(0)
            .jsonPath("$.createdBy").isEqualTo("junior")
            .jsonPath("$.updatedBy").isEqualTo("junior");
    }

    @Test
    void a_set_reads_back_as_recorded_or_converted_to_inches() {
        String id = create(leadToken(), set(customer(), null));
        get("/api/measurements/" + id, leadToken()).expectStatus().isOk()
            .expectBody()
            .jsonPath("$.values.bust").isEqualTo(92.5)
            .jsonPath("$.unit").isEqualTo("CM");
        get("/api/measurements/" + id + "?unit=IN", juniorToken()).expectStatus().isOk()
            .expectBody()
            .jsonPath("$.unit").isEqualTo("IN")
            .jsonPath("$.recordedUnit").isEqualTo("CM")
            .jsonPath("$.values.bust").isEqualTo(36.42)
            .jsonPath("$.values.waist").isEqualTo(27.95)
            .jsonPath("$.values.upper_arm").isEqualTo(11.91)
            .jsonPath("$.version").isEqualTo(0);
    }

    @Test
    void an_update_keeps_every_earlier_version_in_the_history_newest_first() {
        String id = create(juniorToken(), set(customer(), null));
        Map<String, Object> update = new HashMap<>(Map.of("type", "dress", "unit", "IN",
                "values", Map.of("bust", 36.5, "waist", 28), "notes", "re-measured", "version", 0));
        put(id, leadToken(), update).expectStatus().isOk()
            .expectBody()
            .jsonPath("$.version").isEqualTo(1)
            .jsonPath("$.unit").isEqualTo("IN")
            .jsonPath("$.values.bust").isEqualTo(36.5)
            .jsonPath("$.values.upper_arm").doesNotExist()
            .jsonPath("$.createdBy").isEqualTo("junior")
            .jsonPath("$.updatedBy").isEqualTo("lead");
        get("/api/measurements/" + id + "/history", juniorToken()).expectStatus().isOk()
            .expectBody()
            .jsonPath("$.length()").isEqualTo(2)
            .jsonPath("$[0].version").isEqualTo(1)
            .jsonPath("$[0].recordedBy").isEqualTo("lead")
            .jsonPath("$[0].unit").isEqualTo("IN")
            .jsonPath("$[0].values.bust").isEqualTo(36.5)
            .jsonPath("$[0].notes").isEqualTo("re-measured")
            .jsonPath("$[1].version").isEqualTo(0)
            .jsonPath("$[1].recordedBy").isEqualTo("junior")
            .jsonPath("$[1].unit").isEqualTo("CM")
            .jsonPath("$[1].values.bust").isEqualTo(92.5)
            .jsonPath("$[1].values.upper_arm").isEqualTo(30.25)
            .jsonPath("$[1].recordedAt").isNotEmpty();
        get("/api/measurements/" + id + "/history?unit=CM", juniorToken()).expectStatus().isOk()
            .expectBody()
            .jsonPath("$[0].values.bust").isEqualTo(92.71)
            .jsonPath("$[0].recordedUnit").isEqualTo("IN")
            .jsonPath("$[1].values.bust").isEqualTo(92.5);
    }

    @Test
    void a_stale_update_is_a_409_and_adds_no_version() {
        String id = create(leadToken(), set(customer(), null));
        Map<String, Object> update = new HashMap<>(Map.of("type", "suit", "unit", "CM", "values", Map.of("chest", 100),
                "version", 0));
        put(id, leadToken(), update).expectStatus().isOk();
        put(id, juniorToken(), update).expectStatus().isEqualTo(409)
            .expectBody()
            .jsonPath("$.type").isEqualTo("https://atelier.dev/problems/conflict")
            .jsonPath("$.currentVersion").isEqualTo(1);
        get("/api/measurements/" + id + "/history", leadToken()).expectBody().jsonPath("$.length()").isEqualTo(2);
    }

    @Test
    void list_filters_by_customer_and_order_and_the_nested_list_matches() {
        String customerId = customer();
        String orderId = UUID.randomUUID().toString();
        create(leadToken(), set(customerId, orderId));
        create(leadToken(), set(customerId, null));
        create(leadToken(), set(customer(), orderId));
        get("/api/measurements?customerId=" + customerId, juniorToken()).expectStatus().isOk()
            .expectBody()
            .jsonPath("$.page.totalElements").isEqualTo(2)
            .jsonPath("$.content[0].customerId").isEqualTo(customerId);
        get("/api/measurements?customerId=" + customerId + "&orderId=" + orderId, juniorToken()).expectStatus().isOk()
            .expectBody()
            .jsonPath("$.page.totalElements").isEqualTo(1)
            .jsonPath("$.content[0].orderId").isEqualTo(orderId);
        get("/api/measurements?orderId=" + orderId + "&unit=IN&size=1", juniorToken()).expectStatus().isOk()
            .expectBody()
            .jsonPath("$.page.totalElements").isEqualTo(2)
            .jsonPath("$.page.totalPages").isEqualTo(2)
            .jsonPath("$.content.length()").isEqualTo(1)
            .jsonPath("$.content[0].unit").isEqualTo("IN");
        get("/api/customers/" + customerId + "/measurements?sort=createdAt,asc", leadToken()).expectStatus().isOk()
            .expectBody()
            .jsonPath("$.page.totalElements").isEqualTo(2)
            .jsonPath("$.content[0].orderId").isEqualTo(orderId)
            .jsonPath("$.content[1].orderId").doesNotExist();
    }

    @Test
    void an_archived_customers_measurements_stay_readable_but_cannot_grow_or_change() {
        String customerId = customer();
        String id = create(leadToken(), set(customerId, null));
        http.delete().uri("/api/customers/{id}", customerId)
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + leadToken())
            .exchange()
            .expectStatus().isNoContent();
        get("/api/measurements/" + id, juniorToken()).expectStatus().isOk();
        get("/api/customers/" + customerId + "/measurements", juniorToken()).expectStatus().isOk()
            .expectBody().jsonPath("$.page.totalElements").isEqualTo(1);
        post(juniorToken(), set(customerId, null)).expectStatus().isEqualTo(409);
        put(id, juniorToken(), new HashMap<>(Map.of("type", "dress", "unit", "CM", "values", Map.of("bust", 90),
                "version", 0))).expectStatus().isEqualTo(409);
        get("/api/measurements/" + id + "/history", leadToken()).expectBody().jsonPath("$.length()").isEqualTo(1);
    }

    @Test
    void unknown_customer_or_measurement_is_a_404() {
        String unknown = UUID.randomUUID().toString();
        post(leadToken(), set(unknown, null)).expectStatus().isNotFound()
            .expectBody().jsonPath("$.resource").isEqualTo("customer");
        get("/api/measurements/" + unknown, leadToken()).expectStatus().isNotFound()
            .expectBody().jsonPath("$.resource").isEqualTo("measurement");
        get("/api/measurements/" + unknown + "/history", leadToken()).expectStatus().isNotFound();
        get("/api/customers/" + unknown + "/measurements", leadToken()).expectStatus().isNotFound();
        put(unknown, leadToken(), new HashMap<>(Map.of("type", "dress", "unit", "CM", "values", Map.of("bust", 90),
                "version", 0))).expectStatus().isNotFound();
    }

    @Test
    void bad_values_are_400s_naming_each_field_and_nothing_is_stored() {
        String customerId = customer();
        Map<String, Object> body = set(customerId, null);
        body.put("values", Map.of("bust", -1, "waist", 100000, "hip", 98.123));
        post(leadToken(), body).expectStatus().isBadRequest()
            .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody()
            .jsonPath("$.type").isEqualTo(VALIDATION)
            .jsonPath("$.errors.length()").isEqualTo(3)
            .jsonPath("$.errors[?(@.field == 'values.bust')].message").isEqualTo(List.of("must be positive"))
            .jsonPath("$.errors[?(@.field == 'values.waist')].message").isEqualTo(List.of("must be at most 500 CM"))
            .jsonPath("$.errors[?(@.field == 'values.hip')].message").isEqualTo(List.of("must have at most 2 decimals"));
        body.put("values", Map.of());
        post(leadToken(), body).expectStatus().isBadRequest()
            .expectBody().jsonPath("$.errors[0].field").isEqualTo("values");
        body.put("values", Map.of("bust", 90));
        body.put("unit", "MM");
        post(leadToken(), body).expectStatus().isBadRequest()
            .expectBody().jsonPath("$.errors[0].field").isEqualTo("unit");
        body.put("unit", "CM");
        body.put("type", "  ");
        post(leadToken(), body).expectStatus().isBadRequest()
            .expectBody().jsonPath("$.errors[0].field").isEqualTo("type");
        body.put("type", "t".repeat(10_000));
        post(leadToken(), body).expectStatus().isBadRequest()
            .expectBody().jsonPath("$.errors[0].field").isEqualTo("type");
        body.put("type", "dress");
        body.remove("customerId");
        post(leadToken(), body).expectStatus().isBadRequest()
            .expectBody().jsonPath("$.errors[0].field").isEqualTo("customerId");
        get("/api/measurements?customerId=" + customerId, leadToken())
            .expectBody().jsonPath("$.page.totalElements").isEqualTo(0);
    }

    @Test
    void wrongly_typed_or_malformed_bodies_are_400s() {
        String customerId = customer();
        postJson("{\"customerId\": \"" + customerId + "\", \"type\": \"dress\", \"unit\": \"CM\", \"values\": {\"bust\": \"wide\"}}")
            .expectStatus().isBadRequest()
            .expectBody()
            .jsonPath("$.type").isEqualTo("https://atelier.dev/problems/malformed-request")
            .jsonPath("$.errors[0].field").isEqualTo("values.bust");
        postJson("{\"customerId\": \"not-a-uuid\", \"type\": \"dress\", \"unit\": \"CM\", \"values\": {\"bust\": 90}}")
            .expectStatus().isBadRequest()
            .expectBody().jsonPath("$.errors[0].field").isEqualTo("customerId");
        postJson("{\"customerId\": ").expectStatus().isBadRequest();
        get("/api/measurements?customerId=" + customerId, leadToken())
            .expectBody().jsonPath("$.page.totalElements").isEqualTo(0);
    }

    @Test
    void bad_query_parameters_are_400s_naming_them() {
        get("/api/measurements?unit=furlong", leadToken()).expectStatus().isBadRequest()
            .expectBody().jsonPath("$.errors[0].field").isEqualTo("unit");
        get("/api/measurements?customerId=42", leadToken()).expectStatus().isBadRequest()
            .expectBody().jsonPath("$.errors[0].field").isEqualTo("customerId");
        get("/api/measurements?sort=values,asc", leadToken()).expectStatus().isBadRequest()
            .expectBody().jsonPath("$.errors[0].field").isEqualTo("sort");
        get("/api/measurements/not-a-uuid", leadToken()).expectStatus().isBadRequest()
            .expectBody().jsonPath("$.errors[0].field").isEqualTo("id");
    }

    @Test
    void an_update_cannot_move_a_set_to_another_customer_and_needs_a_version() {
        String id = create(leadToken(), set(customer(), null));
        Map<String, Object> moved = set(customer(), null);
        moved.put("version", 0);
        put(id, leadToken(), moved).expectStatus().isBadRequest()
            .expectBody().jsonPath("$.errors[0].field").isEqualTo("customerId");
        put(id, leadToken(), set(null, null)).expectStatus().isBadRequest()
            .expectBody().jsonPath("$.errors[0].field").isEqualTo("version");
        get("/api/measurements/" + id + "/history", leadToken()).expectBody().jsonPath("$.length()").isEqualTo(1);
    }

    static Map<String, Object> set(String customerId, String orderId) {
        Map<String, Object> body = new HashMap<>();
        if (customerId != null) {
            body.put("customerId", customerId);
        }
        body.put("orderId", orderId);
        body.put("type", " dress ");
        body.put("unit", "CM");
        body.put("values", Map.of("Bust", 92.5, "waist", 71, "Upper Arm", 30.25));
        body.put("notes", "");
        return body;
    }

    String customer() {
        @SuppressWarnings("unchecked")
        Map<String, Object> created = http.post().uri("/api/customers")
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + leadToken())
            .bodyValue(Map.of("name", "Measured " + UUID.randomUUID()))
            .exchange()
            .expectStatus().isCreated()
            .expectBody(Map.class).returnResult().getResponseBody();
        return (String) created.get("id");
    }

    String create(String token, Map<String, Object> body) {
        @SuppressWarnings("unchecked")
        Map<String, Object> created = post(token, body).expectStatus().isCreated()
            .expectBody(Map.class).returnResult().getResponseBody();
        return (String) created.get("id");
    }

    WebTestClient.ResponseSpec post(String token, Map<String, Object> body) {
        return http.post().uri("/api/measurements")
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
            .bodyValue(body)
            .exchange();
    }

    WebTestClient.ResponseSpec postJson(String json) {
        return http.post().uri("/api/measurements")
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + leadToken())
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue(json)
            .exchange();
    }

    WebTestClient.ResponseSpec put(String id, String token, Map<String, Object> body) {
        return http.put().uri("/api/measurements/{id}", id)
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
            .bodyValue(body)
            .exchange();
    }

    WebTestClient.ResponseSpec get(String path, String token) {
        return http.get().uri(path)
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
            .exchange();
    }

}
