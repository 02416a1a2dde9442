package dev.atelier.drills;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DrillsTest {

    private static Drill named(String name) {
        return Drills.all().stream().filter(drill -> drill.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<String> names(List<Drill> drills) {
        return drills.stream().map(Drill::name).toList();
    }

    @Test
    void a_full_run_warms_the_suite_up_first_and_only_once() {
        assertThat(names(Drills.inOrder(Drills.all(), true))).first().isEqualTo("warm-up");
        assertThat(names(Drills.inOrder(Drills.all(), true))).filteredOn("warm-up"::equals).hasSize(1);
        assertThat(names(Drills.inOrder(Drills.all(), true))).hasSameSizeAs(Drills.all());
    }

    @Test
    void a_burst_chosen_alone_gets_the_warm_up_before_it() {
        assertThat(names(Drills.inOrder(List.of(named("oversell")), true))).containsExactly("warm-up", "oversell");
        assertThat(names(Drills.inOrder(List.of(named("bad-input"), named("crash")), true)))
                .containsExactly("warm-up", "bad-input", "crash");
    }

    @Test
    void drills_without_bursts_run_cold_and_no_warm_up_means_none() {
        assertThat(names(Drills.inOrder(List.of(named("bad-input"), named("auth")), true))).containsExactly("bad-input", "auth");
        assertThat(names(Drills.inOrder(Drills.all(), false))).doesNotContain("warm-up").hasSize(Drills.all().size() - 1);
        assertThat(names(Drills.inOrder(List.of(named("warm-up")), true))).containsExactly("warm-up");
    }
}
