package dev.atelier.launcher;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code ./atelier down}: stops the services, then the infrastructure; data stays. */
@Command(name = "down", header = "stop everything (services first, then the infrastructure); data stays in .atelier/",
        description = "Stops the gateway, the services and discovery, then Redis, Keycloak, S3, Kafka and PostgreSQL (only"
                + " if ./atelier started it). A foreground './atelier up' is asked to stop first. Data stays in .atelier/"
                + " and in the service databases; './atelier reset' wipes it.")
final class DownCommand implements Callable<Integer> {

    private final Supplier<LocalSuite> suites;

    @ParentCommand
    private AtelierCli cli;

    DownCommand(Supplier<LocalSuite> suites) {
        this.suites = suites;
    }

    @Override
    public Integer call() {
        return stop(suites.get(), cli.out(), cli.err(), true);
    }

    /** Stops everything; {@code sayDataStays} adds where the data is kept (not when reset deletes it next). */
    static int stop(LocalSuite suite, PrintStream out, PrintStream err, boolean sayDataStays) {
        suite.foregroundLauncher().ifPresent(launcher -> {
            out.println("Asking the foreground ./atelier up (pid " + launcher.pid() + ") to stop everything ...");
            launcher.destroy(); // SIGTERM: its shutdown hook stops the services and the infrastructure in order
            try {
                launcher.onExit().get(Duration.ofMinutes(2).toSeconds(), TimeUnit.SECONDS);
            } catch (Exception e) {
                err.println("atelier: the foreground launcher did not stop in time; stopping the rest from here");
            }
        });
        out.println("Stopping Atelier ...");
        int exit = suite.stopAll(out, err);
        suite.releaseForeground();
        if (exit == 0) {
            out.println(sayDataStays ? "Stopped; data stays in " + suite.dataDir() + "." : "Stopped.");
        }
        return exit;
    }
}
