package dev.atelier.launcher.suite;

import dev.atelier.apiclient.Answer;
import dev.atelier.apiclient.Multipart;
import dev.atelier.apiclient.Png;
import dev.atelier.servers.InfraException;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The few calls {@code ./atelier demo-data} makes against the gateway, as one user. */
public final class DemoApi {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String gateway;
    private String token;

    public DemoApi(String gateway) {
        this.gateway = gateway.endsWith("/") ? gateway.substring(0, gateway.length() - 1) : gateway;
    }

    public Answer login(String username, String password) {
        return send(json("/api/auth/login").POST(HttpRequest.BodyPublishers.ofString(
                "{\"username\": \"" + username + "\", \"password\": \"" + password + "\"}")).build());
    }

    public void useToken(String accessToken) {
        this.token = accessToken;
    }

    public Answer post(String path, String json) {
        return send(authorized(json(path)).POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public Answer get(String path) {
        return send(authorized(HttpRequest.newBuilder(URI.create(gateway + path)).timeout(Duration.ofSeconds(30))).GET().build());
    }

    /** The first {@code id} of a page answer ({@code {"content": [{"id": ...}]}}), for "already there". */
    public String firstId(String pathWithQuery) {
        int q = pathWithQuery.indexOf("?q=");
        String path = q < 0 ? pathWithQuery
                : pathWithQuery.substring(0, q + 3) + URLEncoder.encode(pathWithQuery.substring(q + 3), StandardCharsets.UTF_8);
        Answer answer = get(path);
        String id = answer.json().path("content").path(0).path("id").asString("");
        if (answer.status() != 200 || id.isEmpty()) {
            throw new InfraException("cannot find " + pathWithQuery + " (" + answer.summary() + ")");
        }
        return id;
    }

    /** The {@code id}s on the first page of a page answer; empty when there are none or the call fails. */
    public List<String> ids(String pathWithQuery) {
        Answer answer = get(pathWithQuery);
        List<String> ids = new ArrayList<>();
        if (answer.status() == 200) {
            answer.json().path("content").forEach(entry -> ids.add(entry.path("id").asString("")));
        }
        ids.removeIf(String::isEmpty);
        return ids;
    }

    /** {@code POST /api/style-images} as multipart: file, orderId, description. */
    public Answer uploadImage(String orderId, String description, byte[] png) {
        Multipart form = Multipart.create().field("orderId", orderId).field("description", description)
                .file("file", "sketch.png", "image/png", png);
        return send(authorized(HttpRequest.newBuilder(URI.create(gateway + "/api/style-images")).timeout(Duration.ofSeconds(60)))
                .header("Content-Type", form.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.body())).build());
    }

    /** A small PNG drawn on the spot, so the demo needs no image files. */
    public static byte[] sketchPng() {
        BufferedImage image = new BufferedImage(240, 320, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xF6F1EA));
        g.fillRect(0, 0, 240, 320);
        g.setColor(new Color(0x7A3E48));
        g.fillPolygon(new int[] {90, 150, 190, 50}, new int[] {60, 60, 300, 300}, 4);
        g.fillOval(100, 20, 40, 40);
        g.dispose();
        return Png.of(image);
    }


    private HttpRequest.Builder json(String path) {
        return HttpRequest.newBuilder(URI.create(gateway + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Accept", "application/json");
    }

    private HttpRequest.Builder authorized(HttpRequest.Builder request) {
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    /** How long a 503 from the gateway (a service it does not know yet, right after start-up) is retried. */
    static final Duration UNAVAILABLE_RETRY = Duration.ofSeconds(60);

    private Answer send(HttpRequest request) {
        long deadline = System.nanoTime() + UNAVAILABLE_RETRY.toNanos();
        while (true) {
            Answer answer = sendOnce(request);
            if (answer.status() != 503 || request.uri().getPath().equals("/api/style-images") || System.nanoTime() > deadline) {
                return answer;
            }
            try {
                Thread.sleep(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return answer;
            }
        }
    }

    private Answer sendOnce(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new InfraException("cannot reach " + request.uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InfraException("interrupted", e);
        }
    }
}
