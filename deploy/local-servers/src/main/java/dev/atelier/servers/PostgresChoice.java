package dev.atelier.servers;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Which PostgreSQL a local run or a test run uses. {@code ATELIER_POSTGRES} = {@code machine} (the
 * machine's server or Debian cluster), {@code embedded} (PostgreSQL's binaries from Maven Central, run
 * by us) or {@code auto} (the default): the embedded one only when no PostgreSQL answers on the port and
 * no Debian cluster can be started here, so a machine with PostgreSQL keeps using it.
 */
public final class PostgresChoice {

    public static final String VARIABLE = "ATELIER_POSTGRES";

    public enum Kind {
        MACHINE,
        EMBEDDED
    }

    public enum Preference {
        AUTO,
        MACHINE,
        EMBEDDED;

        static Preference parse(String value) {
            if (value == null || value.isBlank()) {
                return AUTO;
            }
            try {
                return valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(VARIABLE + " must be auto, machine or embedded, not '" + value + "'");
            }
        }
    }

    private PostgresChoice() {}

    public static Preference preference() {
        return Preference.parse(System.getenv(VARIABLE));
    }

    /**
     * @param embeddedRunning our embedded server already runs (a later {@code ./atelier} must find it again)
     * @param answersOnPort some PostgreSQL answers on the configured port
     * @param clusterUsable a Debian cluster for the port can be started and given roles here
     */
    static Kind choose(Preference preference, boolean embeddedRunning, boolean answersOnPort, boolean clusterUsable) {
        return switch (preference) {
            case MACHINE -> Kind.MACHINE;
            case EMBEDDED -> Kind.EMBEDDED;
            case AUTO -> embeddedRunning || !(answersOnPort || clusterUsable) ? Kind.EMBEDDED : Kind.MACHINE;
        };
    }

    /** A local run's server on the configured port; the embedded one keeps its data in {@code <data>/postgres-embedded}. */
    public static PostgresServer forLocalRun(Path dataDir, int port) {
        EmbeddedPostgres embedded = new EmbeddedPostgres(dataDir.resolve("postgres-embedded"), port, ServerProcess.Mode.DETACHED);
        Preference preference = preference();
        Kind kind = preference == Preference.AUTO
                ? choose(preference, embedded.isRunning(), Ports.isListening(port), MachinePostgres.clusterUsable(port))
                : choose(preference, false, false, false);
        return kind == Kind.EMBEDDED ? embedded : new MachinePostgres(Ports.LOOPBACK, port, dataDir.resolve("postgres"));
    }

    /**
     * A test run's server: the machine's on {@code host:port}, or a throw-away embedded one on a free port in
     * {@code <scratch>/postgres}, stopped when the JVM exits.
     */
    public static PostgresServer forTests(String host, int port, Supplier<Path> scratch) {
        Preference preference = preference();
        Kind kind = preference == Preference.AUTO
                ? choose(preference, false, Ports.isListening(port), MachinePostgres.clusterUsable(port))
                : choose(preference, false, false, false);
        if (kind == Kind.MACHINE) {
            return new MachinePostgres(host, port);
        }
        return new EmbeddedPostgres(scratch.get().resolve("postgres"), Ports.freePort(), ServerProcess.Mode.CHILD);
    }
}
