package dev.atelier.launcher;

import dev.atelier.deadletters.DeadLetterReplay;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Supplier;

/** {@code ./atelier dlt replay TOPIC}: publishes a dead-letter topic's records to their topic again. */
final class DltCommand implements Subcommand {

    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private final Supplier<LocalSuite> suites;

    DltCommand(Supplier<LocalSuite> suites) {
        this.suites = suites;
    }

    @Override
    public String name() {
        return "dlt";
    }

    @Override
    public String summary() {
        return "replay a dead-letter topic to its topic once the cause is fixed (dlt replay TOPIC)";
    }

    @Override
    public String help() {
        return """
                Usage: ./atelier dlt replay TOPIC [--bootstrap HOST:PORT] [--command-config FILE]

                Publishes the records parked in TOPIC.dlt (e.g. atelier.order-events.dlt) to TOPIC again,
                once whatever made them fail is fixed. Only records not replayed before are taken (consumer
                group atelier-dlt-replay); consumers drop any event they already applied, so nothing is
                applied twice. A record that still fails lands in the dead-letter topic again.
                Without --bootstrap it uses the Kafka broker of ./atelier up; --command-config is a
                Kafka client properties file (security settings for a production broker).
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        List<String> rest = new ArrayList<>(args);
        if (rest.isEmpty() || rest.contains("--help") || !rest.getFirst().equals("replay") || rest.size() < 2) {
            (rest.contains("--help") ? out : err).print(help());
            return rest.contains("--help") ? 0 : 2;
        }
        String topic = rest.get(1);
        String bootstrap = option(rest, "--bootstrap");
        String commandConfig = option(rest, "--command-config");
        Properties config = new Properties();
        try {
            if (commandConfig != null) {
                try (Reader reader = Files.newBufferedReader(Path.of(commandConfig))) {
                    config.load(reader);
                }
            }
            config.put("bootstrap.servers", bootstrap != null ? bootstrap : suites.get().infra().kafka().bootstrapServers());
            int replayed = new DeadLetterReplay(config).replay(topic, TIMEOUT);
            out.println("Replayed " + replayed + " record(s) from " + DeadLetterReplay.originalTopic(topic)
                    + DeadLetterReplay.SUFFIX + " to " + DeadLetterReplay.originalTopic(topic) + ".");
            return 0;
        } catch (Exception e) {
            err.println("atelier dlt: " + e.getMessage());
            return 1;
        }
    }

    private static String option(List<String> args, String name) {
        int at = args.indexOf(name);
        if (at < 0) {
            return null;
        }
        if (at + 1 >= args.size()) {
            throw new IllegalArgumentException(name + " needs a value");
        }
        return args.get(at + 1);
    }
}
