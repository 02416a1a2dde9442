package dev.atelier.apiclient;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/**
 * A {@code multipart/form-data} body built part by part: the uploads of the demo data, the benchmark
 * and the drills, and the malformed forms the bad-input drill sends.
 */
public final class Multipart {

    private final String boundary;
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    private Multipart(String boundary) {
        this.boundary = boundary;
    }

    public static Multipart create() {
        return new Multipart("atelier-" + UUID.randomUUID());
    }

    public Multipart field(String name, String value) {
        return part(Map.of(), "form-data; name=\"" + name + "\"", value.getBytes(StandardCharsets.UTF_8));
    }

    public Multipart file(String name, String fileName, String contentType, byte[] bytes) {
        return part(contentType == null ? Map.of() : Map.of("Content-Type", contentType),
                "form-data; name=\"" + name + "\"; filename=\"" + fileName + "\"", bytes);
    }

    /** A part with any disposition and headers. */
    public Multipart part(Map<String, String> headers, String disposition, byte[] bytes) {
        raw("--" + boundary + "\r\nContent-Disposition: " + disposition + "\r\n");
        headers.forEach((key, value) -> raw(key + ": " + value + "\r\n"));
        raw("\r\n");
        body.writeBytes(bytes);
        raw("\r\n");
        return this;
    }

    public Multipart raw(String text) {
        body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    public String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    /** The body with its closing boundary. */
    public byte[] body() {
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        whole.writeBytes(body.toByteArray());
        whole.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return whole.toByteArray();
    }

    /** The body without its closing boundary (a truncated upload). */
    public byte[] unterminated() {
        return body.toByteArray();
    }
}
