package dev.atelier.servers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The JDK that runs the server processes: 21 or newer (Keycloak needs it). */
public record Jdk(Path home, int feature) {

    public static final int MINIMUM = 21;
    private static final Pattern RELEASE_VERSION = Pattern.compile("(?m)^JAVA_VERSION=\"?(\\d+)(?:[.\"+-]|$)");

    /** {@code ATELIER_JAVA_HOME} when set, otherwise the JDK running this launcher. */
    public static Jdk forServers() {
        String wanted = System.getenv("ATELIER_JAVA_HOME");
        Jdk jdk = wanted != null && !wanted.isBlank()
                ? of(Path.of(wanted))
                : new Jdk(Path.of(System.getProperty("java.home")), Runtime.version().feature());
        return jdk.requireMinimum();
    }

    public static Jdk of(Path home) {
        Path release = home.resolve("release");
        try {
            int feature = Files.isRegularFile(release) ? parseFeature(Files.readString(release)) : 0;
            return new Jdk(home, feature);
        } catch (IOException e) {
            return new Jdk(home, 0);
        }
    }

    public Path java() {
        return home.resolve("bin").resolve("java");
    }

    public Jdk requireMinimum() {
        if (!Files.isExecutable(java())) {
            throw new InfraException("no Java at " + java() + ": set ATELIER_JAVA_HOME (or JAVA_HOME for ./atelier)"
                    + " to a JDK " + MINIMUM + " or newer.");
        }
        if (feature < MINIMUM) {
            throw new InfraException("the servers need a JDK " + MINIMUM + " or newer, but " + home + " is "
                    + (feature == 0 ? "of unknown version" : "Java " + feature)
                    + ": install one (e.g. 'apt-get install openjdk-21-jdk-headless') and set ATELIER_JAVA_HOME.");
        }
        return this;
    }

    /** The feature version in a JDK's {@code release} file ({@code JAVA_VERSION="25.0.1"} gives 25), or 0. */
    static int parseFeature(String releaseFile) {
        Matcher matcher = RELEASE_VERSION.matcher(releaseFile);
        if (!matcher.find()) {
            return 0;
        }
        int first = Integer.parseInt(matcher.group(1));
        if (first == 1) { // "1.8.0_392"
            Matcher legacy = Pattern.compile("(?m)^JAVA_VERSION=\"?1\\.(\\d+)").matcher(releaseFile);
            return legacy.find() ? Integer.parseInt(legacy.group(1)) : 0;
        }
        return first;
    }
}
