package dev.atelier.launcher.suite;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HealthTest {

    @Test
    void readiness_up_is_ready() {
        assertThat(Health.fromAnswer(200, "{\"status\":\"UP\"}").up()).isTrue();
    }

    @Test
    void the_top_level_status_decides_even_with_components() {
        Health health = Health.fromAnswer(503, "{\"status\":\"OUT_OF_SERVICE\",\"components\":{\"db\":{\"status\":\"UP\"}}}");
        assertThat(health.up()).isFalse();
        assertThat(health.state()).isEqualTo(Health.State.NOT_READY);
        assertThat(health.detail()).isEqualTo("OUT_OF_SERVICE");
    }

    @Test
    void an_answer_without_status_names_the_http_status() {
        Health health = Health.fromAnswer(500, "<html>oops</html>");
        assertThat(health.up()).isFalse();
        assertThat(health.detail()).isEqualTo("HTTP 500");
    }

    @Test
    void up_with_an_error_code_is_not_ready() {
        assertThat(Health.fromAnswer(503, "{\"status\":\"UP\"}").up()).isFalse();
    }

    @Test
    void nothing_listening_is_unreachable() {
        int port = dev.atelier.servers.Ports.freePort();
        Health health = Health.probe(java.net.http.HttpClient.newHttpClient(), "127.0.0.1", port);
        assertThat(health.state()).isEqualTo(Health.State.UNREACHABLE);
    }
}
