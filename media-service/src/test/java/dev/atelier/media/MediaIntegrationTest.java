package dev.atelier.media;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.platform.test.ContractCheck;
import dev.atelier.platform.test.KeycloakEndpoint;
import dev.atelier.platform.test.S3Endpoint;
import dev.atelier.platform.test.TestInfrastructure;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The running service against real PostgreSQL, a real S3 server (S3Proxy), real Keycloak and a real
 * HTTP server standing in for order-service, called over HTTP. Every integration test extends this
 * class unchanged, so they share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "eureka.client.enabled=false",
                "atelier.media.max-upload=64KB",
                "atelier.media.purge-after=3s",
                "atelier.media.purge-interval=500ms",
                "atelier.clients.retries.first-backoff=5ms",
                // order-service going down in a test must not open the breaker for the tests after it
                "resilience4j.circuitbreaker.instances.order-service.minimum-number-of-calls=1000",
                "resilience4j.circuitbreaker.instances.order-service.sliding-window-size=1000"})
@AutoConfigureWebTestClient(timeout = "60s")
@Import(ContractCheck.class)
public abstract class MediaIntegrationTest {

    /** The upload limit the tests run with. */
    protected static final int MAX_UPLOAD = 64 * 1024;
    protected static final String BUCKET = "media-test-" + UUID.randomUUID().toString().substring(0, 8);
    protected static final OrderServiceStub ORDER_SERVICE = new OrderServiceStub().start();

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        TestInfrastructure.postgres("media").registerWith(registry);
        TestInfrastructure.s3().registerWith(registry);
        TestInfrastructure.keycloak().registerWith(registry);
        registry.add("atelier.s3.bucket", () -> BUCKET);
        registry.add("spring.cloud.discovery.client.simple.instances.order-service[0].uri", ORDER_SERVICE::uri);
    }

    @Autowired
    protected WebTestClient web;

    @Autowired
    protected DatabaseClient database;

    protected static S3Endpoint s3() {
        return TestInfrastructure.s3();
    }

    protected static String lead() {
        return TestInfrastructure.keycloak().cachedAccessToken(KeycloakEndpoint.LEAD, "lead");
    }

    protected static String junior() {
        return TestInfrastructure.keycloak().cachedAccessToken(KeycloakEndpoint.JUNIOR, "junior");
    }

    /** A valid token of the atelier-service account: authenticated, but no designer role. */
    protected static String service() {
        return TestInfrastructure.keycloak().cachedServiceAccessToken();
    }

    /** A multipart upload form; leave out what a test wants missing by passing null. */
    protected static MultipartBodyBuilder form(byte[] file, String fileName, Object orderId, String description) {
        MultipartBodyBuilder form = new MultipartBodyBuilder();
        if (file != null) {
            form.part("file", new ByteArrayResource(file)).filename(fileName).contentType(MediaType.IMAGE_JPEG);
        }
        if (orderId != null) {
            form.part("orderId", orderId.toString());
        }
        if (description != null) {
            form.part("description", description);
        }
        return form;
    }

    protected WebTestClient.ResponseSpec upload(String token, MultipartBodyBuilder form) {
        return web.post().uri("/api/style-images")
                .headers(h -> {
                    if (token != null) {
                        h.setBearerAuth(token);
                    }
                })
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(form.build()))
                .exchange();
    }

    protected WebTestClient.ResponseSpec upload(String token, byte[] file, String fileName, UUID orderId) {
        return upload(token, form(file, fileName, orderId, null));
    }

    /** Uploads a fresh JPEG for a fresh order as lead; answers the image JSON. */
    protected Map<String, Object> uploaded() {
        return uploaded(ORDER_SERVICE.newOrder(), TestImages.jpeg(640, 480));
    }

    @SuppressWarnings("unchecked")
    protected Map<String, Object> uploaded(UUID orderId, byte[] image) {
        return upload(lead(), image, "fitting.jpg", orderId)
                .expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    protected static UUID idOf(Map<String, Object> image) {
        return UUID.fromString((String) image.get("id"));
    }

    protected static List<String> objectKeys() {
        try (S3Client client = s3().client()) {
            return client.listObjectsV2Paginator(request -> request.bucket(BUCKET)).contents().stream()
                    .map(S3Object::key).toList();
        }
    }

    protected List<UUID> rowIds() {
        return database.sql("SELECT id FROM style_image").map(row -> row.get("id", UUID.class)).all().collectList().block();
    }

    /**
     * Runs {@code action} and checks that it stored nothing: no new row, no new object (the purge may
     * remove other tests' deleted images meanwhile, so fewer is fine).
     */
    protected void assertStoresNothing(Runnable action) {
        List<UUID> rowsBefore = rowIds();
        List<String> objectsBefore = objectKeys();
        action.run();
        assertThat(rowIds()).as("rows").isSubsetOf(rowsBefore);
        assertThat(objectKeys()).as("objects").isSubsetOf(objectsBefore);
    }
}
