package dev.atelier.launcher.bench;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The words after {@code ./atelier bench}: what to do ({@code seed}, {@code unseed}, or the run) and
 * how long, how wide and how fast the run is.
 */
public record BenchOptions(Action action, Duration warmup, Duration duration, int connections, double rate,
                           long orders, boolean seedFirst, Tool tool) {

    public enum Action { RUN, SEED, UNSEED, HELP }

    /** What drives the closed loops: wrk when installed (AUTO), or the one asked for. */
    public enum Tool { AUTO, WRK, JAVA }

    public static final Duration DEFAULT_WARMUP = Duration.ofSeconds(30);
    public static final Duration DEFAULT_DURATION = Duration.ofSeconds(20);
    public static final int DEFAULT_CONNECTIONS = 16;
    public static final double DEFAULT_RATE = 20;
    public static final long DEFAULT_ORDERS = 1_000_000;

    /** Bounds that keep a run short and on loopback-sized loads. */
    static final Duration MAX_PHASE = Duration.ofMinutes(10);
    static final int MAX_CONNECTIONS = 1024;
    static final double MAX_RATE = 2000;
    static final long MAX_ORDERS = 20_000_000;

    public static BenchOptions parse(List<String> args) {
        Action action = Action.RUN;
        Duration warmup = DEFAULT_WARMUP;
        Duration duration = DEFAULT_DURATION;
        int connections = DEFAULT_CONNECTIONS;
        double rate = DEFAULT_RATE;
        long orders = DEFAULT_ORDERS;
        boolean seedFirst = false;
        Tool tool = Tool.AUTO;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "seed" -> action = only(action, Action.SEED, arg);
                case "unseed" -> action = only(action, Action.UNSEED, arg);
                case "--help", "-h", "help" -> action = Action.HELP;
                case "--seed" -> seedFirst = true;
                case "--warmup" -> warmup = duration(arg, value(args, ++i, arg), true);
                case "--duration" -> duration = duration(arg, value(args, ++i, arg), false);
                case "--connections" -> connections = (int) number(arg, value(args, ++i, arg), 1, MAX_CONNECTIONS);
                case "--rate" -> rate = decimal(arg, value(args, ++i, arg));
                case "--orders" -> orders = number(arg, value(args, ++i, arg), 1, MAX_ORDERS);
                case "--tool" -> tool = tool(value(args, ++i, arg));
                default -> throw new IllegalArgumentException("bench: unknown option '" + arg + "' (./atelier bench --help)");
            }
        }
        if (seedFirst && action != Action.RUN && action != Action.HELP) {
            throw new IllegalArgumentException("bench: --seed goes with the run, not with '" + action.name().toLowerCase(Locale.ROOT) + "'");
        }
        return new BenchOptions(action, warmup, duration, connections, rate, orders, seedFirst, tool);
    }

    private static Tool tool(String text) {
        return switch (text) {
            case "wrk" -> Tool.WRK;
            case "java" -> Tool.JAVA;
            default -> throw new IllegalArgumentException("bench: --tool is wrk or java, not '" + text + "'");
        };
    }

    private static Action only(Action current, Action wanted, String word) {
        if (current != Action.RUN && current != Action.HELP) {
            throw new IllegalArgumentException("bench: '" + word + "' cannot follow '" + current.name().toLowerCase(Locale.ROOT) + "'");
        }
        return current == Action.HELP ? Action.HELP : wanted;
    }

    private static String value(List<String> args, int index, String option) {
        if (index >= args.size() || args.get(index).startsWith("--")) {
            throw new IllegalArgumentException("bench: " + option + " needs a value");
        }
        return args.get(index);
    }

    /** {@code 20}, {@code 20s}, {@code 2m}, {@code 500ms}. */
    static Duration duration(String option, String text, boolean zeroAllowed) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        Duration parsed;
        try {
            if (t.endsWith("ms")) {
                parsed = Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
            } else if (t.endsWith("s")) {
                parsed = Duration.ofSeconds(Long.parseLong(t.substring(0, t.length() - 1)));
            } else if (t.endsWith("m")) {
                parsed = Duration.ofMinutes(Long.parseLong(t.substring(0, t.length() - 1)));
            } else {
                parsed = Duration.ofSeconds(Long.parseLong(t));
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bench: " + option + " '" + text + "' is not a duration (e.g. 20s, 2m, 500ms)");
        }
        if (parsed.isNegative() || (!zeroAllowed && parsed.isZero()) || parsed.compareTo(MAX_PHASE) > 0) {
            throw new IllegalArgumentException("bench: " + option + " must be " + (zeroAllowed ? "0" : "above 0") + " to " + MAX_PHASE.toMinutes() + "m");
        }
        return parsed;
    }

    private static long number(String option, String text, long min, long max) {
        long value;
        try {
            value = Long.parseLong(text.replace("_", "").replace(",", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bench: " + option + " '" + text + "' is not a whole number");
        }
        if (value < min || value > max) {
            throw new IllegalArgumentException("bench: " + option + " must be " + min + " to " + max);
        }
        return value;
    }

    private static double decimal(String option, String text) {
        double value;
        try {
            value = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bench: " + option + " '" + text + "' is not a number");
        }
        if (!(value > 0) || value > MAX_RATE) {
            throw new IllegalArgumentException("bench: " + option + " must be above 0 and at most " + (long) MAX_RATE + " per second");
        }
        return value;
    }
}
