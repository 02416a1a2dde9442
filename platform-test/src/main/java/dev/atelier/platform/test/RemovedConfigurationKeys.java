package dev.atelier.platform.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.json.JsonParserFactory;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Configuration keys that Spring Boot no longer reads, found in a service's YAML. Boot's own metadata (every
 * {@code META-INF/spring-configuration-metadata.json} on the class path) marks such a key deprecated at level
 * {@code error} and names its replacement. Boot then ignores the key without a word, so a setting that looks
 * right does nothing (the console's session namespace did, after the move to Boot 4).
 */
final class RemovedConfigurationKeys {

    private static final String METADATA = "META-INF/spring-configuration-metadata.json";

    private RemovedConfigurationKeys() {
    }

    /** Each key of the named class-path YAML files that Boot no longer reads, with the key it reads instead. */
    static List<String> usedIn(List<String> yamlFiles) {
        List<RemovedKey> removed = removedKeys();
        List<String> found = new ArrayList<>();
        for (String file : yamlFiles) {
            for (String name : keysOf(new ClassPathResource(file))) {
                removed.stream().filter(key -> key.covers(name)).findFirst()
                    .ifPresent(key -> found.add(file + ": " + name + " (" + key.instead() + ")"));
            }
        }
        return found;
    }

    static List<String> keysOf(ClassPathResource yaml) {
        if (!yaml.exists()) {
            return List.of();
        }
        try {
            List<String> names = new ArrayList<>();
            for (PropertySource<?> document : new YamlPropertySourceLoader().load(yaml.getPath(), yaml)) {
                Collections.addAll(names, ((EnumerablePropertySource<?>) document).getPropertyNames());
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<RemovedKey> removedKeys() {
        List<RemovedKey> removed = new ArrayList<>();
        try {
            for (URL url : Collections.list(RemovedConfigurationKeys.class.getClassLoader().getResources(METADATA))) {
                try (InputStream in = url.openStream()) {
                    Object properties = JsonParserFactory.getJsonParser()
                        .parseMap(new String(in.readAllBytes(), StandardCharsets.UTF_8)).get("properties");
                    if (properties instanceof List<?> list) {
                        list.forEach(property -> RemovedKey.of((Map<?, ?>) property).ifPresent(removed::add));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return removed;
    }

    /** A removed key, what to use instead (its replacement, or the reason when there is none), whether it held entries. */
    record RemovedKey(String name, String instead, boolean hasEntries) {

        static Optional<RemovedKey> of(Map<?, ?> property) {
            if (!(property.get("deprecation") instanceof Map<?, ?> deprecation) || !"error".equals(deprecation.get("level"))) {
                return Optional.empty();
            }
            String type = String.valueOf(property.get("type"));
            String instead = deprecation.get("replacement") instanceof String replacement ? "Boot reads " + replacement
                    : "no longer read: " + deprecation.get("reason");
            return Optional.of(new RemovedKey(String.valueOf(property.get("name")), instead,
                    type.startsWith("java.util.Map") || type.startsWith("java.util.List")));
        }

        /** The key itself, or one of its entries when it was a map or a list (a scalar's longer names are other keys). */
        boolean covers(String key) {
            return key.equals(name) || hasEntries && (key.startsWith(name + ".") || key.startsWith(name + "["));
        }
    }
}
