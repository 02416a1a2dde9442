package dev.atelier.servers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The Keycloak distribution unpacked once into a cache outside the work tree
 * ({@code ${XDG_CACHE_HOME:-~/.cache}/atelier/keycloak-<version>}, or {@code ATELIER_CACHE_DIR}) and
 * shared by every Keycloak this machine runs: each instance keeps its database, import folder and
 * transaction logs in its own folder. The first start writes Keycloak's build step into the
 * distribution ({@code lib/quarkus}); later starts skip it.
 */
public final class KeycloakDistribution {

    private static final String STARTED_MARKER = ".atelier-first-start-done";

    private final Path home;

    private KeycloakDistribution(Path home) {
        this.home = home;
    }

    public Path home() {
        return home;
    }

    public Path kcScript() {
        return home.resolve("bin").resolve("kc.sh");
    }

    /** True once a Keycloak of this version has started from the cache (its build step is done). */
    public static boolean firstStartDone(String version, Path cacheRoot) {
        return Files.exists(cacheRoot.resolve("keycloak-" + version).resolve(STARTED_MARKER));
    }

    public static Path cacheRoot() {
        String explicit = System.getenv("ATELIER_CACHE_DIR");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("atelier");
    }

    /**
     * The unpacked distribution, unpacking the zip first if needed. Unpacks into a temporary folder
     * and renames it in one step, so a killed unpack never looks like a good one.
     */
    public static KeycloakDistribution unpacked(Path zip, String version, Path cacheRoot) {
        Path home = cacheRoot.resolve("keycloak-" + version);
        if (isComplete(home)) {
            return new KeycloakDistribution(home);
        }
        Path temp = null;
        try {
            Files.createDirectories(cacheRoot);
            removeAbandonedUnpacks(cacheRoot);
            temp = Files.createTempDirectory(cacheRoot, ".keycloak-" + version + ".unpacking-");
            unzipStrippingTopFolder(zip, temp);
            if (!isComplete(temp)) {
                throw new InfraException(zip + " does not look like a Keycloak distribution (no bin/kc.sh or lib/quarkus-run.jar)");
            }
            try {
                Files.move(temp, home, StandardCopyOption.ATOMIC_MOVE);
                temp = null;
            } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
                // another process unpacked it at the same time: use theirs
            }
        } catch (IOException e) {
            throw new InfraException("cannot unpack Keycloak " + zip + " into " + home + ": " + e.getMessage(), e);
        } finally {
            if (temp != null) {
                deleteRecursively(temp);
            }
        }
        if (!isComplete(home)) {
            throw new InfraException("Keycloak in " + home + " is incomplete: delete that folder and try again");
        }
        return new KeycloakDistribution(home);
    }

    /**
     * Until one start has finished, Keycloak's build step writes into the shared distribution; this
     * lock makes a second process (a test run next to {@code ./atelier infra up}) wait for the first.
     * Returns null when the build step is already done.
     */
    FirstStart firstStart() {
        if (Files.exists(home.resolve(STARTED_MARKER))) {
            return null;
        }
        try {
            FileChannel channel = FileChannel.open(home.getParent().resolve(home.getFileName() + ".first-start.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.lock();
            if (Files.exists(home.resolve(STARTED_MARKER))) {
                lock.release();
                channel.close();
                return null;
            }
            return new FirstStart(channel, lock);
        } catch (IOException | java.nio.channels.OverlappingFileLockException e) {
            return null; // without a lock the worst case is a repeated build step, not a failure
        }
    }

    /** Holds the first-start lock until Keycloak answered once. */
    final class FirstStart {
        private final FileChannel channel;
        private final FileLock lock;

        private FirstStart(FileChannel channel, FileLock lock) {
            this.channel = channel;
            this.lock = lock;
        }

        void finish(boolean succeeded) {
            try {
                if (succeeded) {
                    Files.writeString(home.resolve(STARTED_MARKER), Instant.now() + System.lineSeparator());
                }
                lock.release();
                channel.close();
            } catch (IOException e) {
                // released when the JVM exits anyway
            }
        }
    }

    private static boolean isComplete(Path home) {
        return Files.isRegularFile(home.resolve("bin/kc.sh")) && Files.isRegularFile(home.resolve("lib/quarkus-run.jar"));
    }

    private static void unzipStrippingTopFolder(Path zip, Path target) throws IOException {
        try (InputStream file = Files.newInputStream(zip); ZipInputStream in = new ZipInputStream(file)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                String name = entry.getName();
                int slash = name.indexOf('/');
                String relative = slash < 0 ? "" : name.substring(slash + 1);
                if (relative.isEmpty()) {
                    continue;
                }
                Path out = target.resolve(relative).normalize();
                if (!out.startsWith(target)) {
                    throw new IOException("unsafe entry in zip: " + name);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                    if (relative.startsWith("bin/") && relative.endsWith(".sh")) {
                        out.toFile().setExecutable(true, false);
                    }
                }
            }
        }
    }

    private static void removeAbandonedUnpacks(Path cacheRoot) throws IOException {
        Instant cutoff = Instant.now().minus(Duration.ofHours(1));
        try (Stream<Path> entries = Files.list(cacheRoot)) {
            entries.filter(path -> path.getFileName().toString().startsWith(".keycloak-")
                            && path.getFileName().toString().contains(".unpacking-"))
                    .filter(path -> lastModified(path).toInstant().isBefore(cutoff))
                    .forEach(KeycloakDistribution::deleteRecursively);
        }
    }

    private static FileTime lastModified(Path path) {
        try {
            return Files.getLastModifiedTime(path);
        } catch (IOException e) {
            return FileTime.from(Instant.now());
        }
    }

    static void deleteRecursively(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    // best effort
                }
            });
        } catch (IOException e) {
            // best effort
        }
    }
}
