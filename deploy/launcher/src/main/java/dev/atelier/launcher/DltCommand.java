package dev.atelier.launcher;

import dev.atelier.deadletters.DeadLetterReplay;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ./atelier dlt replay TOPIC}: publishes a dead-letter topic's records to their topic again. */
@Command(name = "dlt", header = "replay a dead-letter topic to its topic once the cause is fixed (dlt replay TOPIC)",
        description = {"Publishes the records parked in TOPIC.dlt (e.g. atelier.order-events.dlt) to TOPIC again, once"
                + " whatever made them fail is fixed. Only records not replayed before are taken (consumer group "
                + DeadLetterReplay.GROUP + "); consumers drop any event they already applied, so nothing is applied twice."
                + " A record that still fails lands in the dead-letter topic again."})
final class DltCommand implements Callable<Integer> {

    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private final Supplier<LocalSuite> suites;

    @ParentCommand
    private AtelierCli cli;

    @Spec
    private CommandSpec spec;

    DltCommand(Supplier<LocalSuite> suites) {
        this.suites = suites;
    }

    /** {@code ./atelier dlt} alone: which action, as a usage error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(cli.err());
        return CommandLine.ExitCode.USAGE;
    }

    @Command(name = "replay", header = "publish TOPIC.dlt's records to TOPIC again (see ./atelier dlt --help)")
    int replay(@Parameters(paramLabel = "TOPIC", description = "The topic, or its dead-letter topic.") String topic,
               @Option(names = "--bootstrap", paramLabel = "HOST:PORT",
                       description = "The broker (default: the Kafka of ./atelier up).") String bootstrap,
               @Option(names = "--command-config", paramLabel = "FILE",
                       description = "Kafka client properties (security settings for a production broker).") Path commandConfig) {
        PrintStream out = cli.out();
        PrintStream err = cli.err();
        Properties config = new Properties();
        try {
            if (commandConfig != null) {
                try (Reader reader = Files.newBufferedReader(commandConfig)) {
                    config.load(reader);
                }
            }
            config.put("bootstrap.servers", bootstrap != null ? bootstrap : suites.get().infra().kafka().bootstrapServers());
            DeadLetterReplay.Outcome outcome = new DeadLetterReplay(config).replay(topic, TIMEOUT);
            out.println("Replayed " + outcome.republished() + " record(s) from " + DeadLetterReplay.originalTopic(topic)
                    + DeadLetterReplay.SUFFIX + " to " + DeadLetterReplay.originalTopic(topic) + ".");
            if (outcome.leftUntrusted() > 0) {
                out.println("Left " + outcome.leftUntrusted() + " record(s) parked: refused as untrusted (a forged source),"
                        + " which a replay cannot change.");
            }
            return 0;
        } catch (Exception e) {
            err.println("atelier dlt: " + e.getMessage());
            return 1;
        }
    }
}
