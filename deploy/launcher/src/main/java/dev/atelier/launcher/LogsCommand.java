package dev.atelier.launcher;

import dev.atelier.servers.InfraException;
import dev.atelier.suite.SuiteService;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code ./atelier logs NAME}: the last lines of one component's log, then follows it until Ctrl-C. */
@Command(name = "logs", header = "follow one component's log (Ctrl-C ends)",
        description = "Prints the last 50 lines of NAME's log and follows it (like tail -f) until Ctrl-C.",
        footer = "PostgreSQL is the machine's server: its log is under /var/log/postgresql.")
final class LogsCommand implements Callable<Integer> {

    static final List<String> INFRASTRUCTURE = List.of("kafka", "s3", "keycloak", "mail");

    private final Supplier<LocalSuite> suites;

    @ParentCommand
    private AtelierCli cli;

    @Parameters(paramLabel = "NAME", completionCandidates = Names.class,
            description = "One of ${COMPLETION-CANDIDATES} (or a service's module name).")
    String name;

    @Option(names = "--no-follow", description = "Print the last lines and return.")
    boolean noFollow;

    LogsCommand(Supplier<LocalSuite> suites) {
        this.suites = suites;
    }

    /** The names for the help (picocli's completion candidates). */
    static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return names().iterator();
        }
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
    public Integer call() {
        PrintStream out = cli.out();
        PrintStream err = cli.err();
        Optional<Path> log = logFile(suites.get().dataDir(), name);
        if (log.isEmpty()) {
            err.println("atelier logs: no component '" + name + "'; one of " + String.join(", ", names()));
            return 2;
        }
        if (!Files.isRegularFile(log.get())) {
            err.println("atelier logs: " + log.get() + " does not exist yet (has it been started?)");
            return 1;
        }
        tail(log.get(), 50, !noFollow, out);
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
