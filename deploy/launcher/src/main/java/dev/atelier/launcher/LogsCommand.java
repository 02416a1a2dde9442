package dev.atelier.launcher;

import dev.atelier.launcher.suite.SuiteService;
import dev.atelier.servers.InfraException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/** {@code ./atelier logs NAME}: the last lines of one component's log, then follows it until Ctrl-C. */
final class LogsCommand implements Subcommand {

    static final List<String> INFRASTRUCTURE = List.of("kafka", "s3", "keycloak");

    private final Supplier<LocalSuite> suites;

    LogsCommand(Supplier<LocalSuite> suites) {
        this.suites = suites;
    }

    @Override
    public String name() {
        return "logs";
    }

    @Override
    public String summary() {
        return "follow one component's log (Ctrl-C ends): " + String.join(", ", names());
    }

    @Override
    public String help() {
        return """
                Usage: ./atelier logs NAME [--no-follow]

                Prints the last 50 lines of NAME's log and follows it (like tail -f) until Ctrl-C.
                NAME: %s (PostgreSQL is the machine's server: its log is under /var/log/postgresql).
                """.formatted(String.join(", ", names()));
    }

    static List<String> names() {
        return java.util.stream.Stream.concat(SuiteService.ALL.stream().map(SuiteService::name), INFRASTRUCTURE.stream()).toList();
    }

    /** The log file of a component, by its short or module name. */
    static Optional<Path> logFile(Path dataDir, String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        Optional<SuiteService> service = SuiteService.byName(wanted);
        if (service.isPresent()) {
            return Optional.of(dataDir.resolve("logs").resolve(service.get().name() + ".log"));
        }
        if (wanted.equals("build")) {
            return Optional.of(dataDir.resolve("logs").resolve("build.log"));
        }
        return INFRASTRUCTURE.contains(wanted) ? Optional.of(dataDir.resolve(wanted).resolve("server.log")) : Optional.empty();
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || args.contains("--help") || args.contains("-h")) {
            (args.isEmpty() ? err : out).print(help());
            return args.isEmpty() ? 2 : 0;
        }
        boolean follow = !args.contains("--no-follow");
        List<String> names = args.stream().filter(arg -> !arg.equals("--no-follow")).toList();
        if (names.size() != 1) {
            err.print(help());
            return 2;
        }
        Optional<Path> log = logFile(suites.get().dataDir(), names.getFirst());
        if (log.isEmpty()) {
            err.println("atelier logs: no component '" + names.getFirst() + "'; one of " + String.join(", ", names()));
            return 2;
        }
        if (!Files.isRegularFile(log.get())) {
            err.println("atelier logs: " + log.get() + " does not exist yet (has it been started?)");
            return 1;
        }
        tail(log.get(), 50, follow, out);
        return 0;
    }

    static void tail(Path log, int lines, boolean follow, PrintStream out) {
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long length = file.length();
            long from = Math.max(0, length - 64 * 1024);
            file.seek(from);
            byte[] bytes = new byte[(int) (length - from)];
            file.readFully(bytes);
            List<String> all = new String(bytes, StandardCharsets.UTF_8).lines().toList();
            all.subList(Math.max(0, all.size() - lines), all.size()).forEach(out::println);
            long position = length;
            while (follow) {
                Thread.sleep(Duration.ofMillis(300));
                long now = file.length();
                if (now < position) { // truncated or replaced: start over
                    position = 0;
                }
                if (now > position) {
                    file.seek(position);
                    byte[] more = new byte[(int) Math.min(now - position, 1 << 20)];
                    file.readFully(more);
                    position += more.length;
                    out.print(new String(more, StandardCharsets.UTF_8));
                    out.flush();
                }
            }
        } catch (IOException e) {
            throw new InfraException("cannot read " + log + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
