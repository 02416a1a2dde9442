package dev.atelier.launcher;

import dev.atelier.servers.InfraException;
import dev.atelier.servers.KeycloakDistribution;
import dev.atelier.servers.LocalServer;
import dev.atelier.servers.LocalServer.StartOutcome;
import dev.atelier.servers.LocalServer.StopOutcome;
import dev.atelier.servers.PostgresChoice;
import dev.atelier.servers.Repository;
import dev.atelier.servers.ServerStatus;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ./atelier infra up|status|down}: the local PostgreSQL, Kafka, S3, Keycloak and Redis. */
@Command(name = "infra", header = "start, show or stop the local PostgreSQL, Kafka, S3, Keycloak and Redis",
        description = "Data (kept across restarts): <repo>/.atelier/, logs in .atelier/<server>/server.log. Keycloak is"
                + " unpacked once into ~/.cache/atelier/. Ports and credentials can be changed with environment variables,"
                + " see docs/local-infrastructure.md.")
final class InfraCommand implements Callable<Integer> {

    /** Exit code of {@code status} when something is down (as LSB init scripts do). */
    static final int NOT_RUNNING = 3;

    private final Supplier<LocalInfrastructure> infrastructure;

    @ParentCommand
    private AtelierCli cli;

    @Spec
    private CommandSpec spec;

    InfraCommand(Supplier<LocalInfrastructure> infrastructure) {
        this.infrastructure = infrastructure;
    }

    static InfraCommand standard() {
        return new InfraCommand(() -> new LocalInfrastructure(Repository.locate(), LocalSettings.fromEnvironment()));
    }

    /** {@code ./atelier infra} alone: which action, as a usage error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(cli.err());
        return CommandLine.ExitCode.USAGE;
    }

    @Command(name = "up", header = "start PostgreSQL (5432), Kafka (9092), S3 (9000), Keycloak (8180) and Redis (6379) on 127.0.0.1",
            description = "Waits until each answers, creates one database and role per service, creates the S3 bucket,"
                    + " imports the Keycloak realm, starts the SMTP sink (./atelier mail reads it), and prints what runs where."
                    + " Idempotent.")
    int up() {
        return up(infrastructure.get(), cli.out(), cli.err());
    }

    @Command(name = "status", header = "show what runs where (exit 0 when all six are up, 3 otherwise)")
    int status() {
        return status(infrastructure.get(), cli.out());
    }

    @Command(name = "down", header = "stop what 'up' started; the machine's PostgreSQL keeps running unless 'up' started it")
    int down() {
        return down(infrastructure.get(), cli.out(), cli.err());
    }

    int up(LocalInfrastructure infra, PrintStream out, PrintStream err) {
        out.println("Starting local infrastructure (data in " + infra.repository().dataDir() + ")");
        if (infra.keycloak().firstStartPending() && !infra.keycloak().realmAnswers()) {
            out.println("  (Keycloak's first start unpacks it into " + KeycloakDistribution.cacheRoot()
                    + " and runs its build step: about a minute; later starts take 10-20 s)");
        }
        List<LocalServer> servers = infra.servers();
        List<String> failures = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(servers.size());
        try {
            List<CompletableFuture<Void>> starts = new ArrayList<>();
            for (LocalServer server : servers) {
                starts.add(CompletableFuture.runAsync(() -> {
                    long started = System.nanoTime();
                    try {
                        StartOutcome outcome = server.start();
                        server.awaitReady(server.startTimeout());
                        if (server == infra.postgres()) {
                            infra.prepareServiceDatabases();
                        }
                        String how = outcome == StartOutcome.ALREADY_RUNNING
                                ? "already running"
                                : "started in " + seconds(Duration.ofNanos(System.nanoTime() - started));
                        line(out, server, how);
                    } catch (InfraException e) {
                        line(out, server, "FAILED");
                        synchronized (failures) {
                            failures.add(server.name() + ": " + e.getMessage());
                        }
                    }
                }, pool));
            }
            starts.forEach(CompletableFuture::join);
        } finally {
            pool.shutdownNow();
        }
        if (!failures.isEmpty()) {
            err.println();
            failures.forEach(failure -> err.println("atelier: " + failure));
            err.println();
            err.println("The others keep running; fix the problem and run './atelier infra up' again,"
                    + " or stop them with './atelier infra down'.");
            return 1;
        }
        out.println();
        out.println("Local infrastructure is up (credentials for this machine only):");
        infra.connectionDetails().forEach(line -> out.println("  " + line));
        out.println("Stop it with './atelier infra down'; data stays in " + infra.repository().dataDir() + ".");
        return 0;
    }

    int status(LocalInfrastructure infra, PrintStream out) {
        boolean allUp = true;
        for (LocalServer server : infra.servers()) {
            ServerStatus status = server.status();
            allUp &= status.up();
            out.println(String.format(Locale.ROOT, "  %-11s %-5s %-22s %-11s %s", status.name(), status.up() ? "up" : "down",
                    status.address(), status.pid() == null ? "" : "pid " + status.pid(), status.note()));
        }
        if (allUp) {
            out.println();
            infra.connectionDetails().forEach(line -> out.println("  " + line));
        }
        return allUp ? 0 : NOT_RUNNING;
    }

    int down(LocalInfrastructure infra, PrintStream out, PrintStream err) {
        List<LocalServer> servers = new ArrayList<>(infra.servers());
        java.util.Collections.reverse(servers);
        int exit = 0;
        for (LocalServer server : servers) {
            try {
                StopOutcome outcome = server.stop();
                line(out, server, switch (outcome) {
                    case STOPPED -> "stopped";
                    case NOT_RUNNING -> "was not running";
                    case LEFT_RUNNING -> server == infra.postgres() && infra.postgres().kind() == PostgresChoice.Kind.MACHINE
                            ? "left running (the machine's server; ./atelier did not start it)"
                            : "left running (not started from this work tree)";
                });
            } catch (InfraException e) {
                line(out, server, "FAILED to stop");
                err.println("atelier: " + server.name() + ": " + e.getMessage());
                exit = 1;
            }
        }
        return exit;
    }

    private static void line(PrintStream out, LocalServer server, String what) {
        synchronized (out) {
            out.println(String.format(Locale.ROOT, "  %-11s %-38s 127.0.0.1:%d", server.name(), what, server.port()));
        }
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }
}
