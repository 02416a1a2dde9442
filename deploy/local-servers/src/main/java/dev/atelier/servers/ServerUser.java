package dev.atelier.servers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalNotFoundException;
import java.util.ArrayList;
import java.util.List;

/**
 * The user a server runs as. PostgreSQL refuses to run as root, so as root it runs as {@code postgres}
 * (when that user exists) or else {@code nobody}, through {@code runuser}; otherwise as ourselves.
 *
 * @param name the other user, or null to run as the current one
 */
record ServerUser(String name) {

    static ServerUser forPostgres() {
        if (!"root".equals(System.getProperty("user.name"))) {
            return new ServerUser(null);
        }
        if (Command.onPath("runuser") == null) {
            throw new InfraException("PostgreSQL cannot run as root and runuser (util-linux) is not installed:"
                    + " run ./atelier as an ordinary user, or install util-linux.");
        }
        return new ServerUser(exists("postgres") ? "postgres" : "nobody");
    }

    boolean switches() {
        return name != null;
    }

    /** The command run as this user. */
    List<String> command(List<String> command) {
        List<String> full = new ArrayList<>();
        if (switches()) {
            full.addAll(List.of(Command.onPath("runuser").toString(), "-u", name, "--"));
        }
        full.addAll(command);
        return full;
    }

    /** Hands the path to this user; it must already be reachable (see {@link #mustReach}). */
    void own(Path path) {
        if (!switches()) {
            return;
        }
        try {
            Files.setOwner(path, principal(name));
        } catch (IOException e) {
            throw new InfraException("cannot hand " + path + " to the user " + name + ": " + e.getMessage(), e);
        }
    }

    /** Fails with what to do when another user cannot enter every folder above {@code dir}. */
    void mustReach(Path dir) {
        if (!switches()) {
            return;
        }
        for (Path parent = dir.toAbsolutePath().getParent(); parent != null; parent = parent.getParent()) {
            try {
                if (!Files.getPosixFilePermissions(parent).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                    throw new InfraException("PostgreSQL runs as the user " + name + " (it refuses root), who cannot enter "
                            + parent + ": allow it ('chmod o+x " + parent + "') or keep the work tree elsewhere.");
                }
            } catch (IOException e) {
                throw new InfraException("cannot read the permissions of " + parent + ": " + e.getMessage(), e);
            }
        }
    }

    private static boolean exists(String user) {
        try {
            principal(user);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static UserPrincipal principal(String user) throws IOException {
        try {
            return Path.of("/").getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(user);
        } catch (UserPrincipalNotFoundException e) {
            throw new IOException("no user " + user, e);
        }
    }
}
