package dev.atelier.platform.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Every way a request can fail answers RFC 9457 problem+json with a stable type. Runs as a
 * {@code @WebFluxTest}, which also proves the platform registers itself for services' web slices.
 */
@WebFluxTest(properties = "spring.http.codecs.max-in-memory-size=1KB")
@Import({ ProblemTestController.class, FailingWebFilter.class })
@ExtendWith(OutputCaptureExtension.class)
class ErrorProblemTest {

    private static final String TYPES = "https://atelier.dev/problems/";

    @Autowired
    WebTestClient client;

    private WebTestClient.BodyContentSpec problem(WebTestClient.ResponseSpec response, HttpStatus status,
            String type, String instance) {
        return response.expectStatus().isEqualTo(status)
            .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody()
            .jsonPath("$.type").isEqualTo(TYPES + type)
            .jsonPath("$.status").isEqualTo(status.value())
            .jsonPath("$.title").isNotEmpty()
            .jsonPath("$.instance").isEqualTo(instance);
    }

    private WebTestClient.ResponseSpec postJson(String path, String json) {
        return this.client.post().uri(path).contentType(MediaType.APPLICATION_JSON).bodyValue(json).exchange();
    }

    @Test
    void validation_error_lists_each_field() {
        problem(postJson("/test/items", """
                {"name": " ", "price": {"amount": -5, "currency": "EURO"}, "unit": "CM", "quantity": 1}
                """), HttpStatus.BAD_REQUEST, "validation", "/test/items")
            .jsonPath("$.errors.length()").isEqualTo(3)
            .jsonPath("$.errors[?(@.field == 'name')].message").isEqualTo("must not be blank")
            .jsonPath("$.errors[?(@.field == 'price.amount')].message").isEqualTo("must be greater than 0")
            .jsonPath("$.errors[?(@.field == 'price.currency')].message").isNotEmpty();
    }

    @Test
    void body_and_param_failures_under_method_validation_are_listed_together() {
        problem(postJson("/test/batches?copies=0", """
                {"name": "", "price": {"amount": 1, "currency": "EUR"}, "unit": "CM", "quantity": 1}
                """), HttpStatus.BAD_REQUEST, "validation", "/test/batches")
            .jsonPath("$.errors.length()").isEqualTo(2)
            .jsonPath("$.errors[?(@.field == 'name')].message").isEqualTo("must not be blank")
            .jsonPath("$.errors[?(@.field == 'copies')].message").isEqualTo("must be greater than or equal to 1");
    }

    @Test
    void constraint_violations_from_service_code_are_validation_errors() {
        problem(this.client.post().uri("/test/prices").exchange(), HttpStatus.BAD_REQUEST, "validation", "/test/prices")
            .jsonPath("$.errors.length()").isEqualTo(2)
            .jsonPath("$.errors[?(@.field == 'amount')].message").isEqualTo("must be greater than 0")
            .jsonPath("$.errors[?(@.field == 'currency')]").exists();
    }

    @Test
    void invalid_request_param_is_a_validation_error_naming_the_param() {
        problem(this.client.get().uri("/test/items?count=0").exchange(), HttpStatus.BAD_REQUEST, "validation",
                "/test/items")
            .jsonPath("$.errors[0].field").isEqualTo("count")
            .jsonPath("$.errors[0].message").isEqualTo("must be greater than or equal to 1");
    }

    @Test
    void missing_required_param_is_a_validation_error() {
        problem(this.client.get().uri("/test/items").exchange(), HttpStatus.BAD_REQUEST, "validation", "/test/items")
            .jsonPath("$.errors[0].field").isEqualTo("count")
            .jsonPath("$.errors[0].message").isEqualTo("is required");
    }

    @Test
    void domain_validation_failure_lists_its_fields() {
        problem(this.client.post().uri("/test/measurements").exchange(), HttpStatus.BAD_REQUEST, "validation",
                "/test/measurements")
            .jsonPath("$.errors[0].field").isEqualTo("values.bust")
            .jsonPath("$.errors[0].message").isEqualTo("must be positive")
            .jsonPath("$.errors[1].field").isEqualTo("unit");
    }

    @Test
    void malformed_json_says_where_it_broke_without_internals() {
        byte[] body = problem(postJson("/test/items", "{\"name\": \"silk\",\n \"price\": {"),
                HttpStatus.BAD_REQUEST, "malformed-request", "/test/items")
            .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("not valid JSON", "line 2"))
            .returnResult().getResponseBodyContent();
        assertThat(new String(body)).doesNotContain("jackson", "Exception", "ItemRequest");
    }

    @Test
    void wrongly_typed_value_names_its_json_path_and_what_was_expected() {
        byte[] body = problem(postJson("/test/items", """
                {"name": "silk", "price": {"amount": "lots", "currency": "EUR"}, "unit": "CM", "quantity": 1}
                """), HttpStatus.BAD_REQUEST, "malformed-request", "/test/items")
            .jsonPath("$.errors[0].field").isEqualTo("price.amount")
            .jsonPath("$.errors[0].message").isEqualTo("must be a number")
            .returnResult().getResponseBodyContent();
        assertThat(new String(body)).doesNotContain("BigDecimal", "java.", "tools.jackson", "Money");
    }

    @Test
    void unknown_enum_value_lists_the_allowed_ones() {
        problem(postJson("/test/items", """
                {"name": "silk", "price": {"amount": 1, "currency": "EUR"}, "unit": "FT", "quantity": 1}
                """), HttpStatus.BAD_REQUEST, "malformed-request", "/test/items")
            .jsonPath("$.errors[0].field").isEqualTo("unit")
            .jsonPath("$.errors[0].message").isEqualTo("must be one of CM, IN");
    }

    @Test
    void wrongly_typed_query_param_names_the_param() {
        problem(this.client.get().uri("/test/items?count=many").exchange(), HttpStatus.BAD_REQUEST,
                "malformed-request", "/test/items")
            .jsonPath("$.errors[0].field").isEqualTo("count")
            .jsonPath("$.errors[0].message").isEqualTo("must be an integer");
    }

    @Test
    void missing_body_is_a_malformed_request() {
        problem(this.client.post().uri("/test/items").contentType(MediaType.APPLICATION_JSON).exchange(),
                HttpStatus.BAD_REQUEST, "malformed-request", "/test/items")
            .jsonPath("$.detail").isEqualTo("This request needs a body.");
    }

    @Test
    void missing_resource_is_not_found_naming_it() {
        UUID id = UUID.randomUUID();
        problem(this.client.get().uri("/test/items/{id}", id).exchange(), HttpStatus.NOT_FOUND, "not-found",
                "/test/items/" + id)
            .jsonPath("$.resource").isEqualTo("item")
            .jsonPath("$.id").isEqualTo(id.toString());
    }

    @Test
    void clients_accepting_only_json_still_get_problem_json() {
        UUID id = UUID.randomUUID();
        problem(this.client.get().uri("/test/items/{id}", id).accept(MediaType.APPLICATION_JSON).exchange(),
                HttpStatus.NOT_FOUND, "not-found", "/test/items/" + id);
        problem(this.client.get().uri("/nowhere").accept(MediaType.APPLICATION_JSON).exchange(),
                HttpStatus.NOT_FOUND, "not-found", "/nowhere");
    }

    @Test
    void unknown_path_is_not_found() {
        problem(this.client.get().uri("/nowhere/at-all").exchange(), HttpStatus.NOT_FOUND, "not-found",
                "/nowhere/at-all");
    }

    @Test
    void malformed_path_variable_is_a_malformed_request() {
        problem(this.client.get().uri("/test/items/not-a-uuid").exchange(), HttpStatus.BAD_REQUEST,
                "malformed-request", "/test/items/not-a-uuid")
            .jsonPath("$.errors[0].field").isEqualTo("id")
            .jsonPath("$.errors[0].message").isEqualTo("must be a UUID");
    }

    @Test
    void conflict_carries_its_extra_properties() {
        UUID id = UUID.randomUUID();
        problem(this.client.post().uri("/test/items/{id}/moves", id).exchange(), HttpStatus.CONFLICT, "conflict",
                "/test/items/" + id + "/moves")
            .jsonPath("$.detail").isEqualTo("Order is DELIVERED; it cannot move to PENDING.")
            .jsonPath("$.allowedMoves").isArray();
    }

    @Test
    void a_value_refused_by_the_domain_is_a_validation_error_naming_every_field_it_broke() {
        problem(this.client.post().uri("/test/fittings").exchange(), HttpStatus.BAD_REQUEST, "validation",
                "/test/fittings")
            .jsonPath("$.detail").isEqualTo("The request has invalid fields.")
            .jsonPath("$.errors.length()").isEqualTo(2)
            .jsonPath("$.errors[0].field").isEqualTo("values.bust")
            .jsonPath("$.errors[0].message").isEqualTo("must be positive")
            .jsonPath("$.errors[1].field").isEqualTo("unit")
            .jsonPath("$.errors[1].message").isEqualTo("must be CM or IN");
    }

    @Test
    void a_move_refused_by_the_domain_is_a_conflict_naming_what_is_allowed() {
        UUID id = UUID.randomUUID();
        problem(this.client.post().uri("/test/items/{id}/shipments", id).exchange(), HttpStatus.CONFLICT, "conflict",
                "/test/items/" + id + "/shipments")
            .jsonPath("$.detail").isEqualTo("Order is PENDING; it cannot be shipped yet.")
            .jsonPath("$.allowedMoves[0]").isEqualTo("IN_PROGRESS");
    }

    @Test
    void optimistic_lock_failure_is_a_conflict_without_internals() {
        UUID id = UUID.randomUUID();
        problem(this.client.post().uri("/test/items/{id}/price", id).exchange(), HttpStatus.CONFLICT, "conflict",
                "/test/items/" + id + "/price")
            .jsonPath("$.detail").value(detail -> assertThat((String) detail).doesNotContain("row version", "table"));
    }

    @Test
    void wrong_media_type_is_unsupported_media_type() {
        problem(this.client.post().uri("/test/items").contentType(MediaType.TEXT_PLAIN).bodyValue("silk").exchange(),
                HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "/test/items");
    }

    @Test
    void unacceptable_accept_header_is_not_acceptable() {
        problem(this.client.get().uri("/test/json-only").accept(MediaType.APPLICATION_XML).exchange(),
                HttpStatus.NOT_ACCEPTABLE, "not-acceptable", "/test/json-only");
    }

    @Test
    void wrong_method_is_method_not_allowed_with_allow_header() {
        problem(this.client.delete().uri("/test/json-only").exchange(), HttpStatus.METHOD_NOT_ALLOWED,
                "method-not-allowed", "/test/json-only");
        this.client.delete().uri("/test/json-only").exchange().expectHeader().valueEquals(HttpHeaders.ALLOW, "GET");
    }

    @Test
    void body_over_the_codec_limit_is_payload_too_large() {
        String name = "x".repeat(4096);
        problem(postJson("/test/items", """
                {"name": "%s", "price": {"amount": 1, "currency": "EUR"}, "unit": "CM", "quantity": 1}
                """.formatted(name)), HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "/test/items");
    }

    @Test
    void buffer_limit_raised_by_service_code_is_payload_too_large() {
        problem(this.client.get().uri("/test/buffer").exchange(), HttpStatus.CONTENT_TOO_LARGE, "payload-too-large",
                "/test/buffer");
    }

    @Test
    void neighbour_down_is_service_unavailable_naming_it() {
        problem(this.client.get().uri("/test/neighbour").exchange(), HttpStatus.SERVICE_UNAVAILABLE,
                "service-unavailable", "/test/neighbour")
            .jsonPath("$.service").isEqualTo("customer-service");
    }

    @Test
    void access_denied_in_a_controller_is_forbidden() {
        problem(this.client.get().uri("/test/denied").exchange(), HttpStatus.FORBIDDEN, "forbidden", "/test/denied");
    }

    @Test
    void unexpected_error_is_internal_with_a_logged_trace_id_and_no_internals(CapturedOutput output) {
        byte[] body = problem(this.client.get().uri("/test/boom").exchange(), HttpStatus.INTERNAL_SERVER_ERROR,
                "internal", "/test/boom")
            .jsonPath("$.traceId").isNotEmpty()
            .returnResult().getResponseBodyContent();
        String json = new String(body);
        assertThat(json).doesNotContain("Exception", "at dev.", "postgres://", "secret", "IllegalState");
        String traceId = json.replaceAll(".*\"traceId\":\"([^\"]+)\".*", "$1");
        assertThat(output).contains("traceId=" + traceId).contains("secret connection string");
    }

    @Test
    void exception_thrown_outside_the_reactive_chain_is_internal_too() {
        byte[] body = problem(this.client.get().uri("/test/thrown").exchange(), HttpStatus.INTERNAL_SERVER_ERROR,
                "internal", "/test/thrown")
            .returnResult().getResponseBodyContent();
        assertThat(new String(body)).doesNotContain("Exception", "thrown before");
    }

    @Test
    void failure_in_a_web_filter_is_internal_without_internals() {
        byte[] body = problem(this.client.get().uri("/filtered/boom").exchange(), HttpStatus.INTERNAL_SERVER_ERROR,
                "internal", "/filtered/boom")
            .jsonPath("$.traceId").isNotEmpty()
            .returnResult().getResponseBodyContent();
        assertThat(new String(body)).doesNotContain("Exception", "at dev.", "corrupted");
    }

    @Test
    void platform_exception_from_a_web_filter_keeps_its_problem() {
        problem(this.client.get().uri("/filtered/missing").exchange(), HttpStatus.NOT_FOUND, "not-found",
                "/filtered/missing")
            .jsonPath("$.resource").isEqualTo("tenant");
    }

}
