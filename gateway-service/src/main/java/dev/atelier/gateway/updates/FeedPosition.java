package dev.atelier.gateway.updates;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.kafka.common.TopicPartition;

/**
 * How far a client has read the feed: for each topic partition, the offset of the last record it has
 * been given or skipped. It is the SSE {@code id} of every message, so a client that reconnects with
 * {@code Last-Event-ID} resumes exactly, at this gateway replica or any other (every replica reads every
 * partition). Written as {@code topic:partition:offset} entries joined by commas.
 */
record FeedPosition(Map<TopicPartition, Long> offsets) {

    private static final Comparator<TopicPartition> ORDER =
            Comparator.comparing(TopicPartition::topic).thenComparingInt(TopicPartition::partition);

    /** Upper bound on a position's text, so a hostile header cannot make the gateway parse megabytes. */
    static final int MAX_TEXT = 4_096;

    FeedPosition {
        offsets = Map.copyOf(offsets);
    }

    static FeedPosition empty() {
        return new FeedPosition(Map.of());
    }

    /** The offset last read on {@code partition}, or -1 (before its first record) when it is not part of this position. */
    long offsetOf(TopicPartition partition) {
        return offsets.getOrDefault(partition, -1L);
    }

    FeedPosition with(TopicPartition partition, long offset) {
        Map<TopicPartition, Long> next = new HashMap<>(offsets);
        next.put(partition, offset);
        return new FeedPosition(next);
    }

    String text() {
        TreeMap<TopicPartition, Long> sorted = new TreeMap<>(ORDER);
        sorted.putAll(offsets);
        return sorted.entrySet().stream()
            .map(entry -> entry.getKey().topic() + ":" + entry.getKey().partition() + ":" + entry.getValue())
            .collect(Collectors.joining(","));
    }

    /** The position a client sent back, or empty when it is not one this gateway wrote. */
    static Optional<FeedPosition> parse(String text) {
        if (text == null || text.isBlank() || text.length() > MAX_TEXT) {
            return Optional.empty();
        }
        Map<TopicPartition, Long> offsets = new HashMap<>();
        for (String entry : text.split(",", -1)) {
            String[] parts = entry.split(":", -1);
            if (parts.length != 3 || parts[0].isEmpty()) {
                return Optional.empty();
            }
            try {
                int partition = Integer.parseInt(parts[1]);
                long offset = Long.parseLong(parts[2]);
                if (partition < 0 || offset < -1) {
                    return Optional.empty();
                }
                offsets.put(new TopicPartition(parts[0], partition), offset);
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.of(new FeedPosition(offsets));
    }

    @Override
    public String toString() {
        return text();
    }
}
