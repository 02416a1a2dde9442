package dev.atelier.media.images.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.media.MediaIntegrationTest;
import dev.atelier.media.TestImages;
import io.micrometer.core.instrument.MeterRegistry;
import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

class StyleImageUploadTest extends MediaIntegrationTest {

    @Autowired
    MeterRegistry meters;

    @Test
    void a_jpeg_is_stored_with_its_metadata_a_thumbnail_and_the_orders_customer() {
        UUID orderId = ORDER_SERVICE.newOrder();
        byte[] jpeg = TestImages.jpeg(1600, 1200);
        double storedBefore = meters.counter("atelier.images.stored").count();

        Map<?, ?> image = upload(lead(), form(jpeg, "inspiration.jpg", orderId, "  silk, bias cut  "))
                .expectStatus().isCreated()
                .expectHeader().value("Location", location -> assertThat(location).startsWith("/api/style-images/"))
                .expectBody(Map.class).returnResult().getResponseBody();

        assertThat(image.get("orderId")).isEqualTo(orderId.toString());
        assertThat(image.get("customerId")).isEqualTo(ORDER_SERVICE.customerOf(orderId).toString());
        assertThat(image.get("contentType")).isEqualTo("image/jpeg");
        assertThat(((Number) image.get("size")).longValue()).isEqualTo(jpeg.length);
        assertThat(image.get("sha256")).isEqualTo(TestImages.sha256(jpeg));
        assertThat(image.get("width")).isEqualTo(1600);
        assertThat(image.get("height")).isEqualTo(1200);
        assertThat(image.get("description")).isEqualTo("silk, bias cut");
        assertThat(image.get("fileName")).isEqualTo("inspiration.jpg");
        assertThat(image.get("uploadedBy")).isEqualTo("lead");
        assertThat(image.get("uploadedAt")).isNotNull();
        assertThat(image.get("hasThumbnail")).isEqualTo(true);
        assertThat(image.get("version")).isEqualTo(0);
        assertThat(meters.counter("atelier.images.stored").count()).isEqualTo(storedBefore + 1);

        UUID id = UUID.fromString((String) image.get("id"));
        String objectKey = database.sql("SELECT object_key FROM style_image WHERE id = :id").bind("id", id)
                .map(row -> row.get("object_key", String.class)).one().block();
        assertThat(objectKey).isEqualTo("style-images/" + id + "/original");
        try (S3Client client = s3().client()) {
            ResponseBytes<GetObjectResponse> original = client.getObjectAsBytes(r -> r.bucket(BUCKET).key(objectKey));
            assertThat(original.asByteArray()).isEqualTo(jpeg);
            assertThat(original.response().contentType()).isEqualTo("image/jpeg");
            ResponseBytes<GetObjectResponse> thumbnail = client.getObjectAsBytes(
                    r -> r.bucket(BUCKET).key("style-images/" + id + "/thumbnail"));
            assertThat(thumbnail.response().contentType()).isEqualTo("image/jpeg");
            BufferedImage small = TestImages.decode(thumbnail.asByteArray());
            assertThat(small.getWidth()).isEqualTo(320);
            assertThat(small.getHeight()).isEqualTo(240);
        }
    }

    @Test
    void a_junior_designer_uploads_too_and_the_callers_token_goes_to_order_service() {
        ORDER_SERVICE.authorizations().clear();
        String token = junior();

        Map<?, ?> image = upload(token, TestImages.png(300, 200), "swatch.png", ORDER_SERVICE.newOrder())
                .expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();

        assertThat(image.get("uploadedBy")).isEqualTo("junior");
        assertThat(image.get("contentType")).isEqualTo("image/png");
        assertThat(ORDER_SERVICE.authorizations()).containsExactly("Bearer " + token);
    }

    @Test
    void a_transparent_png_keeps_its_transparency_in_a_png_thumbnail() {
        Map<String, Object> image = uploaded(ORDER_SERVICE.newOrder(), TestImages.transparentPng(400, 100));

        web.get().uri("/api/style-images/{id}/thumbnail", idOf(image))
                .headers(h -> h.setBearerAuth(lead()))
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentType("image/png")
                .expectBody(byte[].class).value(bytes -> {
                    BufferedImage small = TestImages.decode(bytes);
                    assertThat(small.getWidth()).isEqualTo(320);
                    assertThat(small.getHeight()).isEqualTo(80);
                    assertThat(small.getColorModel().hasAlpha()).isTrue();
                });
    }

    @Test
    void a_webp_is_decoded_for_its_size_and_thumbnail() {
        Map<String, Object> image = uploaded(ORDER_SERVICE.newOrder(), TestImages.WEBP_1X1);

        assertThat(image.get("contentType")).isEqualTo("image/webp");
        assertThat(image.get("width")).isEqualTo(1);
        assertThat(image.get("height")).isEqualTo(1);
        assertThat(image.get("hasThumbnail")).isEqualTo(true);
    }

    @Test
    void a_heic_is_accepted_by_its_bytes_and_stored_without_a_thumbnail() {
        Map<String, Object> image = uploaded(ORDER_SERVICE.newOrder(), TestImages.HEIC_HEADER);

        assertThat(image.get("contentType")).isEqualTo("image/heic");
        assertThat(image.get("width")).isNull();
        assertThat(image.get("hasThumbnail")).isEqualTo(false);
        web.get().uri("/api/style-images/{id}/thumbnail", idOf(image))
                .headers(h -> h.setBearerAuth(lead()))
                .exchange()
                .expectStatus().isNotFound();
        web.get().uri("/api/style-images/{id}/content", idOf(image))
                .headers(h -> h.setBearerAuth(lead()))
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentType("image/heic")
                .expectBody(byte[].class).isEqualTo(TestImages.HEIC_HEADER);
    }

    @Test
    void a_path_like_file_name_is_kept_as_its_last_segment_and_never_names_the_object() {
        Map<?, ?> image = upload(lead(), TestImages.jpeg(50, 50), "../../etc/passwd", ORDER_SERVICE.newOrder())
                .expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();

        UUID id = UUID.fromString((String) image.get("id"));
        assertThat(image.get("fileName")).isEqualTo("passwd");
        assertThat(objectKeys()).contains("style-images/" + id + "/original")
                .noneMatch(key -> key.contains("passwd") || key.contains(".."));
    }

    @Test
    void the_type_comes_from_the_bytes_not_the_name() {
        Map<?, ?> image = upload(lead(), TestImages.png(20, 20), "looks-like.jpg", ORDER_SERVICE.newOrder())
                .expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();

        assertThat(image.get("contentType")).isEqualTo("image/png");
    }
}
