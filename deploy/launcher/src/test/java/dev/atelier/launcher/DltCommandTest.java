package dev.atelier.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.deadletters.DeadLetterReplay;
import dev.atelier.launcher.drill.Drill;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/** {@code ./atelier dlt replay TOPIC} is wired, explains itself and refuses what it cannot run. */
class DltCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final AtelierCli cli = new AtelierCli(AtelierCli.standardCommands());

    private int run(String... args) {
        return cli.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void is_a_standard_command_and_the_dlt_drill_is_registered() {
        assertThat(new AtelierCli(AtelierCli.standardCommands()).commandLine(System.out, System.err).getSubcommands())
                .containsKey("dlt");
        assertThat(dev.atelier.launcher.drill.Drills.all()).extracting(Drill::name).contains("dlt", "bad-input");
    }

    @Test
    void help_explains_the_replay_and_a_missing_topic_is_a_usage_error() {
        assertThat(run("dlt", "--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("replay TOPIC", "atelier-dlt-replay", "applied twice");
        assertThat(run("dlt", "replay")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Missing required parameter: 'TOPIC'");
        assertThat(run("dlt", "purge", "atelier.order-events")).isEqualTo(2);
        assertThat(run("dlt")).isEqualTo(2);
    }

    @Test
    void a_replayed_record_keeps_key_value_and_event_headers_and_drops_the_dead_lettering() {
        ConsumerRecord<byte[], byte[]> dead = new ConsumerRecord<>("atelier.order-events.dlt", 1, 42, "k".getBytes(),
                "v".getBytes());
        dead.headers().add("ce_id", "e1".getBytes());
        dead.headers().add("kafka_dlt-exception-message", "refused".getBytes());
        dead.headers().add("kafka_deliveryAttempt", new byte[] {0, 0, 0, 1});

        ProducerRecord<byte[], byte[]> again = DeadLetterReplay.again(dead, DeadLetterReplay.originalTopic(dead.topic()));

        assertThat(again.topic()).isEqualTo("atelier.order-events");
        assertThat(new String(again.key())).isEqualTo("k");
        assertThat(new String(again.value())).isEqualTo("v");
        assertThat(again.headers().lastHeader("ce_id")).isNotNull();
        assertThat(again.headers().lastHeader("kafka_dlt-exception-message")).isNull();
        assertThat(again.headers().lastHeader("kafka_deliveryAttempt")).isNull();
        assertThat(new String(again.headers().lastHeader("atelier_replayed_from").value()))
                .isEqualTo("atelier.order-events.dlt-1@42");
        assertThat(DeadLetterReplay.originalTopic("atelier.order-events.dlt")).isEqualTo("atelier.order-events");
        assertThat(DeadLetterReplay.originalTopic("atelier.order-events")).isEqualTo("atelier.order-events");
    }
}
