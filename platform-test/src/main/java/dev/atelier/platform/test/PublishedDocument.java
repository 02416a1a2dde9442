package dev.atelier.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Keeps the OpenAPI document a service's test fetched from the running service, as
 * {@code target/openapi/<name>.json} of that module: the {@code api-contract} module lints these
 * files (Redocly) after the services' tests ran, so the documents checked are the real ones.
 */
public final class PublishedDocument {

    /** Where the documents go, relative to the module the test runs in. */
    public static final Path DIRECTORY = Path.of("target", "openapi");

    private PublishedDocument() {
    }

    public static Path write(String name, String json) {
        try {
            Files.createDirectories(DIRECTORY);
            return Files.writeString(DIRECTORY.resolve(name + ".json"), json, StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot keep the OpenAPI document " + name, ex);
        }
    }

}
