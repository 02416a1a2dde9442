package dev.atelier.deploy;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much of a container's memory limit a service's JVM may take as heap, from its options, and what must stay
 * free beside it: the images' JVM options are set once, in deploy/docker/Dockerfile.
 */
final class JvmMemory {

    /**
     * What a service's JVM holds resident outside its heap (metaspace, compiled code, thread stacks, GC structures,
     * Netty's buffers), with some room: 249-260 MiB measured for order-service and the gateway under load in a pod's
     * limits, up to 290 MiB for the busiest services under the launcher (docs/benchmark.md, twentieth slice).
     */
    static final long OUTSIDE_HEAP_MIB = 300;

    /** The JVM's default heap cap when no option sets one: a quarter of the memory it sees. */
    private static final double DEFAULT_MAX_RAM_PERCENTAGE = 25;

    private static final Pattern IMAGE_OPTIONS = Pattern.compile("JAVA_TOOL_OPTIONS=\"([^\"]*)\"");
    private static final Pattern XMX = Pattern.compile("(?:^|\\s)-Xmx(\\d+)([kKmMgG]?)(?=\\s|$)");
    private static final Pattern MAX_RAM_PERCENTAGE = Pattern.compile("-XX:MaxRAMPercentage=(\\d+(?:\\.\\d+)?)");
    private static final Pattern QUANTITY = Pattern.compile("(\\d+)\\s*([kKmMgG]i?[bB]?)?");

    private JvmMemory() {
    }

    /** The options every image starts its JVM with (the Dockerfile's {@code JAVA_TOOL_OPTIONS}). */
    static String imageOptions() {
        Matcher matcher = IMAGE_OPTIONS.matcher(Repo.read(Repo.root().resolve("deploy/docker/Dockerfile")));
        if (!matcher.find()) {
            throw new AssertionError("deploy/docker/Dockerfile sets no JAVA_TOOL_OPTIONS");
        }
        return matcher.group(1);
    }

    /** The largest heap the options allow under a limit: {@code -Xmx} if given (the last wins), else the percentage. */
    static long maxHeapMiB(String javaOptions, long limitMiB) {
        Long xmx = null;
        Matcher given = XMX.matcher(javaOptions);
        while (given.find()) {
            xmx = mebibytes(given.group(1) + given.group(2));
        }
        if (xmx != null) {
            return xmx;
        }
        double percentage = DEFAULT_MAX_RAM_PERCENTAGE;
        Matcher ratio = MAX_RAM_PERCENTAGE.matcher(javaOptions);
        while (ratio.find()) {
            percentage = Double.parseDouble(ratio.group(1));
        }
        return (long) (limitMiB * percentage / 100);
    }

    /** A memory quantity as Kubernetes ({@code 768Mi}, {@code 1Gi}), compose ({@code 768m}) or the JVM ({@code 256m}) write it. */
    static long mebibytes(String quantity) {
        Matcher matcher = QUANTITY.matcher(quantity.trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a memory quantity: " + quantity);
        }
        long number = Long.parseLong(matcher.group(1));
        String unit = matcher.group(2) == null ? "" : matcher.group(2).substring(0, 1).toLowerCase(Locale.ROOT);
        return switch (unit) {
            case "k" -> number / 1024;
            case "m" -> number;
            case "g" -> number * 1024;
            default -> number / (1024 * 1024);
        };
    }
}
