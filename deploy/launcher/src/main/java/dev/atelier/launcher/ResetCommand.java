package dev.atelier.launcher;

import dev.atelier.servers.InfraException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code ./atelier reset [--yes]}: stops everything and wipes the local data after a confirmation. */
@Command(name = "reset", header = "stop everything and wipe the local data (asks first; --yes does not)",
        description = {"Stops everything, drops the services' databases (customer_service, order_service, inventory_service,"
                + " media_service) and deletes .atelier/ (Kafka's topics, the S3 bucket's files, Keycloak's database, logs)."
                + " The next './atelier up' starts empty, with the realm imported again.",
            "Asks you to type 'yes' unless --yes is given."})
final class ResetCommand implements Callable<Integer> {

    private final Supplier<LocalSuite> suites;
    private final Supplier<String> answer;

    @ParentCommand
    private AtelierCli cli;

    @Option(names = {"-y", "--yes"}, description = "Do not ask.")
    boolean yes;

    ResetCommand(Supplier<LocalSuite> suites, Supplier<String> answer) {
        this.suites = suites;
        this.answer = answer;
    }

    static ResetCommand standard(Supplier<LocalSuite> suites) {
        return new ResetCommand(suites, () -> {
            try {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                return line == null ? "" : line;
            } catch (IOException e) {
                return "";
            }
        });
    }

    @Override
    public Integer call() {
        PrintStream out = cli.out();
        PrintStream err = cli.err();
        LocalSuite suite = suites.get();
        if (!yes) {
            out.print("This deletes every customer, order, item and image of the local suite and " + suite.dataDir()
                    + ". Type 'yes' to go on: ");
            out.flush();
            if (!"yes".equals(answer.get().trim())) {
                out.println("Nothing deleted.");
                return 1;
            }
        }
        int stopped = DownCommand.stop(suite, out, err, false);
        if (stopped != 0) {
            err.println("atelier reset: something did not stop; nothing deleted.");
            return 1;
        }
        dropDatabases(suite, out);
        deleteTree(suite.dataDir());
        out.println("  deleted " + suite.dataDir());
        out.println("Reset done; './atelier up' starts from scratch.");
        return 0;
    }

    /** Drops the services' databases; starts the machine's PostgreSQL for it (and stops it again) when it is down. */
    private static void dropDatabases(LocalSuite suite, PrintStream out) {
        var postgres = suite.infra().postgres();
        boolean startedHere = false;
        try {
            if (!postgres.isReady()) {
                postgres.start();
                postgres.awaitReady(postgres.startTimeout());
                startedHere = true;
            }
            for (String database : LocalInfrastructure.SERVICE_DATABASES) {
                postgres.dropDatabase(database);
            }
            out.println("  dropped the databases " + String.join(", ", LocalInfrastructure.SERVICE_DATABASES));
        } catch (InfraException e) {
            out.println("  could not drop the service databases (" + e.getMessage() + "); drop them by hand");
        } finally {
            if (startedHere) {
                postgres.stop();
            }
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new InfraException("cannot delete " + dir + ": " + e.getMessage(), e);
        }
    }
}
