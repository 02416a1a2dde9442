package dev.atelier.platform.outbox;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which claimed rows this relay may publish without breaking per-key order: for each key, the run
 * of claimed rows that starts at the key's oldest pending row and has no pending row of another
 * claimer (or one waiting for its retry) in between. Pure, so the rule is unit-tested on its own.
 */
final class PublishableRows {

    /** A pending row as seen by everyone: its id and key. */
    record PendingRow(long id, String key) {}

    private PublishableRows() {}

    /**
     * @param claimed rows this relay has locked, in id order
     * @param pending every pending row of the claimed keys up to the highest claimed id, in id order,
     *     whoever holds it
     * @return per key (in order of first claim), the rows to publish in id order; keys with nothing
     *     publishable are left out
     */
    static List<List<PendingEvent>> inKeyOrder(List<PendingEvent> claimed, List<PendingRow> pending) {
        Map<String, Deque<Long>> pendingByKey = new LinkedHashMap<>();
        for (PendingRow row : pending) {
            pendingByKey.computeIfAbsent(row.key(), key -> new ArrayDeque<>()).add(row.id());
        }
        Map<String, List<PendingEvent>> claimedByKey = new LinkedHashMap<>();
        for (PendingEvent event : claimed) {
            claimedByKey.computeIfAbsent(event.key(), key -> new ArrayList<>()).add(event);
        }
        List<List<PendingEvent>> publishable = new ArrayList<>();
        claimedByKey.forEach((key, events) -> {
            Deque<Long> before = pendingByKey.getOrDefault(key, new ArrayDeque<>());
            List<PendingEvent> run = new ArrayList<>();
            for (PendingEvent event : events) {
                Long next = before.pollFirst();
                if (next == null || next != event.id()) {
                    break;
                }
                run.add(event);
            }
            if (!run.isEmpty()) {
                publishable.add(List.copyOf(run));
            }
        });
        return publishable;
    }
}
