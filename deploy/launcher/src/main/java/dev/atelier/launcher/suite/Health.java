package dev.atelier.launcher.suite;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A service's health as Spring Boot's actuator reports it: {@code /actuator/health/readiness}, or
 * {@code /actuator/health} where the readiness group does not exist.
 */
public record Health(State state, String detail) {

    public enum State {
        /** the actuator answers UP */
        UP,
        /** it answers, but not UP (DOWN, OUT_OF_SERVICE, or an error status) */
        NOT_READY,
        /** nothing answers on the port */
        UNREACHABLE
    }

    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([A-Za-z_]+)\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    public static Health unreachable() {
        return new Health(State.UNREACHABLE, "no answer");
    }

    public boolean up() {
        return state == State.UP;
    }

    /** The health answer: its top-level {@code status} decides (the first one in actuator's JSON). */
    public static Health fromAnswer(int httpStatus, String body) {
        Matcher matcher = STATUS.matcher(body == null ? "" : body);
        String status = matcher.find() ? matcher.group(1) : null;
        if (httpStatus == 200 && "UP".equals(status)) {
            return new Health(State.UP, "UP");
        }
        return new Health(State.NOT_READY, status != null ? status : "HTTP " + httpStatus);
    }

    /** Asks the service on loopback; never throws. */
    public static Health probe(HttpClient http, String host, int port) {
        try {
            HttpResponse<String> readiness = get(http, "http://" + host + ":" + port + "/actuator/health/readiness");
            if (readiness.statusCode() == 404) {
                HttpResponse<String> health = get(http, "http://" + host + ":" + port + "/actuator/health");
                return fromAnswer(health.statusCode(), health.body());
            }
            return fromAnswer(readiness.statusCode(), readiness.body());
        } catch (IOException e) {
            return unreachable();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return unreachable();
        }
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
