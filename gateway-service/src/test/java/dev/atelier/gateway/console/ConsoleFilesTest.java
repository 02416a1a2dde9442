package dev.atelier.gateway.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.gateway.Browser;
import dev.atelier.gateway.GatewayTest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

/** The console's files are served anonymously at {@code /}, and its routes load {@code index.html}. */
class ConsoleFilesTest extends GatewayTest {

    @LocalServerPort
    int port;

    @Test
    void the_console_is_served_at_the_root_without_a_token() {
        http.get().uri("/").accept(MediaType.TEXT_HTML)
            .exchange()
            .expectStatus().isOk()
            .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
            .expectBody(String.class).value(body -> assertThat(body).contains("console test page"));
    }

    @Test
    void a_page_load_of_a_console_route_answers_the_index() {
        http.get().uri("/orders/6f1c0a9e-3d47-4b8e-9a55-0d2a7f4c1b10").accept(MediaType.TEXT_HTML, MediaType.ALL)
            .exchange()
            .expectStatus().isOk()
            .expectBody(String.class).value(body -> assertThat(body).contains("console test page"));
    }

    @Test
    void built_assets_are_kept_a_year_and_travel_gzipped() {
        // java.net.http leaves the body and its Content-Encoding as the server sent them
        HttpResponse<String> asset = new Browser().get("http://127.0.0.1:" + port + "/assets/console-test-4f2a9c.js",
                Map.of("Accept-Encoding", "gzip"));

        assertThat(asset.statusCode()).isEqualTo(200);
        assertThat(asset.headers().firstValue("Cache-Control")).hasValueSatisfying(value ->
                assertThat(value).contains("max-age=31536000", "immutable"));
        assertThat(asset.headers().firstValue("Content-Encoding")).hasValue("gzip");
        http.get().uri("/index.html")
            .exchange()
            .expectStatus().isOk()
            .expectHeader().value("Cache-Control", value -> assertThat(value).doesNotContain("immutable"));
    }

    @Test
    void api_paths_missing_files_and_non_browser_requests_keep_their_own_answers() {
        http.get().uri("/api/orders").accept(MediaType.TEXT_HTML)
            .exchange()
            .expectStatus().isUnauthorized();
        http.get().uri("/assets/missing-1234.js").accept(MediaType.TEXT_HTML)
            .exchange()
            .expectStatus().isNotFound();
        http.get().uri("/orders/42").accept(MediaType.APPLICATION_JSON)
            .exchange()
            .expectStatus().isUnauthorized();
        http.post().uri("/orders/42").accept(MediaType.TEXT_HTML)
            .exchange()
            .expectStatus().isUnauthorized();
    }

}
