package dev.atelier.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.platform.test.RemovedConfigurationKeys.RemovedKey;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RemovedConfigurationKeysTest {

    @Test
    void finds_the_removed_keys_of_a_yaml_file_with_what_boot_reads_instead() {
        assertThat(RemovedConfigurationKeys.usedIn(List.of("removed-keys.yml"))).containsExactlyInAnyOrder(
                "removed-keys.yml: logging.path (Boot reads logging.file.path)",
                "removed-keys.yml: spring.application.index (no longer read: Application context ids are now unique by default.)");
    }

    @Test
    void a_removed_scalar_does_not_cover_the_longer_key_that_replaced_it() {
        RemovedKey ssl = removed("spring.data.redis.ssl", "java.lang.Boolean", "spring.data.redis.ssl.enabled");

        assertThat(ssl.covers("spring.data.redis.ssl")).isTrue();
        assertThat(ssl.covers("spring.data.redis.ssl.enabled")).isFalse();
    }

    @Test
    void a_removed_map_covers_its_entries() {
        RemovedKey tags = removed("management.metrics.old-tags", "java.util.Map<java.lang.String,java.lang.String>",
                "management.metrics.tags");

        assertThat(tags.covers("management.metrics.old-tags.region")).isTrue();
        assertThat(tags.covers("management.metrics.old-tagsy")).isFalse();
    }

    @Test
    void a_key_deprecated_as_a_warning_is_still_read() {
        assertThat(RemovedKey.of(Map.of("name", "some.key", "deprecation", Map.of("level", "warning")))).isEmpty();
        assertThat(RemovedKey.of(Map.of("name", "some.key", "deprecated", true))).isEmpty();
    }

    private static RemovedKey removed(String name, String type, String replacement) {
        return RemovedKey.of(Map.of("name", name, "type", type,
                "deprecation", Map.of("level", "error", "replacement", replacement))).orElseThrow();
    }
}
