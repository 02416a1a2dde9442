package dev.atelier.drills.badinput;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One bad request of the bad-input drill: which endpoint group it aims at, what is wrong with it, who
 * sends it ({@code lead} or {@code junior}) and the request itself (a gateway path, as sent).
 */
public record Probe(String group, String what, String identity, String method, String path, String contentType, byte[] body,
        Map<String, String> headers) {

    public static final String JSON = "application/json";

    public Probe {
        headers = Map.copyOf(headers);
    }

    /** A lead's request with a JSON content type and a UTF-8 body ({@code null}: none). */
    public static Probe json(String group, String what, String method, String path, String body) {
        return new Probe(group, what, "lead", method, path, JSON, utf8(body), Map.of());
    }

    /** A lead's request without a body. */
    public static Probe call(String group, String what, String method, String path) {
        return new Probe(group, what, "lead", method, path, null, null, Map.of());
    }

    public Probe as(String who) {
        return new Probe(group, what, who, method, path, contentType, body, headers);
    }

    public Probe withHeader(String name, String value) {
        Map<String, String> more = new java.util.LinkedHashMap<>(headers);
        more.put(name, value);
        return new Probe(group, what, identity, method, path, contentType, body, more);
    }

    /** A write changes state when it is accepted; a read may answer 2xx to odd input (an empty search). */
    public boolean isWrite() {
        return !method.equals("GET") && !method.equals("HEAD");
    }

    static byte[] utf8(String text) {
        return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return identity + " " + method + " " + path + " (" + group + ": " + what + ")";
    }
}
