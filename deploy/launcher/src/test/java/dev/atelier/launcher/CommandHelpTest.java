package dev.atelier.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * Every command and action of {@code ./atelier} explains itself, and refuses an option it does not
 * know with a clear message and exit code 2, before it looks at the suite or the servers.
 */
class CommandHelpTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** The words that select each command and action, e.g. [infra, up]. */
    static Stream<List<String>> commands() {
        List<List<String>> paths = new ArrayList<>();
        collect(new AtelierCli(AtelierCli.standardCommands()).commandLine(System.out, System.err), List.of(), paths);
        return paths.stream();
    }

    private static void collect(CommandLine command, List<String> path, List<List<String>> paths) {
        command.getSubcommands().forEach((name, sub) -> {
            if (sub.getCommand() instanceof CommandLine.HelpCommand) {
                return;
            }
            List<String> words = Stream.concat(path.stream(), Stream.of(name)).toList();
            paths.add(words);
            collect(sub, words, paths);
        });
    }

    @ParameterizedTest
    @MethodSource("commands")
    void help_renders(List<String> words) {
        assertThat(run(words, "--help")).isZero();

        assertThat(text(out).replaceAll("\\s+", " ")).startsWith(header(words))
                .contains("Usage: ./atelier " + String.join(" ", words), "-h, --help");
        assertThat(text(err)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("commands")
    void an_unknown_option_is_a_usage_error_naming_it(List<String> words) {
        assertThat(run(words, "--sideways")).isEqualTo(2);

        assertThat(text(err)).contains("Unknown option: '--sideways'", "Usage: ./atelier " + String.join(" ", words));
        assertThat(text(out)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void every_command_the_docs_name_is_there() {
        assertThat(commands().map(words -> String.join(" ", words))).contains("up", "status", "logs", "down", "reset",
                "demo-data", "bench", "bench seed", "bench unseed", "drill", "dlt", "dlt replay", "infra", "infra up",
                "infra status", "infra down");
    }

    /** Every way the README, docs/ and deploy/bench/run.sh call ./atelier. */
    @ParameterizedTest
    @ValueSource(strings = {"up", "up --detach", "up --demo", "up -d --demo", "status", "logs order", "logs kafka --no-follow",
        "down", "reset", "reset --yes", "demo-data", "demo-data http://127.0.0.1:8080", "bench", "bench --seed --duration 30s",
        "bench --warmup 0 --connections 32 --rate 12.5", "bench seed", "bench seed --orders 200_000",
        "bench unseed", "drill", "drill --list", "drill oversell crash", "dlt replay atelier.order-events",
        "dlt replay atelier.order-events.dlt --bootstrap 127.0.0.1:9092 --command-config client.properties",
        "infra up", "infra status", "infra down"})
    void the_documented_command_lines_parse(String line) {
        CommandLine cli = new AtelierCli(AtelierCli.standardCommands()).commandLine(System.out, System.err);

        assertThatCode(() -> cli.parseArgs(line.split(" "))).doesNotThrowAnyException();
    }

    private static CommandLine command(List<String> words) {
        CommandLine command = new AtelierCli(AtelierCli.standardCommands()).commandLine(System.out, System.err);
        for (String word : words) {
            command = command.getSubcommands().get(word);
        }
        return command;
    }

    private static String header(List<String> words) {
        return command(words).getCommandSpec().usageMessage().header()[0];
    }

    /** The words, a value for each required parameter (else picocli names the missing one first), and the option. */
    private int run(List<String> words, String option) {
        List<String> args = new ArrayList<>(words);
        command(words).getCommandSpec().positionalParameters().stream()
                .filter(parameter -> parameter.arity().min() > 0)
                .forEach(parameter -> args.add("x"));
        args.add(option);
        return new AtelierCli(AtelierCli.standardCommands()).run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String text(ByteArrayOutputStream bytes) {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
