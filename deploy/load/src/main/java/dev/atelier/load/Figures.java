package dev.atelier.load;

import java.util.Locale;

/**
 * What one measured closed-loop phase gave (wrk's summary): successful calls per second, latency
 * percentiles in milliseconds, and the failed calls with why.
 */
public record Figures(double perSecond, double p50, double p95, double p99, long ok, long failed, String reasons) {

    /** One report line: {@code name  1234.5 req/s  p50 ... p95 ... p99 ...  (n ok, e failed)}. */
    public String line(String name) {
        String failures = failed + " failed" + (reasons.isEmpty() ? "" : ": " + reasons);
        if (ok == 0) {
            return String.format(Locale.ROOT, "  %-34s no successful call (%s)", name, failures);
        }
        return String.format(Locale.ROOT, "  %-34s %8.1f req/s   p50 %7.1f ms   p95 %7.1f ms   p99 %7.1f ms   (%d ok, %s)",
                name, perSecond, p50, p95, p99, ok, failures);
    }
}
