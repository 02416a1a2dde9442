package dev.atelier.platform.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.context.annotation.Import;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Issue 16 item 5: {@code deliveryTo=+300000-01-01} and {@code from=+300000-01-01T00:00:00Z} were 500s, a
 * payment's {@code paidAt: -300000-01-01T00:00:00Z} was stored as another date. Every date a client sends
 * is now bounded to 1900–2200 and refused with a 400 naming the field.
 */
@WebFluxTest
@Import(BoundedDatesTest.DatesController.class)
class BoundedDatesTest {

    record Dates(LocalDate day, Instant at, OffsetDateTime when) {
    }

    @RestController
    static class DatesController {

        @PostMapping(path = "/dates", consumes = MediaType.APPLICATION_JSON_VALUE)
        Mono<Dates> echo(@RequestBody Dates dates) {
            return Mono.just(dates);
        }

        @GetMapping("/dates")
        Mono<Map<String, String>> query(
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                @RequestParam(required = false) Instant at) {
            return Mono.just(Map.of("day", String.valueOf(day), "at", String.valueOf(at)));
        }
    }

    @Autowired
    WebTestClient client;

    private void bodyRefused(String json, String field) {
        client.post().uri("/dates").contentType(MediaType.APPLICATION_JSON).bodyValue(json).exchange()
            .expectStatus().isBadRequest()
            .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody()
            .jsonPath("$.errors[0].field").isEqualTo(field)
            .jsonPath("$.errors[0].message").isEqualTo(DateBounds.MESSAGE);
    }

    /** The value goes through the URI builder's variable encoding, so {@code +} arrives as {@code +}. */
    private WebTestClient.ResponseSpec query(String name, String value) {
        return client.get().uri(uri -> uri.path("/dates").queryParam(name, "{v}").build(value)).exchange();
    }

    private void queryRefused(String name, String value) {
        query(name, value)
            .expectStatus().isBadRequest()
            .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody()
            .jsonPath("$.errors[0].field").isEqualTo(name)
            .jsonPath("$.errors[0].message").isEqualTo(DateBounds.MESSAGE);
    }

    @Test
    void far_dates_in_a_body_are_400_naming_the_field() {
        bodyRefused("{\"day\": \"+300000-01-01\"}", "day");
        bodyRefused("{\"at\": \"-300000-01-01T00:00:00Z\"}", "at");
        bodyRefused("{\"when\": \"2201-01-01T12:00:00+01:00\"}", "when");
        bodyRefused("{\"day\": \"1899-12-31\"}", "day");
    }

    @Test
    void far_dates_in_query_parameters_are_400_naming_the_parameter() {
        queryRefused("day", "+300000-01-01");
        queryRefused("at", "+300000-01-01T00:00:00Z");
        queryRefused("at", "1899-12-31T23:59:59Z");
    }

    @Test
    void dates_within_the_bounds_pass_unchanged() {
        client.post().uri("/dates").contentType(MediaType.APPLICATION_JSON)
            .bodyValue("{\"day\": \"1900-01-01\", \"at\": \"2200-12-31T23:59:59Z\", \"when\": \"2026-12-03T10:00:00+01:00\"}")
            .exchange()
            .expectStatus().isOk()
            .expectBody()
            .jsonPath("$.day").isEqualTo("1900-01-01")
            .jsonPath("$.at").isEqualTo("2200-12-31T23:59:59Z");
        query("day", "2026-12-03").expectStatus().isOk().expectBody().jsonPath("$.day").isEqualTo("2026-12-03");
        query("at", "2026-12-03T10:00:00+01:00").expectStatus().isOk()
            .expectBody().jsonPath("$.at").isEqualTo("2026-12-03T09:00:00Z");
    }

    @Test
    void a_malformed_date_is_still_a_type_problem() {
        query("day", "yesterday")
            .expectStatus().isBadRequest()
            .expectBody()
            .jsonPath("$.errors[0].field").isEqualTo("day");
    }
}
