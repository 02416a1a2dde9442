package dev.atelier.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class FootprintTest {

    private final List<Footprint.Component> before = List.of(
            new Footprint.Component("postgres", false, OptionalLong.of(100 * 1024)),
            new Footprint.Component("gateway", true, OptionalLong.of(300 * 1024)),
            new Footprint.Component("order", true, OptionalLong.of(250 * 1024)),
            new Footprint.Component("media", true, OptionalLong.empty()));

    @Test
    void the_spring_sum_leaves_the_infrastructure_out() {
        assertThat(Footprint.springKilobytes(before)).isEqualTo(550 * 1024);
    }

    @Test
    void the_table_shows_before_after_and_settled_per_component() {
        List<Footprint.Component> after = List.of(
                new Footprint.Component("postgres", false, OptionalLong.of(120 * 1024)),
                new Footprint.Component("gateway", true, OptionalLong.of(400 * 1024)),
                new Footprint.Component("order", true, OptionalLong.of(260 * 1024)),
                new Footprint.Component("media", true, OptionalLong.of(10 * 1024)));
        List<Footprint.Component> settled = List.of(
                new Footprint.Component("postgres", false, OptionalLong.of(110 * 1024)),
                new Footprint.Component("gateway", true, OptionalLong.of(350 * 1024)));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        Footprint.print(new PrintStream(bytes, true, StandardCharsets.UTF_8), before, after, settled);

        String table = bytes.toString(StandardCharsets.UTF_8);
        assertThat(table).containsPattern("gateway\\s+300 MiB\\s+400 MiB\\s+350 MiB");
        assertThat(table).containsPattern("media\\s+-\\s+10 MiB\\s+-");
        assertThat(table).containsPattern("3 Spring apps\\s+550 MiB\\s+670 MiB\\s+350 MiB");
    }
}
