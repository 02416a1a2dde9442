package dev.atelier.bench;

import java.time.Duration;

/**
 * How long, how wide and how fast a benchmark run is; the bounds keep a run short and on
 * loopback-sized loads. The command line parses the values; this refuses the ones out of bounds.
 */
public record BenchOptions(Duration warmup, Duration duration, int connections, double rate) {

    public static final Duration DEFAULT_WARMUP = Duration.ofSeconds(30);
    public static final Duration DEFAULT_DURATION = Duration.ofSeconds(20);
    public static final int DEFAULT_CONNECTIONS = 16;
    public static final double DEFAULT_RATE = 20;

    static final Duration MAX_PHASE = Duration.ofMinutes(10);
    static final int MAX_CONNECTIONS = 1024;
    static final double MAX_RATE = 2000;

    public BenchOptions {
        if (warmup.isNegative() || warmup.compareTo(MAX_PHASE) > 0) {
            throw new IllegalArgumentException("--warmup must be 0 to " + MAX_PHASE.toMinutes() + "m");
        }
        if (!duration.isPositive() || duration.compareTo(MAX_PHASE) > 0) {
            throw new IllegalArgumentException("--duration must be above 0 to " + MAX_PHASE.toMinutes() + "m");
        }
        if (connections < 1 || connections > MAX_CONNECTIONS) {
            throw new IllegalArgumentException("--connections must be 1 to " + MAX_CONNECTIONS);
        }
        if (!(rate > 0) || rate > MAX_RATE) {
            throw new IllegalArgumentException("--rate must be above 0 and at most " + (long) MAX_RATE + " per second");
        }
    }

    public static BenchOptions defaults() {
        return new BenchOptions(DEFAULT_WARMUP, DEFAULT_DURATION, DEFAULT_CONNECTIONS, DEFAULT_RATE);
    }
}
