package dev.atelier.launcher;

import dev.atelier.servers.InfraException;
import dev.atelier.servers.KeycloakDistribution;
import dev.atelier.servers.LocalServer.StartOutcome;
import dev.atelier.servers.LocalServer.StopOutcome;
import dev.atelier.servers.LocalServer;
import dev.atelier.servers.Repository;
import dev.atelier.servers.ServerStatus;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/** {@code ./atelier infra up|status|down}: the local PostgreSQL, Kafka, S3, Keycloak and Redis. */
final class InfraCommand implements Subcommand {

    /** Exit code of {@code status} when something is down (as LSB init scripts do). */
    static final int NOT_RUNNING = 3;

    private final Supplier<LocalInfrastructure> infrastructure;

    InfraCommand(Supplier<LocalInfrastructure> infrastructure) {
        this.infrastructure = infrastructure;
    }

    static InfraCommand standard() {
        return new InfraCommand(() -> new LocalInfrastructure(Repository.locate(), LocalSettings.fromEnvironment()));
    }

    @Override
    public String name() {
        return "infra";
    }

    @Override
    public String summary() {
        return "start, show or stop the local PostgreSQL, Kafka, S3, Keycloak and Redis";
    }

    @Override
    public String help() {
        return """
                Usage: ./atelier infra <up|status|down>

                  up      start PostgreSQL (5432), Kafka (9092), S3 (9000), Keycloak (8180) and Redis (6379) on 127.0.0.1,
                          wait until each answers, create one database and role per service, create the
                          S3 bucket, import the Keycloak realm, and print what runs where. Idempotent.
                  status  show what runs where (exit 0 when all five are up, 3 otherwise)
                  down    stop what 'up' started; the machine's PostgreSQL keeps running unless 'up' started it

                Data (kept across restarts): <repo>/.atelier/, logs in .atelier/<server>/server.log.
                Keycloak is unpacked once into ~/.cache/atelier/. Ports and credentials can be changed with
                environment variables, see docs/local-infrastructure.md.
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || args.contains("--help") || args.contains("-h") || args.getFirst().equals("help")) {
            out.print(help());
            return args.isEmpty() ? 2 : 0;
        }
        if (args.size() > 1) {
            err.println("atelier infra: unexpected arguments " + args.subList(1, args.size()));
            err.print(help());
            return 2;
        }
        return switch (args.getFirst()) {
            case "up" -> up(infrastructure.get(), out, err);
            case "status" -> status(infrastructure.get(), out);
            case "down" -> down(infrastructure.get(), out, err);
            default -> {
                err.println("atelier infra: unknown command '" + args.getFirst() + "'");
                err.print(help());
                yield 2;
            }
        };
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
                    case LEFT_RUNNING -> server == infra.postgres()
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
