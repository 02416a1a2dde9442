package dev.atelier.platform.text;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Found by {@code ./atelier drill bad-input}: a NUL in a JSON string reached PostgreSQL and answered 500,
 * an unpaired surrogate was stored as {@code ?}, and a number was read as an enum constant by its ordinal.
 * All three are a 400 naming the field now, before a controller runs.
 */
@WebFluxTest
@Import(StrictJsonInputTest.NoteController.class)
class StrictJsonInputTest {

    enum Colour { RED, GREEN, BLUE }

    record Note(String text, Colour colour) {
    }

    @RestController
    static class NoteController {

        @PostMapping(path = "/notes", consumes = MediaType.APPLICATION_JSON_VALUE)
        Mono<Note> echo(@RequestBody Note note) {
            return Mono.just(note);
        }
    }

    @Autowired
    WebTestClient client;

    private WebTestClient.BodyContentSpec refused(String json) {
        return client.post().uri("/notes").contentType(MediaType.APPLICATION_JSON).bodyValue(json).exchange()
            .expectStatus().isBadRequest()
            .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody()
            .jsonPath("$.type").isEqualTo("https://atelier.dev/problems/malformed-request");
    }

    @Test
    void nul_in_a_string_is_400_naming_the_field() {
        refused("{\"text\": \"a\\u0000b\", \"colour\": \"RED\"}")
            .jsonPath("$.errors[0].field").isEqualTo("text");
    }

    @Test
    void an_unpaired_surrogate_is_400_naming_the_field() {
        refused("{\"text\": \"A\\ud800B\"}")
            .jsonPath("$.errors[0].field").isEqualTo("text");
    }

    @Test
    void a_number_for_an_enum_is_400_naming_the_field() {
        refused("{\"text\": \"x\", \"colour\": 2}")
            .jsonPath("$.errors[0].field").isEqualTo("colour");
    }

    @Test
    void ordinary_text_and_enum_names_pass() {
        client.post().uri("/notes").contentType(MediaType.APPLICATION_JSON)
            .bodyValue("{\"text\": \"Adé \\ud83e\\uddf5\", \"colour\": \"BLUE\"}").exchange()
            .expectStatus().isOk()
            .expectBody()
            .jsonPath("$.text").isEqualTo("Adé \uD83E\uDDF5")
            .jsonPath("$.colour").isEqualTo("BLUE");
    }
}
