package dev.atelier.load;

import dev.atelier.servers.DebianPackage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one load engine of the benchmark and the drills, wrk (Debian's {@code wrk}: C, one event loop per
 * thread, little CPU of its own): one wrk process per phase with the caller's current token, the
 * call's method, body and content type set by a Lua script ({@code wrk-load.lua}), which also prints
 * the figures wrk's own summary lacks (p95, calls sent late) in one line. For a paced phase the
 * script's {@code delay()} holds each call until it is due; wrk asks it whenever a connection is free,
 * so a call sent later than due means none was, and the script counts it.
 */
public final class WrkLoad implements Load {

    /** The package that brings wrk, installed with apt-get when missing (as root). */
    public static final DebianPackage WRK = new DebianPackage("wrk", "wrk");

    static final String SCRIPT = script();
    static final Pattern FIGURES = Pattern.compile("ATELIER-WRK requests=(\\d+) duration_us=(\\d+) status_errors=(\\d+) "
            + "socket_errors=(\\d+) p50=(\\d+) p95=(\\d+) p99=(\\d+) late=(\\d+) latest_us=(\\d+)");

    /** Connections of a paced phase: one per call a second, so a call may take a second before one is short. */
    static final int PACED_MIN_CONNECTIONS = 16;
    static final int PACED_MAX_CONNECTIONS = 512;

    /** The Authorization header's value of the moment (tokens expire; each phase asks again). */
    @FunctionalInterface
    public interface Bearer {
        String header() throws IOException, InterruptedException;
    }

    private final Path wrk;
    private final Bearer bearer;

    public WrkLoad(Path wrk, Bearer bearer) {
        this.wrk = wrk;
        this.bearer = bearer;
    }

    @Override
    public String tool() {
        return "wrk (" + wrk + ")";
    }

    @Override
    public Figures closed(Call call, int connections, Duration warmup, Duration duration) throws IOException, InterruptedException {
        try (PhaseFiles files = new PhaseFiles(call)) {
            if (!warmup.isZero()) {
                run(process(call, files, closedShape(connections, warmup), Map.of()), warmup);
            }
            return closedFigures(run(process(call, files, closedShape(connections, duration), Map.of()), duration));
        }
    }

    @Override
    public PacedFigures paced(Call call, double perSecond, Duration duration) throws IOException, InterruptedException {
        try (PhaseFiles files = new PhaseFiles(call)) {
            return pacedFigures(run(process(call, files, pacedShape(perSecond, duration), rate(perSecond)), duration));
        }
    }

    /**
     * The call paced at {@code perSecond} from now until {@link WrkStream#stop()}, at most {@code longest};
     * every answer is kept. The token is the one of the start: keep it shorter than the token's life.
     */
    public WrkStream stream(Call call, double perSecond, Duration longest) throws IOException, InterruptedException {
        PhaseFiles files = new PhaseFiles(call);
        try {
            Path answers = Files.createTempFile("atelier-load-", ".answers");
            Path stop = files.script.resolveSibling(files.script.getFileName() + ".stop");
            Shape shape = pacedShape(perSecond, longest);
            Map<String, String> environment = new HashMap<>(rate(perSecond));
            environment.put("ATELIER_WRK_ANSWERS", answers.toString());
            environment.put("ATELIER_WRK_STOP", stop.toString());
            Path output = Files.createTempFile("atelier-load-", ".out");
            ProcessBuilder builder = process(call, files, shape, environment).redirectOutput(output.toFile());
            // a connection holds the next free slot, so the last call given one is due at most this far ahead
            Duration lastSlot = Duration.ofMillis((long) (1000 * shape.connections() / perSecond) + 1000);
            return new WrkStream(builder.start(), files, answers, stop, output, lastSlot);
        } catch (IOException | RuntimeException e) {
            files.close();
            throw e;
        }
    }

    private static Map<String, String> rate(double perSecond) {
        return Map.of("ATELIER_WRK_RATE", Double.toString(perSecond));
    }

    /** The script and the body wrk reads, in temporary files for one phase. */
    static final class PhaseFiles implements AutoCloseable {
        final Path script;
        final Path body;

        PhaseFiles(Call call) throws IOException {
            script = Files.createTempFile("atelier-load-", ".lua");
            Files.writeString(script, SCRIPT, StandardCharsets.UTF_8);
            body = call.body() == null ? null : Files.write(Files.createTempFile("atelier-load-", ".body"), call.body());
        }

        @Override
        public void close() throws IOException {
            Files.deleteIfExists(script);
            if (body != null) {
                Files.deleteIfExists(body);
            }
        }
    }

    /** wrk's threads, connections and length for one phase. */
    record Shape(int threads, int connections, Duration duration) {}

    /** A closed loop: two threads (the machine's cores) unless there is only one connection. */
    static Shape closedShape(int connections, Duration duration) {
        return new Shape(Math.min(2, connections), connections, duration);
    }

    /** A paced loop: one thread keeps the schedule; a connection per call a second, within bounds. */
    static Shape pacedShape(double perSecond, Duration duration) {
        int connections = (int) Math.clamp((long) Math.ceil(perSecond), PACED_MIN_CONNECTIONS, PACED_MAX_CONNECTIONS);
        return new Shape(1, connections, duration);
    }

    private ProcessBuilder process(Call call, PhaseFiles files, Shape shape, Map<String, String> extra)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command(wrk, call, files.script, shape, bearer.header())).redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        environment.put("ATELIER_WRK_METHOD", call.method());
        environment.put("ATELIER_WRK_BODY", files.body == null ? "" : files.body.toString());
        environment.put("ATELIER_WRK_CONTENT_TYPE", call.contentType() == null ? "" : call.contentType());
        environment.putAll(extra);
        return builder;
    }

    private static String run(ProcessBuilder builder, Duration duration) throws IOException, InterruptedException {
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(duration.toSeconds() + 60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("wrk did not finish: " + String.join(" ", builder.command()));
        }
        if (process.exitValue() != 0) {
            throw new IOException("wrk failed (exit " + process.exitValue() + "): " + output.strip());
        }
        return output;
    }

    /** The wrk command for one phase (the token as a header). */
    static List<String> command(Path wrk, Call call, Path script, Shape shape, String bearer) {
        List<String> command = new ArrayList<>(List.of(wrk.toString(), "-t" + shape.threads(), "-c" + shape.connections(),
                "-d" + Math.max(1, shape.duration().toSeconds()) + "s", "--timeout", "30s", "-s", script.toString(),
                "-H", "Authorization: " + bearer, "-H", "Accept: application/json"));
        command.add(call.url());
        return command;
    }

    /** A closed loop's figures from the script's line (it sends no call late). */
    static Figures closedFigures(String output) throws IOException {
        return figures(figuresLine(output));
    }

    /** A paced loop's figures from the script's line, with the calls that went out later than due. */
    static PacedFigures pacedFigures(String output) throws IOException {
        Matcher line = figuresLine(output);
        return new PacedFigures(figures(line), Long.parseLong(line.group(8)), micros(line.group(9)));
    }

    private static Matcher figuresLine(String output) throws IOException {
        Matcher line = FIGURES.matcher(output);
        if (!line.find()) {
            throw new IOException("wrk printed no figures: " + output.strip());
        }
        return line;
    }

    /** Successful calls are those under 400 (wrk counts the rest as status errors). */
    private static Figures figures(Matcher line) {
        long requests = Long.parseLong(line.group(1));
        double seconds = Long.parseLong(line.group(2)) / 1e6;
        long statusErrors = Long.parseLong(line.group(3));
        long socketErrors = Long.parseLong(line.group(4));
        long ok = requests - statusErrors;
        List<String> reasons = new ArrayList<>();
        if (statusErrors > 0) {
            reasons.add("4xx/5xx×" + statusErrors);
        }
        if (socketErrors > 0) {
            reasons.add("socket×" + socketErrors);
        }
        return new Figures(seconds <= 0 ? 0 : ok / seconds, micros(line.group(5)), micros(line.group(6)),
                micros(line.group(7)), ok, statusErrors + socketErrors, String.join(", ", reasons));
    }

    private static double micros(String value) {
        return Long.parseLong(value) / 1000.0;
    }

    private static String script() {
        try (InputStream in = WrkLoad.class.getResourceAsStream("wrk-load.lua")) {
            if (in == null) {
                throw new IllegalStateException("wrk-load.lua is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
