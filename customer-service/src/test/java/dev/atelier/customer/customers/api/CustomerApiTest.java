package dev.atelier.customer.customers.api;

import static dev.atelier.customer.customers.api.CustomerFixtures.body;
import static dev.atelier.customer.customers.api.CustomerFixtures.create;
import static dev.atelier.customer.customers.api.CustomerFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.customer.ApiTest;
import dev.atelier.platform.test.ContractCheck;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

class CustomerApiTest extends ApiTest {

    @Test
    void lead_creates_a_customer_with_location_normalised_phone_and_audit_fields() {
        String u = unique();
        http.post().uri("/api/customers")
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + leadToken())
            .bodyValue(Map.of("name", "  Ada Obi " + u + " ", "email", "Ada." + u + "@Example.com",
                    "phone", "+234 801-234 5678", "notes", "prefers silk",
                    "address", Map.of("street", "12 Marina", "city", "Lagos", "postalCode", "100001", "country", "ng")))
            .exchange()
            .expectStatus().isCreated()
            .expectHeader().value(HttpHeaders.LOCATION, location -> assertThat(location).startsWith("/api/customers/"))
            .expectBody()
            .jsonPath("$.id").isNotEmpty()
            .jsonPath("$.name").isEqualTo("Ada Obi " + u)
            .jsonPath("$.email").isEqualTo("Ada." + u + "@Example.com")
            .jsonPath("$.phone").isEqualTo("+2348012345678")
            .jsonPath("$.address.country").isEqualTo("NG")
            .jsonPath("$.address.city").isEqualTo("Lagos")
            .jsonPath("$.notes").isEqualTo("prefers silk")
            .jsonPath("$.archived").isEqualTo(false)
            .jsonPath("$.version").isEqualTo(0)
            .jsonPath("$.createdBy").isEqualTo("lead")
            .jsonPath("$.updatedBy").isEqualTo("lead")
            .jsonPath("$.createdAt").isNotEmpty()
            .jsonPath("$.updatedAt").isNotEmpty();
    }

    @Test
    void a_created_customer_reads_back_for_lead_and_junior() {
        Map<String, Object> created = create(http, leadToken(), body("Read Back " + unique(), null, null));
        for (String token : List.of(leadToken(), juniorToken())) {
            http.get().uri("/api/customers/{id}", created.get("id"))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.id").isEqualTo(created.get("id"))
                .jsonPath("$.name").isEqualTo(created.get("name"))
                .jsonPath("$.email").doesNotExist();
        }
    }

    @Test
    void a_customer_without_address_reads_address_null() {
        Map<String, Object> created = create(http, leadToken(), Map.of("name", "No Address " + unique()));
        assertThat(created.get("address")).isNull();
    }

    @Test
    void unknown_customer_is_a_404_problem() {
        http.get().uri("/api/customers/{id}", "7d3c1f9e-0000-4000-8000-000000000000")
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + leadToken())
            .exchange()
            .expectStatus().isNotFound()
            .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody()
            .jsonPath("$.type").isEqualTo("https://atelier.dev/problems/not-found")
            .jsonPath("$.resource").isEqualTo("customer");
    }

    @Test
    void search_matches_name_email_and_phone_case_insensitively_and_partially() {
        String u = unique();
        create(http, leadToken(), body("Chioma " + u + " Eze", null, null));
        create(http, leadToken(), body("Other Person", "bola." + u + "@example.com", null));
        String digits = "9" + String.valueOf(Math.abs(u.hashCode())).substring(0, 6) + "21";
        create(http, leadToken(), body("Phone Person", null, "+44 " + digits));

        assertSearch(u.toUpperCase(), 2);
        assertSearch("chioma " + u, 1);
        assertSearch("BOLA." + u, 1);
        assertSearch(digits.substring(2, 8), 1);
        assertSearch(digits.substring(0, 3) + " " + digits.substring(3, 7), 1);
    }

    @Test
    void a_number_typed_with_separators_finds_phones_by_its_digits_and_names_as_typed() {
        String digits = String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L, 10_000_000_000L));
        String typed = digits.substring(0, 5) + "-" + digits.substring(5);
        create(http, leadToken(), body("Flat " + typed, null, null));
        create(http, leadToken(), body("Phone Person", null, "+234" + digits));

        assertSearch(typed, 2);
    }

    @Test
    void search_treats_percent_and_underscore_as_plain_characters() {
        String u = unique();
        create(http, leadToken(), body("Under_score " + u, null, null));
        create(http, leadToken(), body("Underxscore " + u, null, null));
        http.get().uri(b -> b.path("/api/customers").queryParam("q", "under_score " + u).build())
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + leadToken())
            .exchange()
            .expectStatus().isOk()
            .expectBody()
            .jsonPath("$.page.totalElements").isEqualTo(1);
        http.get().uri(b -> b.path("/api/customers").queryParam("q", "%" + u).build())
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + leadToken())
            .exchange()
            .expectStatus().isOk()
            .expectBody()
            .jsonPath("$.page.totalElements").isEqualTo(0);
    }

    @Test
    void list_pages_and_sorts_by_name_with_the_total() {
        String u = unique();
        for (String letter : List.of("C", "A", "E", "B", "D")) {
            create(http, leadToken(), body(letter + " Paging " + u, null, null));
        }
        http.get().uri(b -> b.path("/api/customers").queryParam("q", "Paging " + u).queryParam("size", 2)
                .queryParam("page", 1).queryParam("sort", "name,asc").build())
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + juniorToken())
            .exchange()
            .expectStatus().isOk()
            .expectBody()
            .jsonPath("$.content.length()").isEqualTo(2)
            .jsonPath("$.content[0].name").isEqualTo("C Paging " + u)
            .jsonPath("$.content[1].name").isEqualTo("D Paging " + u)
            .jsonPath("$.page.size").isEqualTo(2)
            .jsonPath("$.page.number").isEqualTo(1)
            .jsonPath("$.page.totalElements").isEqualTo(5)
            .jsonPath("$.page.totalPages").isEqualTo(3);
        http.get().uri(b -> b.path("/api/customers").queryParam("q", "Paging " + u).queryParam("sort", "name,desc").build())
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + leadToken())
            .exchange()
            .expectStatus().isOk()
            .expectBody()
            .jsonPath("$.content[0].name").isEqualTo("E Paging " + u)
            .jsonPath("$.page.size").isEqualTo(20);
    }

    @Test
    void list_defaults_to_newest_first_and_caps_the_page_size() {
        String u = unique();
        create(http, leadToken(), body("First " + u, null, null));
        create(http, leadToken(), body("Second " + u, null, null));
        http.get().uri(b -> b.path("/api/customers").queryParam("q", u).queryParam("size", 1000).build())
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + leadToken())
            .header(ContractCheck.OUTSIDE_THE_DOCUMENT, "size above the maximum is capped")
            .exchange()
            .expectStatus().isOk()
            .expectBody()
            .jsonPath("$.content[0].name").isEqualTo("Second " + u)
            .jsonPath("$.content[1].name").isEqualTo("First " + u)
            .jsonPath("$.page.size").isEqualTo(100);
    }

    @Test
    void a_list_by_ids_answers_just_those_customers_archived_ones_when_asked() {
        String u = unique();
        Map<String, Object> first = create(http, leadToken(), body("By Id One " + u, null, null));
        Map<String, Object> second = create(http, leadToken(), body("By Id Two " + u, null, null));
        create(http, leadToken(), body("By Id Three " + u, null, null));
        http.delete().uri("/api/customers/{id}", second.get("id"))
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + leadToken())
            .exchange()
            .expectStatus().isNoContent();
        http.get().uri(b -> b.path("/api/customers").queryParam("id", first.get("id"), second.get("id"))
                .queryParam("includeArchived", true).queryParam("sort", "name,asc").build())
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + juniorToken())
            .exchange()
            .expectStatus().isOk()
            .expectBody()
            .jsonPath("$.page.totalElements").isEqualTo(2)
            .jsonPath("$.content[0].name").isEqualTo("By Id One " + u)
            .jsonPath("$.content[1].name").isEqualTo("By Id Two " + u);
        // without includeArchived the archived one stays out, as in every list
        http.get().uri(b -> b.path("/api/customers").queryParam("id", first.get("id"), second.get("id")).build())
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + leadToken())
            .exchange()
            .expectStatus().isOk()
            .expectBody()
            .jsonPath("$.page.totalElements").isEqualTo(1)
            .jsonPath("$.content[0].id").isEqualTo(first.get("id"));
    }

    @Test
    void archived_customer_leaves_lists_unless_asked_for_and_still_reads() {
        String u = unique();
        Map<String, Object> created = create(http, leadToken(), body("Archive Me " + u, null, null));
        http.delete().uri("/api/customers/{id}", created.get("id"))
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + leadToken())
            .exchange()
            .expectStatus().isNoContent();
        assertSearch("Archive Me " + u, 0);
        http.get().uri(b -> b.path("/api/customers").queryParam("q", "Archive Me " + u)
                .queryParam("includeArchived", true).build())
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + leadToken())
            .exchange()
            .expectStatus().isOk()
            .expectBody()
            .jsonPath("$.page.totalElements").isEqualTo(1)
            .jsonPath("$.content[0].archived").isEqualTo(true);
        http.get().uri("/api/customers/{id}", created.get("id"))
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + juniorToken())
            .exchange()
            .expectStatus().isOk()
            .expectBody()
            .jsonPath("$.archived").isEqualTo(true)
            .jsonPath("$.archivedBy").isEqualTo("lead")
            .jsonPath("$.archivedAt").isNotEmpty();
        // Archiving again is harmless.
        http.delete().uri("/api/customers/{id}", created.get("id"))
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + leadToken())
            .exchange()
            .expectStatus().isNoContent();
    }

    @Test
    void an_archived_customer_cannot_be_changed() {
        Map<String, Object> created = create(http, leadToken(), body("Frozen " + unique(), null, null));
        http.delete().uri("/api/customers/{id}", created.get("id"))
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + leadToken())
            .exchange()
            .expectStatus().isNoContent();
        Map<String, Object> replacement = body("Frozen again", null, null);
        replacement.put("version", 1);
        http.put().uri("/api/customers/{id}", created.get("id"))
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + leadToken())
            .bodyValue(replacement)
            .exchange()
            .expectStatus().isEqualTo(409)
            .expectBody()
            .jsonPath("$.type").isEqualTo("https://atelier.dev/problems/conflict");
    }

    @Test
    void unknown_customer_cannot_be_archived() {
        http.delete().uri("/api/customers/{id}", "7d3c1f9e-0000-4000-8000-000000000001")
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + leadToken())
            .exchange()
            .expectStatus().isNotFound();
    }

    @Test
    void duplicate_email_among_active_customers_is_a_409_whatever_its_case() {
        String email = "dup." + unique() + "@example.com";
        create(http, leadToken(), body("Original", email, null));
        http.post().uri("/api/customers")
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + leadToken())
            .bodyValue(body("Copy", email.toUpperCase(), null))
            .exchange()
            .expectStatus().isEqualTo(409)
            .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody()
            .jsonPath("$.type").isEqualTo("https://atelier.dev/problems/conflict")
            .jsonPath("$.field").isEqualTo("email");
        assertSearch(email, 1);
    }

    @Test
    void archiving_frees_the_email_for_a_new_customer() {
        String email = "freed." + unique() + "@example.com";
        Map<String, Object> first = create(http, leadToken(), body("First owner", email, null));
        http.delete().uri("/api/customers/{id}", first.get("id"))
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + leadToken())
            .exchange()
            .expectStatus().isNoContent();
        create(http, leadToken(), body("Second owner", email, null));
    }

    @Test
    void put_replaces_every_field_and_increments_the_version() {
        String u = unique();
        Map<String, Object> created = create(http, leadToken(), body("Before " + u, "before." + u + "@example.com", "08012345678"));
        Map<String, Object> replacement = new java.util.HashMap<>(Map.of("name", "After " + u, "version", 0));
        http.put().uri("/api/customers/{id}", created.get("id"))
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + leadToken())
            .bodyValue(replacement)
            .exchange()
            .expectStatus().isOk()
            .expectBody()
            .jsonPath("$.name").isEqualTo("After " + u)
            .jsonPath("$.email").doesNotExist()
            .jsonPath("$.phone").doesNotExist()
            .jsonPath("$.address").doesNotExist()
            .jsonPath("$.version").isEqualTo(1)
            .jsonPath("$.createdAt").isEqualTo(created.get("createdAt"))
            .jsonPath("$.createdBy").isEqualTo("lead")
            .jsonPath("$.updatedBy").isEqualTo("lead");
    }

    @Test
    void a_stale_version_is_a_409_and_changes_nothing() {
        String u = unique();
        Map<String, Object> created = create(http, leadToken(), body("Stale " + u, null, null));
        Map<String, Object> first = body("Stale first " + u, null, null);
        first.put("version", 0);
        http.put().uri("/api/customers/{id}", created.get("id"))
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + leadToken())
            .bodyValue(first)
            .exchange()
            .expectStatus().isOk();
        Map<String, Object> second = body("Stale second " + u, null, null);
        second.put("version", 0);
        http.put().uri("/api/customers/{id}", created.get("id"))
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + leadToken())
            .bodyValue(second)
            .exchange()
            .expectStatus().isEqualTo(409)
            .expectBody()
            .jsonPath("$.type").isEqualTo("https://atelier.dev/problems/conflict")
            .jsonPath("$.currentVersion").isEqualTo(1);
        http.patch().uri("/api/customers/{id}", created.get("id"))
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + leadToken())
            .contentType(MediaType.parseMediaType("application/merge-patch+json"))
            .bodyValue(Map.of("notes", "late", "version", 0))
            .exchange()
            .expectStatus().isEqualTo(409);
        http.get().uri("/api/customers/{id}", created.get("id"))
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + leadToken())
            .exchange()
            .expectBody()
            .jsonPath("$.name").isEqualTo("Stale first " + u)
            .jsonPath("$.version").isEqualTo(1);
    }

    @Test
    void patch_merges_changes_keeps_absent_fields_and_removes_nulls() {
        String u = unique();
        Map<String, Object> created = create(http, leadToken(), body("Patch " + u, "patch." + u + "@example.com", "08012345678"));
        Map<String, Object> patch = new java.util.HashMap<>();
        patch.put("phone", null);
        patch.put("address", Map.of("city", "Abuja"));
        patch.put("version", 0);
        http.patch().uri("/api/customers/{id}", created.get("id"))
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + leadToken())
            .contentType(MediaType.parseMediaType("application/merge-patch+json"))
            .bodyValue(patch)
            .exchange()
            .expectStatus().isOk()
            .expectBody()
            .jsonPath("$.name").isEqualTo("Patch " + u)
            .jsonPath("$.email").isEqualTo("patch." + u + "@example.com")
            .jsonPath("$.phone").doesNotExist()
            .jsonPath("$.address.city").isEqualTo("Abuja")
            .jsonPath("$.address.street").isEqualTo("12 Marina")
            .jsonPath("$.notes").isEqualTo("prefers silk")
            .jsonPath("$.version").isEqualTo(1);
        // Plain application/json is accepted as a merge patch too.
        http.patch().uri("/api/customers/{id}", created.get("id"))
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + leadToken())
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue(Map.of("notes", "linen now", "version", 1))
            .exchange()
            .expectStatus().isOk()
            .expectBody()
            .jsonPath("$.notes").isEqualTo("linen now")
            .jsonPath("$.version").isEqualTo(2);
    }

    @Test
    void patch_to_a_duplicate_email_is_a_409() {
        String u = unique();
        create(http, leadToken(), body("Taken", "taken." + u + "@example.com", null));
        Map<String, Object> other = create(http, leadToken(), body("Other", null, null));
        http.patch().uri("/api/customers/{id}", other.get("id"))
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + leadToken())
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue(Map.of("email", "TAKEN." + u + "@example.com", "version", 0))
            .exchange()
            .expectStatus().isEqualTo(409)
            .expectBody()
            .jsonPath("$.field").isEqualTo("email");
    }

    private void assertSearch(String query, int expected) {
        http.get().uri(b -> b.path("/api/customers").queryParam("q", query).build())
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + leadToken())
            .exchange()
            .expectStatus().isOk()
            .expectBody()
            .jsonPath("$.page.totalElements").isEqualTo(expected)
            .jsonPath("$.content.length()").isEqualTo(expected);
    }

}
