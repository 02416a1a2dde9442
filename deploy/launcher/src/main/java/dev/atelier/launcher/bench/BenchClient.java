package dev.atelier.launcher.bench;

import dev.atelier.launcher.http.Multipart;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The benchmark's HTTP side: the JDK's client over HTTP/1.1 (keep-alive, one connection per
 * concurrent call), calls on virtual threads, and lead's token logged in again before it expires
 * (Keycloak's tokens live 300 s, a run is longer).
 */
public final class BenchClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Logs in again this long after the last login, well inside the token's 300 s. */
    static final Duration TOKEN_REFRESH = Duration.ofSeconds(200);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newVirtualThreadPerTaskExecutor()).build();
    private final String gateway;
    private volatile String token;
    private volatile long loggedInAt;

    public BenchClient(String gateway) {
        this.gateway = gateway;
    }

    public record Answer(int status, String body) {

        public boolean ok() {
            return status >= 200 && status < 300;
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body == null || body.isBlank() ? "{}" : body);
            } catch (JacksonException e) {
                return JSON.createObjectNode();
            }
        }

        public String text(String field) {
            return json().path(field).asString("");
        }
    }

    /** Logs in as lead; false when the gateway refuses. */
    public boolean login() throws IOException, InterruptedException {
        Answer answer = send(HttpRequest.newBuilder(URI.create(gateway + "/api/auth/login")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\": \"lead\", \"password\": \"lead\"}")).build());
        if (!answer.ok() || answer.text("access_token").isEmpty()) {
            return false;
        }
        token = answer.text("access_token");
        loggedInAt = System.nanoTime();
        return true;
    }

    /** The bearer header's value, logging in again when the token is getting old. */
    String bearer() throws IOException, InterruptedException {
        if (System.nanoTime() - loggedInAt > TOKEN_REFRESH.toNanos()) {
            synchronized (this) {
                if (System.nanoTime() - loggedInAt > TOKEN_REFRESH.toNanos() && !login()) {
                    throw new IOException("login as lead failed while refreshing the token");
                }
            }
        }
        return "Bearer " + token;
    }

    /** GET of a full URL (the gateway's or a service's own port). */
    public Answer get(String url) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", bearer()).header("Accept", "application/json").GET().build());
    }

    public Answer postJson(String path, String json) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(gateway + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", bearer()).header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** {@code POST /api/style-images}: multipart with file, orderId, description. */
    public Answer upload(String orderId, byte[] png) throws IOException, InterruptedException {
        return send(uploadCall(orderId, png));
    }

    /** The upload as a call: the multipart body with its boundary in the content type. */
    public ClosedLoad.Call uploadCall(String orderId, byte[] png) {
        Multipart form = Multipart.create().field("orderId", orderId).field("description", "bench upload")
                .file("file", "bench.png", "image/png", png);
        return new ClosedLoad.Call("POST", gateway + "/api/style-images", form.contentType(), form.body());
    }

    /** A JSON POST to a gateway path as a call. */
    public ClosedLoad.Call postJsonCall(String path, String json) {
        return new ClosedLoad.Call("POST", gateway + path, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    /** One call as lead. */
    public Answer send(ClosedLoad.Call call) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(call.url())).timeout(Duration.ofSeconds(60))
                .header("Authorization", bearer()).header("Accept", "application/json")
                .method(call.method(), call.body() == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(call.body()));
        if (call.contentType() != null) {
            request.header("Content-Type", call.contentType());
        }
        return send(request.build());
    }

    public String gateway() {
        return gateway;
    }


    private Answer send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body());
    }
}
