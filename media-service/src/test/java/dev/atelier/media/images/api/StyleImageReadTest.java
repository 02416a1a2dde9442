package dev.atelier.media.images.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.media.MediaIntegrationTest;
import dev.atelier.media.TestImages;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@SuppressWarnings("unchecked")
class StyleImageReadTest extends MediaIntegrationTest {

    @Test
    void metadata_reads_back_as_uploaded() {
        Map<String, Object> image = uploaded();

        web.get().uri("/api/style-images/{id}", idOf(image))
                .headers(h -> h.setBearerAuth(junior()))
                .exchange()
                .expectStatus().isOk()
                .expectBody(Map.class).isEqualTo(image);
    }

    @Test
    void lists_filter_by_order_and_customer_and_page() {
        UUID customer = UUID.randomUUID();
        UUID firstOrder = ORDER_SERVICE.newOrder(customer);
        UUID secondOrder = ORDER_SERVICE.newOrder(customer);
        Map<String, Object> a = uploaded(firstOrder, TestImages.jpeg(40, 40));
        Map<String, Object> b = uploaded(firstOrder, TestImages.png(40, 40));
        Map<String, Object> c = uploaded(secondOrder, TestImages.jpeg(30, 30));
        uploaded();

        web.get().uri("/api/style-images?orderId={o}", firstOrder)
                .headers(h -> h.setBearerAuth(lead()))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.content[*].id").value(ids -> assertThat((List<Object>) ids).containsExactly(b.get("id"), a.get("id")))
                .jsonPath("$.page.totalElements").isEqualTo(2);
        web.get().uri("/api/style-images?customerId={c}&size=2&page=1&sort=uploadedAt,asc", customer)
                .headers(h -> h.setBearerAuth(lead()))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.content[*].id").value(ids -> assertThat((List<Object>) ids).containsExactly(c.get("id")))
                .jsonPath("$.page.totalElements").isEqualTo(3)
                .jsonPath("$.page.totalPages").isEqualTo(2)
                .jsonPath("$.page.number").isEqualTo(1);
    }

    @Test
    void content_streams_the_bytes_with_type_length_etag_and_private_caching() {
        byte[] jpeg = TestImages.jpeg(800, 600);
        Map<String, Object> image = uploaded(ORDER_SERVICE.newOrder(), jpeg);
        String etag = "\"" + TestImages.sha256(jpeg) + "\"";

        web.get().uri("/api/style-images/{id}/content", idOf(image))
                .headers(h -> h.setBearerAuth(lead()))
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentType("image/jpeg")
                .expectHeader().contentLength(jpeg.length)
                .expectHeader().valueEquals("ETag", etag)
                .expectHeader().value("Cache-Control", cache -> assertThat(cache).contains("private").contains("max-age"))
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectBody(byte[].class).isEqualTo(jpeg);
    }

    @Test
    void a_conditional_get_with_the_etag_is_304_without_a_body() {
        byte[] jpeg = TestImages.jpeg(100, 100);
        Map<String, Object> image = uploaded(ORDER_SERVICE.newOrder(), jpeg);
        String etag = "\"" + TestImages.sha256(jpeg) + "\"";

        web.get().uri("/api/style-images/{id}/content", idOf(image))
                .headers(h -> {
                    h.setBearerAuth(lead());
                    h.setIfNoneMatch(List.of("\"something-else\"", etag));
                })
                .exchange()
                .expectStatus().isNotModified()
                .expectHeader().valueEquals("ETag", etag)
                .expectBody().isEmpty();
        String thumbnailEtag = web.get().uri("/api/style-images/{id}/thumbnail", idOf(image))
                .headers(h -> h.setBearerAuth(lead()))
                .exchange()
                .expectStatus().isOk()
                .returnResult(byte[].class).getResponseHeaders().getETag();
        web.get().uri("/api/style-images/{id}/thumbnail", idOf(image))
                .headers(h -> {
                    h.setBearerAuth(lead());
                    h.setIfNoneMatch(thumbnailEtag);
                })
                .exchange()
                .expectStatus().isNotModified();
        web.get().uri("/api/style-images/{id}/content", idOf(image))
                .headers(h -> {
                    h.setBearerAuth(lead());
                    h.setIfNoneMatch("\"stale\"");
                })
                .exchange()
                .expectStatus().isOk();
    }

    @Test
    void the_thumbnail_streams_as_a_small_jpeg() {
        Map<String, Object> image = uploaded(ORDER_SERVICE.newOrder(), TestImages.jpeg(900, 1200));

        web.get().uri("/api/style-images/{id}/thumbnail", idOf(image))
                .headers(h -> h.setBearerAuth(junior()))
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentType("image/jpeg")
                .expectHeader().value("Cache-Control", cache -> assertThat(cache).contains("private"))
                .expectBody(byte[].class).value(bytes -> {
                    assertThat(TestImages.decode(bytes).getHeight()).isEqualTo(320);
                    assertThat(TestImages.decode(bytes).getWidth()).isEqualTo(240);
                });
    }

    @Test
    void redirect_true_sends_the_client_to_a_presigned_url_that_serves_the_bytes() throws Exception {
        byte[] png = TestImages.png(64, 48);
        Map<String, Object> image = uploaded(ORDER_SERVICE.newOrder(), png);

        URI location = web.get().uri("/api/style-images/{id}/content?redirect=true", idOf(image))
                .headers(h -> h.setBearerAuth(lead()))
                .exchange()
                .expectStatus().isFound()
                .returnResult(Void.class).getResponseHeaders().getLocation();

        assertThat(location.toString()).startsWith(s3().endpoint()).contains("X-Amz-Signature");
        HttpResponse<byte[]> fetched = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(location).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(fetched.statusCode()).isEqualTo(200);
        assertThat(fetched.body()).isEqualTo(png);
        assertThat(fetched.headers().firstValue("Content-Type")).hasValue("image/png");
    }

    @Test
    void the_url_endpoint_answers_a_presigned_url_and_its_expiry() throws Exception {
        byte[] jpeg = TestImages.jpeg(32, 32);
        Map<String, Object> image = uploaded(ORDER_SERVICE.newOrder(), jpeg);

        Map<?, ?> answer = web.get().uri("/api/style-images/{id}/url", idOf(image))
                .headers(h -> h.setBearerAuth(junior()))
                .exchange()
                .expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();

        Instant expiresAt = Instant.parse((String) answer.get("expiresAt"));
        assertThat(expiresAt).isAfter(Instant.now()).isBefore(Instant.now().plusSeconds(301));
        HttpResponse<byte[]> fetched = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create((String) answer.get("url"))).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(fetched.statusCode()).isEqualTo(200);
        assertThat(fetched.body()).isEqualTo(jpeg);
    }

    @Test
    void an_unknown_image_is_404_problem() {
        for (String path : List.of("", "/content", "/thumbnail", "/url")) {
            web.get().uri("/api/style-images/" + UUID.randomUUID() + path)
                    .headers(h -> h.setBearerAuth(lead()))
                    .exchange()
                    .expectStatus().isNotFound()
                    .expectBody().jsonPath("$.type").isEqualTo("https://atelier.dev/problems/not-found");
        }
    }
}
