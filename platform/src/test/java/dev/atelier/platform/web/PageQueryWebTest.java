package dev.atelier.platform.web;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** A list endpoint as services write it: one {@link PageQuery} parameter, a {@link PageResponse} back. */
@WebFluxTest
@Import(PageQueryWebTest.CustomersController.class)
class PageQueryWebTest {

    @RestController
    static class CustomersController {

        @GetMapping("/customers")
        Mono<PageResponse<Map<String, String>>> list(
                @SortableBy(value = { "name", "createdAt" }, defaultSort = "createdAt,desc") PageQuery page) {
            Map<String, String> echo = Map.of("page", String.valueOf(page.page()), "size", String.valueOf(page.size()),
                    "sort", page.sort().toString());
            return Mono.just(PageResponse.of(List.of(echo), page, 57));
        }

        @GetMapping("/notes")
        Mono<PageResponse<String>> notes(PageQuery page) {
            return Mono.just(PageResponse.of(List.of(), page, 0));
        }

        @GetMapping("/broken")
        Mono<PageResponse<String>> broken(@SortableBy(value = "name", defaultSort = "nmae") PageQuery page) {
            return Mono.just(PageResponse.of(List.of(), page, 0));
        }

    }

    @Autowired
    WebTestClient client;

    @Test
    void list_answers_the_page_shape_with_the_parsed_query() {
        this.client.get().uri("/customers?page=2&size=500&sort=name,desc").exchange()
            .expectStatus().isOk()
            .expectBody()
            .jsonPath("$.content[0].page").isEqualTo("2")
            .jsonPath("$.content[0].size").isEqualTo("100")
            .jsonPath("$.content[0].sort").isEqualTo("name: DESC")
            .jsonPath("$.page.size").isEqualTo(100)
            .jsonPath("$.page.number").isEqualTo(2)
            .jsonPath("$.page.totalElements").isEqualTo(57)
            .jsonPath("$.page.totalPages").isEqualTo(1);
    }

    @Test
    void endpoint_default_sort_applies_without_a_sort_parameter() {
        this.client.get().uri("/customers").exchange()
            .expectStatus().isOk()
            .expectBody()
            .jsonPath("$.content[0].sort").isEqualTo("createdAt: DESC")
            .jsonPath("$.page.size").isEqualTo(20)
            .jsonPath("$.page.totalPages").isEqualTo(3);
    }

    @Test
    void sort_by_an_unlisted_field_is_a_validation_problem_naming_sort() {
        this.client.get().uri("/customers?sort=email,asc").exchange()
            .expectStatus().isEqualTo(HttpStatus.BAD_REQUEST)
            .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody()
            .jsonPath("$.type").isEqualTo("https://atelier.dev/problems/validation")
            .jsonPath("$.errors[0].field").isEqualTo("sort")
            .jsonPath("$.errors[0].message").isEqualTo("cannot sort by 'email'; sortable fields: createdAt, name");
    }

    @Test
    void bad_direction_and_negative_page_are_reported_together() {
        this.client.get().uri("/customers?page=-1&sort=name,upwards").exchange()
            .expectStatus().isEqualTo(HttpStatus.BAD_REQUEST)
            .expectBody()
            .jsonPath("$.errors.length()").isEqualTo(2)
            .jsonPath("$.errors[0].field").isEqualTo("page")
            .jsonPath("$.errors[1].field").isEqualTo("sort");
    }

    @Test
    void list_without_sortable_by_cannot_be_sorted() {
        this.client.get().uri("/notes?sort=text").exchange()
            .expectStatus().isEqualTo(HttpStatus.BAD_REQUEST)
            .expectBody().jsonPath("$.errors[0].message").isEqualTo("this list cannot be sorted");
    }

    @Test
    void a_typo_in_the_endpoints_own_default_sort_is_a_server_error_not_the_clients() {
        this.client.get().uri("/broken").exchange()
            .expectStatus().isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR)
            .expectBody().jsonPath("$.type").isEqualTo("https://atelier.dev/problems/internal");
    }

}
