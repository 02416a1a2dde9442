package dev.atelier.media.images.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.media.MediaIntegrationTest;
import dev.atelier.media.TestImages;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The neighbours fail for real: order-service stops, the bucket disappears from the S3 server,
 * PostgreSQL refuses the insert. Each time the upload fails with a problem and leaves nothing
 * behind: no row without objects, no object without a row.
 */
class StyleImageFailureTest extends MediaIntegrationTest {

    @Test
    void order_service_down_is_503_naming_it_and_nothing_is_stored() {
        UUID orderId = ORDER_SERVICE.newOrder();
        ORDER_SERVICE.stop();
        try {
            assertStoresNothing(() -> upload(lead(), TestImages.jpeg(100, 100), "a.jpg", orderId)
                    .expectStatus().isEqualTo(503)
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.type").isEqualTo("https://atelier.dev/problems/service-unavailable")
                    .jsonPath("$.service").isEqualTo("order-service"));
        } finally {
            ORDER_SERVICE.start();
        }
        upload(lead(), TestImages.jpeg(100, 100), "a.jpg", orderId).expectStatus().isCreated();
    }

    @Test
    void when_the_object_write_fails_no_row_is_recorded() {
        var rowsBefore = rowIds();
        removeBucket();
        try {
            upload(lead(), TestImages.jpeg(100, 100), "a.jpg", ORDER_SERVICE.newOrder())
                    .expectStatus().isEqualTo(503)
                    .expectBody()
                    .jsonPath("$.type").isEqualTo("https://atelier.dev/problems/service-unavailable")
                    .jsonPath("$.service").isEqualTo("object-store");
            assertThat(rowIds()).isSubsetOf(rowsBefore);
        } finally {
            s3().createBucket(BUCKET);
        }
    }

    @Test
    void readiness_is_down_while_the_bucket_cannot_be_reached_and_up_again_after() {
        web.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
        removeBucket();
        try {
            web.get().uri("/actuator/health/readiness").exchange()
                    .expectStatus().isEqualTo(503)
                    .expectBody().jsonPath("$.status").isEqualTo("DOWN");
        } finally {
            s3().createBucket(BUCKET);
        }
        web.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
    }

    @Test
    void when_the_database_write_fails_the_objects_are_removed() {
        database.sql("""
                CREATE OR REPLACE FUNCTION refuse_style_images() RETURNS trigger AS $$
                BEGIN RAISE EXCEPTION 'no new style images today'; END; $$ LANGUAGE plpgsql""").then().block();
        database.sql("CREATE TRIGGER refuse_style_images BEFORE INSERT ON style_image"
                + " FOR EACH ROW EXECUTE FUNCTION refuse_style_images()").then().block();
        try {
            assertStoresNothing(() -> upload(lead(), TestImages.jpeg(300, 200), "a.jpg", ORDER_SERVICE.newOrder())
                    .expectStatus().is5xxServerError()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.traceId").exists());
        } finally {
            database.sql("DROP TRIGGER refuse_style_images ON style_image").then().block();
        }
    }

    /** Empties the service's bucket and deletes it, as an operator's mistake would. */
    private static void removeBucket() {
        try (S3Client client = s3().client()) {
            for (String key : objectKeys()) {
                client.deleteObject(r -> r.bucket(BUCKET).key(key));
            }
            client.deleteBucket(r -> r.bucket(BUCKET));
        }
    }
}
