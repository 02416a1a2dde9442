package dev.atelier.apiclient;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.ReentrantLock;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls to the running suite for the benchmark and the drills: any method, any token (or none), any
 * body and content type, against the gateway (a path) or a full URL (a service's own port), over the
 * JDK's client (HTTP/1.1, keep-alive, calls on virtual threads). Logs users in through the gateway's {@code /api/auth/login} and keeps
 * their tokens for {@link #TOKEN_REUSE} (Keycloak's live 300 s).
 */
public final class GatewayApi {

    static final Duration TOKEN_REUSE = Duration.ofSeconds(200);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newVirtualThreadPerTaskExecutor()).build();
    private final String gateway;
    private final Map<String, Login> logins = new ConcurrentHashMap<>();
    private final Map<String, ReentrantLock> loggingIn = new ConcurrentHashMap<>();

    private record Login(String token, long at) {}

    public GatewayApi(String gateway) {
        this.gateway = gateway;
    }

    public String gateway() {
        return gateway;
    }

    /**
     * A fresh-enough access token of {@code username} (password = username, as in the local realm).
     * One caller logs in while the others wait for its token: a paced load's callers that all found the
     * token stale at once would otherwise log in together and crowd Keycloak into refusals.
     */
    public String token(String username) throws IOException, InterruptedException {
        Login login = logins.get(username);
        if (fresh(login)) {
            return login.token();
        }
        ReentrantLock lock = loggingIn.computeIfAbsent(username, name -> new ReentrantLock());
        lock.lockInterruptibly();
        try {
            login = logins.get(username);
            if (!fresh(login)) {
                login = new Login(logIn(username), System.nanoTime());
                logins.put(username, login);
            }
            return login.token();
        } finally {
            lock.unlock();
        }
    }

    private static boolean fresh(Login login) {
        return login != null && System.nanoTime() - login.at() <= TOKEN_REUSE.toNanos();
    }

    private String logIn(String username) throws IOException, InterruptedException {
        String body = JSON.writeValueAsString(Map.of("username", username, "password", username));
        Answer answer = send("POST", "/api/auth/login", null, "application/json", body);
        String token = answer.text("access_token");
        if (!answer.ok() || token.isEmpty()) {
            throw new IOException("login as " + username + " through the gateway failed: HTTP " + answer.status() + " " + answer.body());
        }
        return token;
    }

    public Answer get(String path, String token) throws IOException, InterruptedException {
        return send("GET", path, token, null, (byte[]) null);
    }

    public Answer postJson(String path, String token, String json) throws IOException, InterruptedException {
        return send("POST", path, token, "application/json", json);
    }

    public Answer send(String method, String path, String token, String contentType, String body) throws IOException, InterruptedException {
        return send(method, path, token, contentType, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * One call. {@code path} is a gateway path ({@code /api/...}) or a full URL; {@code token} null sends
     * no Authorization header; {@code body} null sends none.
     */
    public Answer send(String method, String path, String token, String contentType, byte[] body) throws IOException, InterruptedException {
        return send(method, path, contentType, body, token == null ? Map.of() : Map.of("Authorization", "Bearer " + token));
    }

    /** One call with the given extra headers (e.g. a malformed Authorization header). */
    public Answer send(String method, String path, String contentType, byte[] body, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpResponse<String> response = exchange(method, path, contentType, body, headers);
        return new Answer(response.statusCode(), response.body());
    }

    /** One call answered whole (status, headers, body), for drills that check more than the status. */
    public HttpResponse<String> exchange(String method, String path, String contentType, byte[] body, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : gateway + path))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/json, application/problem+json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Opens a server-sent-events stream ({@code GET}, {@code Accept: text/event-stream}) and answers with its
     * first message as the body, then closes it; an error answer comes back whole.
     */
    public HttpResponse<String> firstEvent(String path, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : gateway + path))
                .timeout(Duration.ofSeconds(30)).header("Accept", "text/event-stream, application/problem+json").GET();
        headers.forEach(request::header);
        return http.send(request.build(), info -> new FirstMessage());
    }
}
