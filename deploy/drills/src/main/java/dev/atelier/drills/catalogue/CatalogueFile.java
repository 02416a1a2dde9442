package dev.atelier.drills.catalogue;

import dev.atelier.apiclient.Multipart;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * What the drills' request catalogues (bad-input.yaml, auth-endpoints.yaml) have in common: a YAML file
 * on the classpath next to the class that reads it, and multipart {@code upload} bodies written as parts.
 */
public final class CatalogueFile {

    private CatalogueFile() {}

    /** The YAML file {@code name} in {@code reader}'s package, as a tree. */
    public static JsonNode read(Class<?> reader, String name) {
        try (InputStream in = reader.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the classpath");
            }
            return YAMLMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    /** An {@code upload}'s {@code field}, {@code file} and raw {@code disposition} parts, in order. */
    public static Multipart upload(JsonNode parts, Placeholders placeholders) {
        Multipart form = Multipart.create();
        for (JsonNode part : parts) {
            byte[] content = placeholders.bytes(part.path("value").asString());
            if (part.has("field")) {
                form.field(part.path("field").asString(), placeholders.text(part.path("value").asString()));
            } else if (part.has("file")) {
                form.file(part.path("file").asString(), placeholders.text(part.path("filename").asString()),
                        placeholders.text(part.path("type").asString()), content);
            } else {
                Map<String, String> headers = new LinkedHashMap<>();
                part.path("headers").properties().forEach(header -> headers.put(header.getKey(), placeholders.text(header.getValue().asString())));
                form.part(headers, placeholders.text(part.path("disposition").asString()), content);
            }
        }
        return form;
    }
}
