package dev.atelier.servers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atelier.servers.PostgresChoice.Kind;
import dev.atelier.servers.PostgresChoice.Preference;
import org.junit.jupiter.api.Test;

class PostgresChoiceTest {

    @Test
    void auto_uses_the_machine_cluster_when_one_can_be_started() {
        assertThat(PostgresChoice.choose(Preference.AUTO, false, false, true)).isEqualTo(Kind.MACHINE);
    }

    @Test
    void auto_uses_a_server_already_on_the_port_even_without_cluster_tools() {
        assertThat(PostgresChoice.choose(Preference.AUTO, false, true, false)).isEqualTo(Kind.MACHINE);
    }

    @Test
    void auto_falls_back_to_embedded_when_there_is_neither() {
        assertThat(PostgresChoice.choose(Preference.AUTO, false, false, false)).isEqualTo(Kind.EMBEDDED);
    }

    @Test
    void auto_finds_its_running_embedded_server_again_although_it_answers_on_the_port() {
        assertThat(PostgresChoice.choose(Preference.AUTO, true, true, true)).isEqualTo(Kind.EMBEDDED);
    }

    @Test
    void an_explicit_preference_wins() {
        assertThat(PostgresChoice.choose(Preference.EMBEDDED, false, true, true)).isEqualTo(Kind.EMBEDDED);
        assertThat(PostgresChoice.choose(Preference.MACHINE, true, false, false)).isEqualTo(Kind.MACHINE);
    }

    @Test
    void the_variable_reads_case_insensitively_and_refuses_anything_else() {
        assertThat(Preference.parse(null)).isEqualTo(Preference.AUTO);
        assertThat(Preference.parse(" Embedded ")).isEqualTo(Preference.EMBEDDED);
        assertThat(Preference.parse("machine")).isEqualTo(Preference.MACHINE);
        assertThatThrownBy(() -> Preference.parse("docker")).hasMessageContaining("ATELIER_POSTGRES");
    }
}
