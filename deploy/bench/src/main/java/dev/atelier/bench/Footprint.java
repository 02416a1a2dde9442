package dev.atelier.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/** Resident memory (VmRSS, with child processes) of each component, and the six Spring applications' sum. */
public final class Footprint {

    /** One component: its name, whether it is one of the Spring applications, its VmRSS in kB when known. */
    public record Component(String name, boolean spring, OptionalLong kilobytes) {}

    private Footprint() {}

    public static long springKilobytes(List<Component> components) {
        return components.stream().filter(Component::spring).mapToLong(c -> c.kilobytes().orElse(0)).sum();
    }

    /** How many Spring applications the sum counts (the memory aim was set for six; notification-service made seven). */
    public static long springCount(List<Component> components) {
        return components.stream().filter(Component::spring).count();
    }

    /** A table with the "before", "after" and "settled" columns side by side. */
    public static void print(PrintStream out, List<Component> before, List<Component> after, List<Component> settled) {
        out.println(String.format(Locale.ROOT, "  %-12s %10s %10s %10s", "COMPONENT", "BEFORE", "AFTER", "SETTLED"));
        for (int i = 0; i < before.size(); i++) {
            Component b = before.get(i);
            out.println(String.format(Locale.ROOT, "  %-12s %10s %10s %10s", b.name(), mib(b.kilobytes()), mib(at(after, i)),
                    mib(at(settled, i))));
        }
        out.println(String.format(Locale.ROOT, "  %-12s %10s %10s %10s   (aim: under 2048 MiB)", springCount(before) + " Spring apps",
                mib(OptionalLong.of(springKilobytes(before))), mib(OptionalLong.of(springKilobytes(after))),
                mib(OptionalLong.of(springKilobytes(settled)))));
    }

    private static OptionalLong at(List<Component> components, int index) {
        return index < components.size() ? components.get(index).kilobytes() : OptionalLong.empty();
    }

    static String mib(OptionalLong kilobytes) {
        return kilobytes.isPresent() ? String.format(Locale.ROOT, "%d MiB", Math.round(kilobytes.getAsLong() / 1024.0)) : "-";
    }
}
