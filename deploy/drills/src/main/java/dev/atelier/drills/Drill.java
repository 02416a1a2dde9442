package dev.atelier.drills;

/**
 * One reliability drill of {@code ./atelier drill}: bounded in time, on loopback, against the running
 * local suite. It prints what it does into its {@link DrillReport} and records every expectation
 * there; a drill passes when none of them failed.
 */
public interface Drill {

    /** The word that selects it ({@code ./atelier drill oversell}). */
    String name();

    /** One line: what it does and what must hold. */
    String summary();

    void run(DrillContext context, DrillReport report) throws Exception;

    /** Whether it sends a burst that a cold suite, right after {@code ./atelier up}, cannot answer in time. */
    default boolean needsWarmSuite() {
        return false;
    }
}
