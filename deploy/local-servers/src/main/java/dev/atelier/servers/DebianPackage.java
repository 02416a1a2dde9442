package dev.atelier.servers;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A program the local runs need from Debian's packages (redis-server, wrk): the one on PATH, else the
 * package installed now with {@code apt-get} when this runs as root (the way CI installs PostgreSQL),
 * else a refusal that says what to install.
 *
 * @param executable the program's name on PATH
 * @param name the Debian package that has it
 * @param otherwise what else a user may do, appended to the refusal (may be empty)
 */
public record DebianPackage(String executable, String name, String otherwise) {

    public DebianPackage(String executable, String name) {
        this(executable, name, "");
    }

    private static final Duration APT_TIMEOUT = Duration.ofMinutes(5);

    /** The program's path, installing the package first when it is missing. */
    public Path binary() {
        Path found = Command.onPath(executable);
        if (found != null) {
            return found;
        }
        Path aptGet = Command.onPath("apt-get");
        if (aptGet == null || !"root".equals(System.getProperty("user.name"))) {
            throw new InfraException(executable + " is not installed: install it (e.g. 'apt-get install " + name + "')"
                    + (otherwise.isEmpty() ? "" : " " + otherwise) + ".");
        }
        install(aptGet);
        found = Command.onPath(executable);
        if (found == null) {
            throw new InfraException("apt-get installed " + name + " but there is still no " + executable + " on the PATH");
        }
        return found;
    }

    private synchronized void install(Path aptGet) {
        if (Command.onPath(executable) != null) {
            return;
        }
        List<String> install = List.of("env", "DEBIAN_FRONTEND=noninteractive", aptGet.toString(), "install", "-y", "-qq",
                name);
        Command.Result installed = Command.run(APT_TIMEOUT, null, install);
        if (!installed.succeeded()) {
            // a machine that never ran apt-get update has no package lists yet
            Command.run(APT_TIMEOUT, null, List.of(aptGet.toString(), "update", "-qq"));
            installed = Command.run(APT_TIMEOUT, null, install);
        }
        if (!installed.succeeded()) {
            throw new InfraException("could not install " + name + " with apt-get: " + installed.output());
        }
    }
}
