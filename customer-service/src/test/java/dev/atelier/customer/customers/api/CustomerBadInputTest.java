package dev.atelier.customer.customers.api;

import static dev.atelier.customer.customers.api.CustomerFixtures.body;
import static dev.atelier.customer.customers.api.CustomerFixtures.create;
import static dev.atelier.customer.customers.api.CustomerFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.customer.ApiTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Bad input is a problem+json 4xx that names the field, and nothing is stored. */
class CustomerBadInputTest extends ApiTest {

    private static final String VALIDATION = "https://atelier.dev/problems/validation";

    private static final String MALFORMED = "https://atelier.dev/problems/malformed-request";

    @Test
    void missing_name_is_a_400_naming_name() {
        String u = unique();
        postJson("{\"email\": \"" + u + "@example.com\"}")
            .expectStatus().isBadRequest()
            .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody()
            .jsonPath("$.type").isEqualTo(VALIDATION)
            .jsonPath("$.errors[0].field").isEqualTo("name")
            .jsonPath("$.errors[0].message").isEqualTo("is required");
        assertNothingStoredFor(u);
    }

    @Test
    void blank_name_is_a_400() {
        postJson("{\"name\": \"   \"}").expectStatus().isBadRequest()
            .expectBody().jsonPath("$.errors[0].field").isEqualTo("name");
    }

    @Test
    void a_ten_thousand_character_name_is_a_400() {
        String u = unique();
        String name = u + "x".repeat(10_000 - u.length());
        post(Map.of("name", name))
            .expectStatus().isBadRequest()
            .expectBody()
            .jsonPath("$.type").isEqualTo(VALIDATION)
            .jsonPath("$.errors[0].field").isEqualTo("name")
            .jsonPath("$.errors[0].message").isEqualTo("must be at most 200 characters");
        assertNothingStoredFor(u);
    }

    @Test
    void every_bad_field_is_named_at_once() {
        String u = unique();
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Bad fields " + u);
        body.put("email", "not-an-email");
        body.put("phone", "call me maybe");
        body.put("address", Map.of("country", "Nigeria", "postalCode", "9".repeat(21)));
        body.put("notes", "n".repeat(2001));
        post(body)
            .expectStatus().isBadRequest()
            .expectBody()
            .jsonPath("$.errors.length()").isEqualTo(5)
            .jsonPath("$.errors[?(@.field == 'email')]").exists()
            .jsonPath("$.errors[?(@.field == 'phone')]").exists()
            .jsonPath("$.errors[?(@.field == 'address.country')]").exists()
            .jsonPath("$.errors[?(@.field == 'address.postalCode')]").exists()
            .jsonPath("$.errors[?(@.field == 'notes')]").exists();
        assertNothingStoredFor(u);
    }

    @Test
    void malformed_json_is_a_400() {
        postJson("{\"name\": \"Ada\",").expectStatus().isBadRequest()
            .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody().jsonPath("$.type").isEqualTo(MALFORMED);
    }

    @Test
    void an_empty_body_is_a_400() {
        http.post().uri("/api/customers")
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + leadToken())
            .contentType(MediaType.APPLICATION_JSON)
            .exchange()
            .expectStatus().isBadRequest()
            .expectBody().jsonPath("$.type").isEqualTo(MALFORMED);
    }

    @Test
    void a_wrongly_typed_field_is_a_400_naming_it() {
        postJson("{\"name\": \"Ada\", \"address\": \"12 Marina\"}").expectStatus().isBadRequest()
            .expectBody()
            .jsonPath("$.type").isEqualTo(MALFORMED)
            .jsonPath("$.errors[0].field").isEqualTo("address");
    }

    @Test
    void a_non_json_body_is_a_415() {
        http.post().uri("/api/customers")
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + leadToken())
            .contentType(MediaType.TEXT_PLAIN)
            .bodyValue("name=Ada")
            .exchange()
            .expectStatus().isEqualTo(415)
            .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void an_id_that_is_not_a_uuid_is_a_400_naming_id() {
        http.get().uri("/api/customers/12345")
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + leadToken())
            .exchange()
            .expectStatus().isBadRequest()
            .expectBody()
            .jsonPath("$.type").isEqualTo(MALFORMED)
            .jsonPath("$.errors[0].field").isEqualTo("id");
    }

    @Test
    void bad_paging_and_sorting_are_400s_naming_the_parameter() {
        list("page=-1").expectBody().jsonPath("$.errors[0].field").isEqualTo("page");
        list("size=zero").expectBody().jsonPath("$.errors[0].field").isEqualTo("size");
        list("sort=email,asc").expectBody().jsonPath("$.errors[0].field").isEqualTo("sort");
        list("sort=name,sideways").expectBody().jsonPath("$.errors[0].field").isEqualTo("sort");
        list("includeArchived=perhaps").expectBody().jsonPath("$.errors[0].field").isEqualTo("includeArchived");
        list("id=not-a-uuid").expectBody().jsonPath("$.errors[0].field").isEqualTo("id");
    }

    @Test
    void more_than_a_hundred_ids_is_a_400_naming_id() {
        String ids = java.util.stream.IntStream.range(0, 101).mapToObj(i -> "id=" + java.util.UUID.randomUUID())
            .collect(java.util.stream.Collectors.joining("&"));
        list(ids).expectBody().jsonPath("$.errors[0].field").isEqualTo("id")
            .jsonPath("$.errors[0].message").value(message -> assertThat(String.valueOf(message)).contains("100"));
    }

    @Test
    void put_without_a_version_is_a_400_and_changes_nothing() {
        Map<String, Object> created = create(http, leadToken(), body("Versionless " + unique(), null, null));
        http.put().uri("/api/customers/{id}", created.get("id"))
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + leadToken())
            .bodyValue(Map.of("name", "Changed"))
            .exchange()
            .expectStatus().isBadRequest()
            .expectBody()
            .jsonPath("$.errors[0].field").isEqualTo("version");
        assertUnchanged(created);
    }

    @Test
    void put_with_an_invalid_field_is_a_400_and_changes_nothing() {
        Map<String, Object> created = create(http, leadToken(), body("Invalid put " + unique(), null, null));
        http.put().uri("/api/customers/{id}", created.get("id"))
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + leadToken())
            .bodyValue(Map.of("name", "Changed", "email", "nope", "version", 0))
            .exchange()
            .expectStatus().isBadRequest()
            .expectBody()
            .jsonPath("$.errors[0].field").isEqualTo("email");
        assertUnchanged(created);
    }

    @Test
    void put_to_an_unknown_customer_is_a_404() {
        http.put().uri("/api/customers/{id}", "7d3c1f9e-0000-4000-8000-00000000f00d")
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + leadToken())
            .bodyValue(Map.of("name", "Nobody", "version", 0))
            .exchange()
            .expectStatus().isNotFound();
    }

    @Test
    void patch_that_removes_the_name_is_a_400_and_changes_nothing() {
        Map<String, Object> created = create(http, leadToken(), body("Unnamed patch " + unique(), null, null));
        Map<String, Object> patch = new HashMap<>();
        patch.put("name", null);
        patch.put("version", 0);
        patch(created, patch).expectStatus().isBadRequest()
            .expectBody().jsonPath("$.errors[0].field").isEqualTo("name");
        assertUnchanged(created);
    }

    @Test
    void patch_with_a_wrongly_typed_value_is_a_400_naming_it() {
        Map<String, Object> created = create(http, leadToken(), body("Typed patch " + unique(), null, null));
        patch(created, Map.of("address", "somewhere", "version", 0)).expectStatus().isBadRequest()
            .expectBody()
            .jsonPath("$.type").isEqualTo(MALFORMED)
            .jsonPath("$.errors[0].field").isEqualTo("address");
        patch(created, Map.of("version", "latest")).expectStatus().isBadRequest()
            .expectBody()
            .jsonPath("$.errors[0].field").isEqualTo("version");
        assertUnchanged(created);
    }

    @Test
    void patch_that_is_not_an_object_or_lacks_a_version_is_a_400() {
        Map<String, Object> created = create(http, leadToken(), body("Array patch " + unique(), null, null));
        http.patch().uri("/api/customers/{id}", created.get("id"))
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + leadToken())
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue("[1, 2]")
            .exchange()
            .expectStatus().isBadRequest();
        patch(created, Map.of("notes", "no version")).expectStatus().isBadRequest()
            .expectBody().jsonPath("$.errors[0].field").isEqualTo("version");
        assertUnchanged(created);
    }

    /** Found by ./atelier drill bad-input: NUL reached PostgreSQL (500), an unpaired surrogate was stored as "?". */
    @Test
    void text_postgres_cannot_store_is_a_400_naming_the_field() {
        String u = unique();
        postJson("{\"name\": \"Nul\\u0000 " + u + "\", \"email\": \"" + u + "@example.com\"}")
            .expectStatus().isBadRequest()
            .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody()
            .jsonPath("$.type").isEqualTo(MALFORMED)
            .jsonPath("$.errors[0].field").isEqualTo("name");
        postJson("{\"name\": \"Half \\ud800 " + u + "\", \"email\": \"" + u + "@example.com\"}")
            .expectStatus().isBadRequest()
            .expectBody().jsonPath("$.errors[0].field").isEqualTo("name");
        assertNothingStoredFor(u);
        Map<String, Object> created = create(http, leadToken(), body("Nul patch " + u, null, null));
        http.patch().uri("/api/customers/{id}", created.get("id"))
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + leadToken())
            .contentType(MediaType.valueOf("application/merge-patch+json"))
            .bodyValue("{\"notes\": \"\\u0000\", \"version\": 0}")
            .exchange()
            .expectStatus().isBadRequest()
            .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertUnchanged(created);
    }

    @Test
    void a_search_for_nul_is_a_400_naming_q() {
        http.get().uri(b -> b.path("/api/customers").queryParam("q", "a\u0000b").build())
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + leadToken())
            .exchange()
            .expectStatus().isBadRequest()
            .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody().jsonPath("$.errors[0].field").isEqualTo("q");
    }

    private WebTestClient.ResponseSpec post(Map<String, Object> body) {
        return http.post().uri("/api/customers")
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + leadToken())
            .bodyValue(body)
            .exchange();
    }

    private WebTestClient.ResponseSpec postJson(String json) {
        return http.post().uri("/api/customers")
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + leadToken())
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue(json)
            .exchange();
    }

    private WebTestClient.ResponseSpec patch(Map<String, Object> created, Map<String, Object> patch) {
        return http.patch().uri("/api/customers/{id}", created.get("id"))
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + leadToken())
            .contentType(MediaType.parseMediaType("application/merge-patch+json"))
            .bodyValue(patch)
            .exchange();
    }

    private WebTestClient.ResponseSpec list(String query) {
        return http.get().uri("/api/customers?" + query)
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + leadToken())
            .exchange()
            .expectStatus().isBadRequest();
    }

    private void assertNothingStoredFor(String token) {
        http.get().uri(b -> b.path("/api/customers").queryParam("q", token).queryParam("includeArchived", true).build())
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + leadToken())
            .exchange()
            .expectStatus().isOk()
            .expectBody().jsonPath("$.page.totalElements").isEqualTo(0);
    }

    private void assertUnchanged(Map<String, Object> created) {
        http.get().uri("/api/customers/{id}", created.get("id"))
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + leadToken())
            .exchange()
            .expectStatus().isOk()
            .expectBody()
            .jsonPath("$.name").isEqualTo(created.get("name"))
            .jsonPath("$.version").isEqualTo(0);
    }

}
