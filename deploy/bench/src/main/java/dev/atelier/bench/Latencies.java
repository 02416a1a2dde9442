package dev.atelier.bench;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/** Latencies of one scenario (HdrHistogram, microseconds, 3 significant digits) and its failed calls. */
public final class Latencies {

    /** Anything slower than a minute is recorded as a minute: a stuck call, not a latency. */
    private static final long HIGHEST_MICROS = TimeUnit.MINUTES.toMicros(1);

    private final Histogram histogram = new ConcurrentHistogram(1, HIGHEST_MICROS, 3);
    private final AtomicLong errors = new AtomicLong();
    private final Map<String, LongAdder> reasons = new ConcurrentHashMap<>();

    public void record(long nanos) {
        histogram.recordValue(Math.clamp(TimeUnit.NANOSECONDS.toMicros(nanos), 1, HIGHEST_MICROS));
    }

    public void error() {
        errors.incrementAndGet();
    }

    /** A failed call and why: its HTTP status, or what went wrong ("io", "timeout", "SHORT"). */
    public void error(String reason) {
        errors.incrementAndGet();
        reasons.computeIfAbsent(reason, r -> new LongAdder()).increment();
    }

    /** "503×12, io×1" in name order; empty when no reason was given. */
    public String reasons() {
        return new TreeMap<>(reasons).entrySet().stream().map(e -> e.getKey() + "×" + e.getValue().sum())
                .collect(Collectors.joining(", "));
    }

    private String failed() {
        String why = reasons();
        return errors() + " failed" + (why.isEmpty() ? "" : ": " + why);
    }

    public long count() {
        return histogram.getTotalCount();
    }

    public long errors() {
        return errors.get();
    }

    /** The latency at a percentile, in milliseconds. */
    public double millisAt(double percentile) {
        return histogram.getValueAtPercentile(percentile) / 1000.0;
    }

    /** Percentiles only, for latencies that are not requests (the saga). */
    public String percentiles(String name) {
        if (count() == 0) {
            return String.format(Locale.ROOT, "  %-34s none measured (%s)", name, failed());
        }
        return String.format(Locale.ROOT, "  %-34s %14s   p50 %7.1f ms   p95 %7.1f ms   p99 %7.1f ms   (%d ok, %s)",
                name, "", millisAt(50), millisAt(95), millisAt(99), count(), failed());
    }
}
