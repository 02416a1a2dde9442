package dev.atelier.launcher.suite;

import dev.atelier.servers.InfraException;
import dev.atelier.suite.SuiteService;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Builds the services' jars when they are missing or older than what goes into them: the module's
 * sources and pom, the shared {@code platform} library and the root pom.
 */
public final class ServiceBuild {

    /** Folders and files whose changes every service jar depends on. */
    static final List<String> SHARED_INPUTS = List.of("pom.xml", "platform/pom.xml", "platform/src/main");

    private final Path root;

    public ServiceBuild(Path root) {
        this.root = root;
    }

    /** The services whose jar is missing or older than its newest input, in suite order. */
    public List<SuiteService> stale(List<SuiteService> services) {
        List<SuiteService> stale = new ArrayList<>();
        FileTime shared = newest(SHARED_INPUTS.stream().map(root::resolve).toList()).orElse(FileTime.fromMillis(0));
        for (SuiteService service : services) {
            Path jar = service.jar(root);
            if (!Files.isRegularFile(jar)) {
                stale.add(service);
                continue;
            }
            FileTime built = modified(jar);
            if (Files.isRegularFile(stamp(service)) && modified(stamp(service)).compareTo(built) > 0) {
                built = modified(stamp(service));
            }
            FileTime inputs = newest(List.of(service.moduleDir(root).resolve("pom.xml"), service.moduleDir(root).resolve("src/main")))
                    .orElse(FileTime.fromMillis(0));
            if (inputs.compareTo(built) > 0 || shared.compareTo(built) > 0) {
                stale.add(service);
            }
        }
        return stale;
    }

    /** Written after each successful build of the service: when its jar was last found up to date. */
    Path stamp(SuiteService service) {
        return service.moduleDir(root).resolve("target").resolve(".atelier-built");
    }

    /**
     * The Maven command that builds them (and what they depend on), tests skipped. Jars are always
     * written anew: when only the platform changed, the jar plugin would keep a service's jar (its own
     * classes are unchanged) and Spring Boot would skip it as already repackaged, with the old platform inside.
     */
    public List<String> command(List<SuiteService> services) {
        return List.of(root.resolve("mvnw").toString(), "-q", "-DskipTests", "-Dmaven.jar.forceCreation=true", "package", "-pl",
                String.join(",", services.stream().map(SuiteService::module).toList()), "-am");
    }

    /** Runs the build with its output in {@code log}; throws with the log's tail when it fails. */
    public void build(List<SuiteService> services, Path log) {
        List<String> command = command(services);
        try {
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
            if (!process.waitFor(30, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new InfraException("the build did not finish within 30 minutes; see " + log);
            }
            if (process.exitValue() != 0) {
                List<String> lines = Files.readAllLines(log);
                throw new InfraException("the build failed (" + String.join(" ", command) + "). Last lines of " + log + ":"
                        + System.lineSeparator() + String.join(System.lineSeparator(), lines.subList(Math.max(0, lines.size() - 30), lines.size())));
            }
            // Maven leaves an up-to-date jar untouched: a stamp says it was checked (the jar keeps its time,
            // so the extracted copy and its class-data archive stay valid)
            for (SuiteService service : services) {
                Files.createDirectories(stamp(service).getParent());
                Files.writeString(stamp(service), String.join(" ", command));
            }
        } catch (IOException e) {
            throw new InfraException("cannot run " + String.join(" ", command) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InfraException("interrupted while building", e);
        }
    }

    private static Optional<FileTime> newest(List<Path> paths) {
        Optional<FileTime> newest = Optional.empty();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(path)) {
                Optional<FileTime> here = files.filter(Files::isRegularFile).map(ServiceBuild::modified).max(FileTime::compareTo);
                if (here.isPresent() && (newest.isEmpty() || here.get().compareTo(newest.get()) > 0)) {
                    newest = here;
                }
            } catch (IOException | UncheckedIOException e) {
                // unreadable inputs: the jar is not provably stale
            }
        }
        return newest;
    }

    private static FileTime modified(Path path) {
        try {
            return Files.getLastModifiedTime(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
