package dev.atelier.servers;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;

/** A server's log: each start appends a header line, and a failure quotes the last lines. */
final class ServerLog {

    private static final int TAIL_BYTES = 16_384;

    private final Path file;

    ServerLog(Path file) {
        this.file = file.toAbsolutePath().normalize();
    }

    Path path() {
        return file;
    }

    void appendStart(String name, List<String> command) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "---- " + Instant.now() + " starting " + name + ": " + String.join(" ", command)
                + System.lineSeparator(), StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** The last {@code lines} lines (of the last 16 KiB at most). */
    String tail(int lines) {
        if (!Files.isRegularFile(file)) {
            return "(no log yet)";
        }
        try (RandomAccessFile log = new RandomAccessFile(file.toFile(), "r")) {
            long length = log.length();
            long from = Math.max(0, length - TAIL_BYTES);
            byte[] bytes = new byte[(int) (length - from)];
            log.seek(from);
            log.readFully(bytes);
            List<String> all = new String(bytes, StandardCharsets.UTF_8).lines().toList();
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(cannot read " + file + ": " + e.getMessage() + ")";
        }
    }
}
