package dev.atelier.media.images.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.atelier.media.MediaIntegrationTest;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class StyleImageChangeTest extends MediaIntegrationTest {

    @Test
    void a_designer_edits_the_description_with_the_version_read() {
        UUID id = idOf(uploaded());

        web.patch().uri("/api/style-images/{id}", id)
                .headers(h -> h.setBearerAuth(junior()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("description", "fabric swatch: ivory silk", "version", 0))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.description").isEqualTo("fabric swatch: ivory silk")
                .jsonPath("$.version").isEqualTo(1);
        web.patch().uri("/api/style-images/{id}", id)
                .headers(h -> {
                    h.setBearerAuth(lead());
                    h.setIfMatch("\"1\"");
                })
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("description", "second fitting"))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.description").isEqualTo("second fitting")
                .jsonPath("$.version").isEqualTo(2);
        Map<String, Object> clear = new HashMap<>();
        clear.put("description", null);
        clear.put("version", 2);
        web.patch().uri("/api/style-images/{id}", id)
                .headers(h -> h.setBearerAuth(lead()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(clear)
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.description").doesNotExist();
    }

    @Test
    void a_stale_version_is_409_and_changes_nothing() {
        UUID id = idOf(uploaded());
        web.patch().uri("/api/style-images/{id}", id)
                .headers(h -> h.setBearerAuth(lead()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("description", "first", "version", 0))
                .exchange()
                .expectStatus().isOk();

        web.patch().uri("/api/style-images/{id}", id)
                .headers(h -> h.setBearerAuth(lead()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("description", "lost update", "version", 0))
                .exchange()
                .expectStatus().isEqualTo(409)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://atelier.dev/problems/conflict")
                .jsonPath("$.currentVersion").isEqualTo(1);
        web.get().uri("/api/style-images/{id}", id)
                .headers(h -> h.setBearerAuth(lead()))
                .exchange()
                .expectBody().jsonPath("$.description").isEqualTo("first");
    }

    @Test
    void a_description_without_a_version_or_too_long_is_400() {
        UUID id = idOf(uploaded());
        web.patch().uri("/api/style-images/{id}", id)
                .headers(h -> h.setBearerAuth(lead()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("description", "no version"))
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("version");
        web.patch().uri("/api/style-images/{id}", id)
                .headers(h -> h.setBearerAuth(lead()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("description", "x".repeat(2001), "version", 0))
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("description");
    }

    @Test
    void a_deleted_image_leaves_lists_and_is_no_longer_served_but_stays_until_the_purge() {
        UUID orderId = ORDER_SERVICE.newOrder();
        Map<String, Object> image = uploaded(orderId, dev.atelier.media.TestImages.jpeg(200, 100));
        UUID id = idOf(image);

        web.delete().uri("/api/style-images/{id}", id)
                .headers(h -> h.setBearerAuth(junior()))
                .exchange()
                .expectStatus().isNoContent();

        Map<String, Object> row = database.sql("SELECT deleted_at, deleted_by FROM style_image WHERE id = :id").bind("id", id)
                .fetch().one().block();
        assertThat(row).isNotNull();
        assertThat(row.get("deleted_at")).isNotNull();
        assertThat(row.get("deleted_by")).isEqualTo("junior");
        for (String path : List.of("", "/content", "/thumbnail", "/url")) {
            web.get().uri("/api/style-images/" + id + path)
                    .headers(h -> h.setBearerAuth(lead()))
                    .exchange()
                    .expectStatus().isNotFound();
        }
        web.get().uri("/api/style-images?orderId={o}", orderId)
                .headers(h -> h.setBearerAuth(lead()))
                .exchange()
                .expectBody().jsonPath("$.page.totalElements").isEqualTo(0);
        web.patch().uri("/api/style-images/{id}", id)
                .headers(h -> h.setBearerAuth(lead()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("description", "too late", "version", 1))
                .exchange()
                .expectStatus().isNotFound();
        web.delete().uri("/api/style-images/{id}", id)
                .headers(h -> h.setBearerAuth(lead()))
                .exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void the_purge_removes_row_and_objects_after_the_retention() {
        UUID id = idOf(uploaded());
        assertThat(objectKeys()).contains("style-images/" + id + "/original", "style-images/" + id + "/thumbnail");

        web.delete().uri("/api/style-images/{id}", id)
                .headers(h -> h.setBearerAuth(lead()))
                .exchange()
                .expectStatus().isNoContent();

        // the tests run with a retention of 3 s, checked every 500 ms
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(database.sql("SELECT count(*) AS n FROM style_image WHERE id = :id").bind("id", id)
                    .map(r -> r.get("n", Long.class)).one().block()).isZero();
            assertThat(objectKeys()).noneMatch(key -> key.contains(id.toString()));
        });
    }

    @Test
    void images_not_deleted_are_never_purged() {
        UUID id = idOf(uploaded());
        database.sql("UPDATE style_image SET uploaded_at = now() - interval '400 days' WHERE id = :id").bind("id", id)
                .fetch().rowsUpdated().block();

        // longer than the retention plus an interval
        await().pollDelay(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                web.get().uri("/api/style-images/{id}/content", id)
                        .headers(h -> h.setBearerAuth(lead()))
                        .exchange()
                        .expectStatus().isOk());
    }
}
