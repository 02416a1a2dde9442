package dev.atelier.servers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The file a server's pid is kept in, so that a later {@code ./atelier} finds the process again. */
final class PidFile {

    private final Path file;

    PidFile(Path file) {
        this.file = file.toAbsolutePath().normalize();
    }

    Path path() {
        return file;
    }

    Optional<Long> read() {
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            return Optional.of(Long.parseLong(Files.readString(file).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    void write(long pid) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, pid + System.lineSeparator(), StandardCharsets.UTF_8);
    }

    void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a leftover pid file is harmless: ServerProcess.runningPid() checks the process
        }
    }
}
