package dev.atelier.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class UpOptionsTest {

    @Test
    void no_option_stays_in_the_foreground() {
        assertThat(UpOptions.parse(List.of())).isEqualTo(new UpOptions(false, false, false));
    }

    @Test
    void detach_and_demo_combine() {
        assertThat(UpOptions.parse(List.of("--demo", "--detach"))).isEqualTo(new UpOptions(true, true, false));
        assertThat(UpOptions.parse(List.of("-d"))).isEqualTo(new UpOptions(true, false, false));
    }

    @Test
    void an_unknown_option_is_refused_by_name() {
        assertThatThrownBy(() -> UpOptions.parse(List.of("--detached"))).hasMessageContaining("'--detached'");
    }
}
