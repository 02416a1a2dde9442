package dev.atelier.servers;

import java.nio.file.Files;
import java.nio.file.Path;

/** The Atelier work tree: found from {@code ATELIER_HOME} or by walking up from a folder inside it. */
public record Repository(Path root) {

    public static final String REALM_FILE = "identity/realm/atelier-realm.json";

    /** From {@code ATELIER_HOME} (set by {@code ./atelier}) or the current directory upwards. */
    public static Repository locate() {
        String home = System.getenv("ATELIER_HOME");
        if (home != null && !home.isBlank()) {
            return new Repository(Path.of(home).toAbsolutePath().normalize());
        }
        return locateFrom(Path.of("").toAbsolutePath());
    }

    public static Repository locateFrom(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(REALM_FILE)) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return new Repository(dir);
            }
        }
        throw new InfraException("cannot find the Atelier repository (a folder with pom.xml and " + REALM_FILE
                + ") in " + start + " or above; run from inside it or set ATELIER_HOME");
    }

    public Path realmFile() {
        return root.resolve(REALM_FILE);
    }

    /** Where local runs keep their data: {@code ATELIER_DATA_DIR} or {@code <repo>/.atelier} (git-ignored). */
    public Path dataDir() {
        String explicit = System.getenv("ATELIER_DATA_DIR");
        return explicit != null && !explicit.isBlank() ? Path.of(explicit).toAbsolutePath() : root.resolve(".atelier");
    }
}
