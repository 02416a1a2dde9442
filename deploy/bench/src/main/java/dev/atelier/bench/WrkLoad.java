package dev.atelier.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bench's one load engine, wrk (Debian's {@code wrk}: C, one event loop per thread, little CPU of its
 * own): one wrk process per phase with lead's current token, the call's method, body and content type
 * set by a small Lua script, which also prints the figures wrk's own summary lacks (p95) in one line.
 * For a paced phase the script's {@code delay()} holds each call until it is due; wrk asks it whenever a
 * connection is free, so a call sent later than due means no connection was, and the script counts it.
 */
public final class WrkLoad implements Load {

    static final String SCRIPT = """
            -- written by ./atelier bench: the call from the environment, the figures in one line
            wrk.method = os.getenv("ATELIER_WRK_METHOD") or "GET"
            local body = os.getenv("ATELIER_WRK_BODY")
            if body and body ~= "" then
              local file = assert(io.open(body, "rb"))
              wrk.body = file:read("*a")
              file:close()
            end
            local contentType = os.getenv("ATELIER_WRK_CONTENT_TYPE")
            if contentType and contentType ~= "" then
              wrk.headers["Content-Type"] = contentType
            end
            local rate = tonumber(os.getenv("ATELIER_WRK_RATE") or "")
            if rate then
              -- paced: call n is due n / rate seconds after the first, on the monotonic clock
              local ffi = require("ffi")
              ffi.cdef[[
                typedef struct { long sec; long nsec; } atelier_timespec;
                int clock_gettime(int clock, atelier_timespec *now);
              ]]
              local now = ffi.new("atelier_timespec")
              local function millis()
                ffi.C.clock_gettime(1, now)
                return tonumber(now.sec) * 1e3 + tonumber(now.nsec) / 1e6
              end
              local first, due = nil, 0
              late, latest = 0, 0
              delay = function()
                local t = millis()
                first = first or t
                local wait = first + due * 1e3 / rate - t
                due = due + 1
                if wait < -1 then
                  late = late + 1
                  latest = math.max(latest, -wait)
                end
                return math.max(0, math.floor(wait))
              end
            end
            local threads = {}
            setup = function(thread)
              table.insert(threads, thread)
            end
            done = function(summary, latency, requests)
              local e = summary.errors
              local late, latest = 0, 0
              for _, thread in ipairs(threads) do
                late = late + (thread:get("late") or 0)
                latest = math.max(latest, thread:get("latest") or 0)
              end
              io.write(string.format("ATELIER-WRK requests=%.0f duration_us=%.0f status_errors=%.0f socket_errors=%.0f p50=%.0f p95=%.0f p99=%.0f late=%.0f latest_us=%.0f\\n",
                summary.requests, summary.duration, e.status, e.connect + e.read + e.write + e.timeout,
                latency:percentile(50), latency:percentile(95), latency:percentile(99), late, latest * 1e3))
            end
            """;
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
                wrk(call, files, closedShape(connections, warmup), null);
            }
            return parse(wrk(call, files, closedShape(connections, duration), null)).answers();
        }
    }

    @Override
    public PacedFigures paced(Call call, double perSecond, Duration duration) throws IOException, InterruptedException {
        try (PhaseFiles files = new PhaseFiles(call)) {
            return parse(wrk(call, files, pacedShape(perSecond, duration), perSecond));
        }
    }

    /** The script and the body wrk reads, in temporary files for one phase. */
    private static final class PhaseFiles implements AutoCloseable {
        final Path script;
        final Path body;

        PhaseFiles(Call call) throws IOException {
            script = Files.createTempFile("atelier-bench-", ".lua");
            Files.writeString(script, SCRIPT, StandardCharsets.UTF_8);
            body = call.body() == null ? null : Files.write(Files.createTempFile("atelier-bench-", ".body"), call.body());
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

    private String wrk(Call call, PhaseFiles files, Shape shape, Double perSecond) throws IOException, InterruptedException {
        List<String> command = command(wrk, call, files.script, shape, bearer.header());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        environment.put("ATELIER_WRK_METHOD", call.method());
        environment.put("ATELIER_WRK_BODY", files.body == null ? "" : files.body.toString());
        environment.put("ATELIER_WRK_CONTENT_TYPE", call.contentType() == null ? "" : call.contentType());
        if (perSecond != null) {
            environment.put("ATELIER_WRK_RATE", Double.toString(perSecond));
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(shape.duration().toSeconds() + 60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("wrk did not finish: " + String.join(" ", command));
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

    /**
     * The figures from the script's line: successful calls are those under 400 (wrk counts the rest as
     * status errors); a closed loop sends no call late.
     */
    static PacedFigures parse(String output) throws IOException {
        Matcher line = FIGURES.matcher(output);
        if (!line.find()) {
            throw new IOException("wrk printed no figures: " + output.strip());
        }
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
        Figures answers = new Figures(seconds <= 0 ? 0 : ok / seconds, micros(line.group(5)), micros(line.group(6)),
                micros(line.group(7)), ok, statusErrors + socketErrors, String.join(", ", reasons));
        return new PacedFigures(answers, Long.parseLong(line.group(8)), micros(line.group(9)));
    }

    private static double micros(String value) {
        return Long.parseLong(value) / 1000.0;
    }
}
