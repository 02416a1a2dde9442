package dev.atelier.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WrkLoadTest {

    @Test
    void the_scripts_line_gives_throughput_of_the_successful_calls_and_percentiles_in_ms() throws IOException {
        Figures figures = WrkLoad.closedFigures("""
                Running 20s test @ http://127.0.0.1:8080/api/orders/x
                  2 threads and 16 connections
                ATELIER-WRK requests=16000 duration_us=20000000 status_errors=40 socket_errors=2 p50=18250 p95=31000 p99=48125 late=0 latest_us=0
                """);

        assertThat(figures.perSecond()).isEqualTo(798.0);
        assertThat(figures.ok()).isEqualTo(15960);
        assertThat(figures.failed()).isEqualTo(42);
        assertThat(figures.reasons()).isEqualTo("4xx/5xx×40, socket×2");
        assertThat(figures.p50()).isEqualTo(18.25);
        assertThat(figures.p95()).isEqualTo(31.0);
        assertThat(figures.p99()).isEqualTo(48.125);
        assertThat(figures.line("GET one")).contains("798.0 req/s", "p99    48.1 ms", "15960 ok, 42 failed: 4xx/5xx×40, socket×2");
    }

    @Test
    void no_figures_is_an_error_that_shows_what_wrk_said() {
        assertThatThrownBy(() -> WrkLoad.closedFigures("unable to connect to 127.0.0.1:8080 Connection refused"))
                .isInstanceOf(IOException.class).hasMessageContaining("Connection refused");
    }

    @Test
    void the_command_carries_the_token_the_width_and_the_length() {
        Load.Call call = Load.Call.get("http://127.0.0.1:8080/api/orders/x");

        assertThat(WrkLoad.command(Path.of("/usr/bin/wrk"), call, Path.of("/tmp/s.lua"), WrkLoad.closedShape(16, Duration.ofSeconds(20)), "Bearer t"))
                .containsExactly("/usr/bin/wrk", "-t2", "-c16", "-d20s", "--timeout", "30s", "-s", "/tmp/s.lua",
                        "-H", "Authorization: Bearer t", "-H", "Accept: application/json", "http://127.0.0.1:8080/api/orders/x");
        assertThat(WrkLoad.command(Path.of("wrk"), call, Path.of("s.lua"), WrkLoad.closedShape(1, Duration.ofMillis(300)), "Bearer t"))
                .contains("-t1", "-c1", "-d1s");
    }

    @Test
    void a_paced_phase_keeps_its_schedule_on_one_thread_with_a_connection_per_call_a_second() {
        assertThat(WrkLoad.pacedShape(100, Duration.ofSeconds(20))).isEqualTo(new WrkLoad.Shape(1, 100, Duration.ofSeconds(20)));
        assertThat(WrkLoad.pacedShape(2.5, Duration.ofSeconds(5)).connections()).isEqualTo(WrkLoad.PACED_MIN_CONNECTIONS);
        assertThat(WrkLoad.pacedShape(2000, Duration.ofSeconds(5)).connections()).isEqualTo(WrkLoad.PACED_MAX_CONNECTIONS);
    }

    @Test
    void calls_sent_late_are_counted_and_said() throws IOException {
        PacedFigures paced = WrkLoad.pacedFigures(
                "ATELIER-WRK requests=2000 duration_us=20000000 status_errors=0 socket_errors=0 p50=9000 p95=20000 p99=41000 late=3 latest_us=1250500");

        assertThat(paced.answers().perSecond()).isEqualTo(100.0);
        assertThat(paced.sentLate()).isEqualTo(3);
        assertThat(paced.latestMs()).isEqualTo(1250.5);
        assertThat(paced.line("POST")).contains("3 sent late (up to 1251 ms)");
        assertThat(new PacedFigures(paced.answers(), 0, 0).line("POST")).contains("all sent when due");
    }

    @Test
    void a_streams_lines_give_the_accepted_ids_the_refusals_and_the_calls_still_unanswered(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("answers"), "sent\nsent\n201 o-1\nsent\n503 \nsent\nsent\n201 o-2\n201 \n");

        WrkStream.Answers answers = new AnswersFile(file).answers();

        assertThat(answers.accepted()).containsExactly("o-1", "o-2");
        assertThat(answers.refused()).containsExactly(Map.entry("201", 1), Map.entry("503", 1));
        assertThat(answers.unanswered()).isEqualTo(1);
        assertThat(answers.notAccepted()).containsEntry("no answer", 1).hasSize(3);
    }

    @Test
    void the_answers_file_is_read_on_from_the_last_look_and_a_line_still_being_written_waits(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("answers"), "sent\nsent\n201 o-1\n20");
        AnswersFile answers = new AnswersFile(file);

        WrkStream.Answers first = answers.answers();
        Files.writeString(file, "1 o-2\nsent\n", StandardOpenOption.APPEND);
        WrkStream.Answers second = answers.answers();

        assertThat(first.accepted()).containsExactly("o-1");
        assertThat(first.unanswered()).isEqualTo(1);
        assertThat(second.accepted()).containsExactly("o-1", "o-2");
        assertThat(second.unanswered()).isEqualTo(1);
        assertThat(second.refused()).isEmpty();
    }

    @Test
    void a_drain_counts_the_unanswered_calls_and_the_file_goes_when_asked(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("answers"), "sent\nsent\nsent\n201 o-1\n5");
        AnswersFile answers = new AnswersFile(file);

        int beforeTheLineEnds = answers.unanswered();
        Files.writeString(file, "03\n", StandardOpenOption.APPEND);
        int after = answers.unanswered();

        assertThat(beforeTheLineEnds).isEqualTo(2);
        assertThat(after).isEqualTo(1);
        assertThat(answers.answers().refused()).containsExactly(Map.entry("503", 1));
        answers.delete();
        assertThat(file).doesNotExist();
    }

    @Test
    void the_script_sets_method_body_and_content_type_and_prints_p95() {
        assertThat(WrkLoad.SCRIPT).contains("wrk.method", "wrk.body", "wrk.headers[\"Content-Type\"]", "latency:percentile(95)",
                "ATELIER-WRK requests=");
        assertThat(WrkLoad.SCRIPT).contains("ATELIER_WRK_RATE", "delay = function()", "clock_gettime(1,", "thread:get(\"late\")",
                "ATELIER_WRK_ANSWERS", "ATELIER_WRK_STOP");
    }
}
