package dev.atelier.platform.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class IdsTest {

    @Test
    void an_id_is_a_version_7_uuid_that_starts_with_its_creation_time() {
        long before = Instant.now().toEpochMilli();
        UUID id = Ids.newId();
        long after = Instant.now().toEpochMilli();

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isBetween(before, after);
    }

    @Test
    void ids_made_one_after_another_sort_in_that_order_as_postgresql_compares_them() {
        // Many fall into the same millisecond: there the generator counts up rather than drawing anew.
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            made.add(Ids.newId().toString());
        }

        // The canonical text compares like PostgreSQL's uuid (unsigned, byte by byte).
        assertThat(made).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void threads_making_ids_at_once_never_get_the_same_one() {
        Set<UUID> seen = ConcurrentHashMap.newKeySet();
        IntStream.range(0, 40_000).parallel().forEach(i -> seen.add(Ids.newId()));

        assertThat(seen).hasSize(40_000);
    }

}
