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
 * The closed loop by wrk (Debian's {@code wrk}: C, one event loop per thread, little CPU of its own):
 * one wrk process per phase with lead's current token, the call's method, body and content type set
 * by a small Lua script, which also prints the figures wrk's own summary lacks (p95) in one line.
 */
public final class WrkClosedLoad implements ClosedLoad {

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
            done = function(summary, latency, requests)
              local e = summary.errors
              io.write(string.format("ATELIER-WRK requests=%.0f duration_us=%.0f status_errors=%.0f socket_errors=%.0f p50=%.0f p95=%.0f p99=%.0f\\n",
                summary.requests, summary.duration, e.status, e.connect + e.read + e.write + e.timeout,
                latency:percentile(50), latency:percentile(95), latency:percentile(99)))
            end
            """;
    static final Pattern FIGURES = Pattern.compile("ATELIER-WRK requests=(\\d+) duration_us=(\\d+) status_errors=(\\d+) "
            + "socket_errors=(\\d+) p50=(\\d+) p95=(\\d+) p99=(\\d+)");

    private final Path wrk;
    private final BenchClient api;

    public WrkClosedLoad(Path wrk, BenchClient api) {
        this.wrk = wrk;
        this.api = api;
    }

    @Override
    public String tool() {
        return "wrk (" + wrk + ")";
    }

    @Override
    public Figures run(Call call, int connections, Duration warmup, Duration duration) throws IOException, InterruptedException {
        Path script = Files.createTempFile("atelier-bench-", ".lua");
        Path body = call.body() == null ? null : Files.createTempFile("atelier-bench-", ".body");
        try {
            Files.writeString(script, SCRIPT, StandardCharsets.UTF_8);
            if (body != null) {
                Files.write(body, call.body());
            }
            if (!warmup.isZero()) {
                phase(call, script, body, connections, warmup);
            }
            return parse(phase(call, script, body, connections, duration));
        } finally {
            Files.deleteIfExists(script);
            if (body != null) {
                Files.deleteIfExists(body);
            }
        }
    }

    private String phase(Call call, Path script, Path body, int connections, Duration duration) throws IOException, InterruptedException {
        List<String> command = command(wrk, call, script, connections, duration, api.bearer());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        environment.put("ATELIER_WRK_METHOD", call.method());
        environment.put("ATELIER_WRK_BODY", body == null ? "" : body.toString());
        environment.put("ATELIER_WRK_CONTENT_TYPE", call.contentType() == null ? "" : call.contentType());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(duration.toSeconds() + 60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("wrk did not finish: " + String.join(" ", command));
        }
        if (process.exitValue() != 0) {
            throw new IOException("wrk failed (exit " + process.exitValue() + "): " + output.strip());
        }
        return output;
    }

    /** The wrk command for one phase (the token as a header; threads no more than connections, at most 2). */
    static List<String> command(Path wrk, Call call, Path script, int connections, Duration duration, String bearer) {
        List<String> command = new ArrayList<>(List.of(wrk.toString(), "-t" + Math.min(2, connections), "-c" + connections,
                "-d" + Math.max(1, duration.toSeconds()) + "s", "--timeout", "30s", "-s", script.toString(),
                "-H", "Authorization: " + bearer, "-H", "Accept: application/json"));
        command.add(call.url());
        return command;
    }

    /** The figures from the script's line: successful calls are those under 400 (wrk counts the rest as status errors). */
    static Figures parse(String output) throws IOException {
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
        return new Figures(seconds <= 0 ? 0 : ok / seconds, micros(line.group(5)), micros(line.group(6)), micros(line.group(7)),
                ok, statusErrors + socketErrors, String.join(", ", reasons));
    }

    private static double micros(String value) {
        return Long.parseLong(value) / 1000.0;
    }
}
