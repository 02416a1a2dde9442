package dev.atelier.media.images.api;

import static dev.atelier.platform.test.RoleMatrixContract.Caller.JUNIOR;
import static dev.atelier.platform.test.RoleMatrixContract.Caller.LEAD;
import static dev.atelier.platform.test.RoleMatrixContract.Rule.allows;

import dev.atelier.media.MediaIntegrationTest;
import dev.atelier.media.TestImages;
import dev.atelier.platform.test.RoleMatrixContract;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * The style image endpoints' role matrix ({@link RoleMatrixContract}): both designer roles may do
 * everything, and a refused call stores neither a row nor an object.
 */
class StyleImageRolesTest extends MediaIntegrationTest implements RoleMatrixContract {

    @Override
    public List<Rule> roleMatrix() {
        return List.of(
                allows("POST /api/style-images", 201, JUNIOR, LEAD),
                allows("GET /api/style-images", 200, JUNIOR, LEAD),
                allows("GET /api/style-images/{id}", 200, JUNIOR, LEAD),
                allows("GET /api/style-images/{id}/content", 200, JUNIOR, LEAD),
                allows("GET /api/style-images/{id}/content?redirect=true", 302, JUNIOR, LEAD),
                allows("GET /api/style-images/{id}/thumbnail", 200, JUNIOR, LEAD),
                allows("GET /api/style-images/{id}/url", 200, JUNIOR, LEAD),
                allows("PATCH /api/style-images/{id}", 200, JUNIOR, LEAD),
                allows("DELETE /api/style-images/{id}", 204, JUNIOR, LEAD));
    }

    /** A fresh image where the endpoint names one. */
    @Override
    public Call prepare(String endpoint) {
        if (endpoint.equals("POST /api/style-images")) {
            return token -> web.post().uri("/api/style-images").headers(h -> {
                if (token != null) {
                    h.setBearerAuth(token);
                }
            }).contentType(MediaType.MULTIPART_FORM_DATA)
                    .body(BodyInserters.fromMultipartData(
                            form(TestImages.jpeg(30, 30), "r.jpg", ORDER_SERVICE.newOrder(), null).build()))
                    .exchange();
        }
        Object[] image = endpoint.contains("{id}") ? new Object[] { idOf(uploaded()) } : new Object[0];
        Object body = endpoint.startsWith("PATCH") ? Map.of("description", "role check", "version", 0) : null;
        return token -> RoleMatrixContract.exchange(web, endpoint, token, body, image);
    }

    @Override
    public void refusal(Runnable call) {
        assertStoresNothing(call);
    }
}
