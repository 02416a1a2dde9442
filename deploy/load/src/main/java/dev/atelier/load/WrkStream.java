package dev.atelier.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * A paced call that runs until stopped ({@link WrkLoad#stream}), the answers kept: wrk's script writes
 * a line per send and per answer, and stopping waits until every call sent has its answer, so the
 * caller knows the fate of everything it sent.
 */
public final class WrkStream implements AutoCloseable {

    /** How long a stopped stream waits for the answers of the calls it sent (wrk's own timeout is 30 s). */
    static final Duration DRAIN = Duration.ofMinutes(1);
    static final Duration POLL = Duration.ofMillis(100);

    /** What came back: the ids of the 201s in order, the other answers by status, and calls never answered. */
    public record Answers(List<String> accepted, Map<String, Integer> refused, int unanswered) {

        /** Everything that was not a 201, the unanswered ones as "no answer". */
        public Map<String, Integer> notAccepted() {
            Map<String, Integer> all = new TreeMap<>(refused);
            if (unanswered > 0) {
                all.put("no answer", unanswered);
            }
            return all;
        }
    }

    private final Process process;
    private final WrkLoad.PhaseFiles files;
    private final Path stop;
    private final Path output;
    private final Duration lastSlot;
    private final AnswersFile answersFile;

    WrkStream(Process process, WrkLoad.PhaseFiles files, Path answers, Path stop, Path output, Duration lastSlot) {
        this.process = process;
        this.files = files;
        this.answersFile = new AnswersFile(answers);
        this.stop = stop;
        this.output = output;
        this.lastSlot = lastSlot;
    }

    /** The answers so far. */
    public Answers answers() throws IOException {
        return answersFile.answers();
    }

    /**
     * Stops sending: waits until the calls already given a time have gone out, then (at most {@link #DRAIN})
     * until each has its answer, then ends wrk. Fails when wrk ended by itself with an error.
     */
    public Answers stop() throws IOException, InterruptedException {
        Files.writeString(stop, "stop");
        Thread.sleep(lastSlot);
        long deadline = System.nanoTime() + DRAIN.toNanos();
        while (answersFile.unanswered() > 0 && process.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(POLL);
        }
        if (!process.isAlive() && process.exitValue() != 0) {
            throw new IOException("wrk failed (exit " + process.exitValue() + "): " + Files.readString(output).strip());
        }
        process.destroy();
        process.waitFor(10, TimeUnit.SECONDS);
        return answers();
    }

    /** Ends wrk if it still runs and deletes its files. */
    @Override
    public void close() throws IOException {
        process.destroyForcibly();
        files.close();
        answersFile.delete();
        Files.deleteIfExists(stop);
        Files.deleteIfExists(output);
    }
}
