package dev.atelier.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The answers file a {@link WrkStream}'s script writes, a line per send ({@code sent}) and per answer
 * ({@code status id}, the id for a 201), counted as it grows: each look reads on from where the last
 * one stopped, whole lines only, so a stream's drain does not read the file again every poll.
 */
final class AnswersFile {

    private final Path path;
    private final List<String> accepted = new ArrayList<>();
    private final Map<String, Integer> refused = new TreeMap<>();
    private int sent;
    private long readUpTo;

    AnswersFile(Path path) {
        this.path = path;
    }

    /** The answers in the lines written so far; a line the script is still writing waits for the next look. */
    synchronized WrkStream.Answers answers() throws IOException {
        readOn();
        return new WrkStream.Answers(List.copyOf(accepted), new TreeMap<>(refused), unansweredSoFar());
    }

    /** The calls sent but not answered in the lines written so far, without copying the answers (a drain asks often). */
    synchronized int unanswered() throws IOException {
        readOn();
        return unansweredSoFar();
    }

    /** Deletes the file (the stream has ended). */
    void delete() throws IOException {
        Files.deleteIfExists(path);
    }

    private void readOn() throws IOException {
        try (SeekableByteChannel channel = Files.newByteChannel(path)) {
            channel.position(readUpTo);
            ByteBuffer unread = ByteBuffer.allocate((int) Math.max(0, channel.size() - readUpTo));
            while (unread.hasRemaining() && channel.read(unread) >= 0) {
                // the file only grows while it is read
            }
            int whole = afterLastNewline(unread.array(), unread.position());
            new String(unread.array(), 0, whole, StandardCharsets.UTF_8).lines().forEach(this::count);
            readUpTo += whole;
        }
    }

    private int unansweredSoFar() {
        // a few status codes at most: summing them on each look costs nothing worth a second count to keep in step
        int answered = accepted.size() + refused.values().stream().mapToInt(Integer::intValue).sum();
        return Math.max(0, sent - answered);
    }

    private void count(String line) {
        if (line.equals("sent")) {
            sent++;
            return;
        }
        String[] parts = line.split(" ", 2);
        if (parts[0].equals("201") && parts.length == 2 && !parts[1].isBlank()) {
            accepted.add(parts[1].strip());
        } else if (!parts[0].isBlank()) {
            refused.merge(parts[0], 1, Integer::sum);
        }
    }

    private static int afterLastNewline(byte[] bytes, int length) {
        for (int i = length - 1; i >= 0; i--) {
            if (bytes[i] == '\n') {
                return i + 1;
            }
        }
        return 0;
    }
}
