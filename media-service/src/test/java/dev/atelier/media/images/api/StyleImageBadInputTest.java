package dev.atelier.media.images.api;

import dev.atelier.media.MediaIntegrationTest;
import dev.atelier.media.TestImages;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Every bad upload is a 4xx problem+json that stores nothing: no row, no object. */
class StyleImageBadInputTest extends MediaIntegrationTest {

    private static final String PROBLEMS = "https://atelier.dev/problems/";

    @Test
    void a_text_file_renamed_jpg_is_415() {
        byte[] text = "Just some notes about the fitting, not a picture at all.".getBytes(StandardCharsets.UTF_8);
        assertStoresNothing(() -> problem(upload(lead(), text, "notes.jpg", ORDER_SERVICE.newOrder()), 415,
                "unsupported-media-type")
                .jsonPath("$.title").isEqualTo("Unsupported media type")
                .jsonPath("$.detail").isEqualTo("The file is not a JPEG, PNG, WebP or HEIC image (judged by its bytes,"
                        + " not its name).")
                .jsonPath("$.instance").isEqualTo("/api/style-images")
                .jsonPath("$.accepted").isEqualTo(List.of("image/jpeg", "image/png", "image/webp", "image/heic")));
    }

    @Test
    void a_truncated_png_is_415() {
        assertStoresNothing(() -> problem(upload(lead(), TestImages.truncatedPng(), "cut.png", ORDER_SERVICE.newOrder()), 415,
                "unsupported-media-type").jsonPath("$.detail").value(detail -> org.assertj.core.api.Assertions
                .assertThat((String) detail).contains("image/png")));
    }

    @Test
    void a_zero_byte_file_is_400() {
        assertStoresNothing(() -> problem(upload(lead(), new byte[0], "empty.jpg", ORDER_SERVICE.newOrder()), 400, "validation")
                .jsonPath("$.errors[0].field").isEqualTo("file")
                .jsonPath("$.errors[0].message").isEqualTo("is empty"));
    }

    @Test
    void a_file_one_byte_over_the_limit_is_413() {
        byte[] jpeg = TestImages.jpeg(40, 40);
        byte[] tooLarge = Arrays.copyOf(jpeg, MAX_UPLOAD + 1);
        assertStoresNothing(() -> problem(upload(lead(), tooLarge, "big.jpg", ORDER_SERVICE.newOrder()), 413,
                "payload-too-large")
                .jsonPath("$.title").isEqualTo("Payload too large")
                .jsonPath("$.detail").isEqualTo("The file is larger than " + MAX_UPLOAD + " bytes.")
                .jsonPath("$.instance").isEqualTo("/api/style-images")
                .jsonPath("$.maxBytes").isEqualTo(MAX_UPLOAD));
    }

    @Test
    void a_file_far_over_the_limit_is_refused_while_it_streams() {
        // 4 MiB against a 64 KiB limit: the service answers once the limit is passed, without reading the rest
        byte[] huge = Arrays.copyOf(TestImages.jpeg(40, 40), 4 * 1024 * 1024);
        assertStoresNothing(() -> problem(upload(lead(), huge, "huge.jpg", ORDER_SERVICE.newOrder()), 413,
                "payload-too-large"));
    }

    @Test
    void a_file_of_exactly_the_limit_is_accepted() {
        // a JPEG decoder stops at the end-of-image marker, so padding after it still reads
        byte[] jpeg = TestImages.jpeg(40, 40);
        byte[] atLimit = Arrays.copyOf(jpeg, MAX_UPLOAD);
        upload(lead(), atLimit, "padded.jpg", ORDER_SERVICE.newOrder())
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.size").isEqualTo(MAX_UPLOAD);
    }

    @Test
    void a_missing_order_id_is_400_naming_it() {
        assertStoresNothing(() -> problem(upload(lead(), form(TestImages.jpeg(20, 20), "a.jpg", null, null)), 400, "validation")
                .jsonPath("$.errors[0].field").isEqualTo("orderId"));
    }

    @Test
    void an_order_id_that_is_no_uuid_is_400_naming_it() {
        assertStoresNothing(() -> problem(upload(lead(), form(TestImages.jpeg(20, 20), "a.jpg", "order-12", null)), 400,
                "validation")
                .jsonPath("$.errors[0].field").isEqualTo("orderId")
                .jsonPath("$.errors[0].message").isEqualTo("must be a UUID"));
    }

    @Test
    void a_missing_file_part_is_400_naming_it() {
        assertStoresNothing(() -> problem(upload(lead(), form(null, null, ORDER_SERVICE.newOrder(), "no file")), 400,
                "validation")
                .jsonPath("$.errors[0].field").isEqualTo("file"));
    }

    @Test
    void a_file_sent_as_a_text_field_is_400() {
        MultipartBodyBuilder form = form(null, null, ORDER_SERVICE.newOrder(), null);
        form.part("file", "not a file part");
        assertStoresNothing(() -> problem(upload(lead(), form), 400, "validation")
                .jsonPath("$.errors[0].field").isEqualTo("file"));
    }

    /** Found by ./atelier drill bad-input: a part whose Content-Disposition has no name answered 500. */
    @Test
    void a_part_without_a_name_is_ignored_and_the_missing_file_named() {
        String boundary = "nameless";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"orderId\"\r\n\r\n" + ORDER_SERVICE.newOrder()
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; filename=\"a.png\"\r\nContent-Type: image/png\r\n\r\n"
                + "not really a png\r\n--" + boundary + "--\r\n";
        assertStoresNothing(() -> problem(web.post().uri("/api/style-images")
                .headers(h -> h.setBearerAuth(lead()))
                .contentType(MediaType.parseMediaType("multipart/form-data; boundary=" + boundary))
                .bodyValue(body.getBytes(StandardCharsets.UTF_8))
                .exchange(), 400, "validation")
                .jsonPath("$.errors[0].field").isEqualTo("file"));
    }

    @Test
    void more_parts_than_the_limit_is_413_naming_it() {
        MultipartBodyBuilder form = form(TestImages.jpeg(20, 20), "a.jpg", ORDER_SERVICE.newOrder(), null);
        for (int i = 0; i < 10; i++) {
            form.part("note" + i, "x");
        }
        assertStoresNothing(() -> problem(upload(lead(), form), 413, "payload-too-large")
                .jsonPath("$.maxParts").isEqualTo(10)
                .jsonPath("$.detail").isEqualTo("The upload has more than 10 parts."));
    }

    @Test
    void an_ignored_part_larger_than_the_part_limit_is_413_naming_it() {
        // the part limit is the upload limit plus a 64 KiB margin; a part the service only drains counts too
        MultipartBodyBuilder form = form(TestImages.jpeg(20, 20), "a.jpg", ORDER_SERVICE.newOrder(), null);
        form.part("extra", new org.springframework.core.io.ByteArrayResource(new byte[2 * MAX_UPLOAD + 1]) {
            @Override
            public String getFilename() {
                return "extra.bin";
            }
        });
        assertStoresNothing(() -> problem(upload(lead(), form), 413, "payload-too-large")
                .jsonPath("$.detail").isEqualTo("The part 'extra' is larger than " + 2 * MAX_UPLOAD + " bytes.")
                .jsonPath("$.part").isEqualTo("extra")
                .jsonPath("$.maxPartBytes").isEqualTo(2 * MAX_UPLOAD));
    }

    @Test
    void a_second_file_part_of_the_upload_limits_size_is_only_a_400() {
        // just under the part limit: drained, and the upload refused for its second file, not for its size
        MultipartBodyBuilder form = form(TestImages.jpeg(20, 20), "a.jpg", ORDER_SERVICE.newOrder(), null);
        form.part("file", new org.springframework.core.io.ByteArrayResource(new byte[2 * MAX_UPLOAD]) {
            @Override
            public String getFilename() {
                return "second.jpg";
            }
        });
        assertStoresNothing(() -> problem(upload(lead(), form), 400, "validation")
                .jsonPath("$.errors[0].field").isEqualTo("file"));
    }

    /** Found by ./atelier drill bad-input: a NUL in the description form field reached PostgreSQL (500). */
    @Test
    void a_description_postgres_cannot_store_is_400_naming_it() {
        assertStoresNothing(() -> problem(upload(lead(), form(TestImages.jpeg(20, 20), "a.jpg", ORDER_SERVICE.newOrder(),
                "before\u0000after")), 400, "validation")
                .jsonPath("$.errors[0].field").isEqualTo("description"));
    }

    @Test
    void a_too_long_description_is_400() {
        assertStoresNothing(() -> problem(upload(lead(), form(TestImages.jpeg(20, 20), "a.jpg", ORDER_SERVICE.newOrder(),
                "x".repeat(2001))), 400, "validation")
                .jsonPath("$.errors[0].field").isEqualTo("description"));
    }

    @Test
    void an_unknown_order_is_422_naming_the_order_id() {
        UUID unknown = UUID.randomUUID();
        assertStoresNothing(() -> problem(upload(lead(), TestImages.jpeg(20, 20), "a.jpg", unknown), 422, "validation")
                .jsonPath("$.errors[0].field").isEqualTo("orderId")
                .jsonPath("$.detail").isEqualTo("There is no order " + unknown + "."));
    }

    @Test
    void a_json_body_instead_of_a_form_is_415() {
        assertStoresNothing(() -> problem(web.post().uri("/api/style-images")
                .headers(h -> h.setBearerAuth(lead()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("orderId", ORDER_SERVICE.newOrder().toString()))
                .exchange(), 415, "unsupported-media-type"));
    }

    @Test
    void ids_that_are_no_uuids_are_400() {
        for (String path : new String[] {"/api/style-images/not-a-uuid", "/api/style-images/not-a-uuid/content",
                "/api/style-images/not-a-uuid/thumbnail", "/api/style-images/not-a-uuid/url",
                "/api/style-images?orderId=nope", "/api/style-images?customerId=nope", "/api/style-images?sort=fileName,asc"}) {
            problem(web.get().uri(path).headers(h -> h.setBearerAuth(lead())).exchange(), 400, null);
        }
        problem(web.delete().uri("/api/style-images/not-a-uuid").headers(h -> h.setBearerAuth(lead())).exchange(), 400, null);
        problem(web.patch().uri("/api/style-images/not-a-uuid").headers(h -> h.setBearerAuth(lead()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("version", 0)).exchange(), 400, null);
    }

    private static WebTestClient.BodyContentSpec problem(WebTestClient.ResponseSpec response, int status, String type) {
        WebTestClient.BodyContentSpec body = response.expectStatus().isEqualTo(status)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(status);
        if (type != null) {
            body.jsonPath("$.type").isEqualTo(PROBLEMS + type);
        }
        return body;
    }
}
