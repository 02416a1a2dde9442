package dev.atelier.platform.outbox;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which claimed rows this relay may publish without breaking per-key order: for each key, the run of
 * claimed rows up to the first one held back by an earlier pending row of its key that this relay did not
 * claim (another relay holds it). Pure, so the rule is unit-tested on its own.
 */
final class PublishableRows {

    /**
     * A claimed row, and whether an earlier pending row of its key is outside this relay's claim.
     *
     * @param heldBack an earlier unpublished row of the same key is not in the claim
     */
    record ClaimedRow(PendingEvent event, boolean heldBack) {}

    private PublishableRows() {}

    /**
     * @param claimed rows this relay has locked, in id order
     * @return per key (in order of first claim), the rows to publish in id order; keys with nothing
     *     publishable are left out
     */
    static List<List<PendingEvent>> inKeyOrder(List<ClaimedRow> claimed) {
        Map<String, List<PendingEvent>> runs = new LinkedHashMap<>();
        Set<String> stopped = new HashSet<>();
        for (ClaimedRow row : claimed) {
            String key = row.event().key();
            if (row.heldBack() || stopped.contains(key)) {
                stopped.add(key);
                continue;
            }
            runs.computeIfAbsent(key, k -> new ArrayList<>()).add(row.event());
        }
        return runs.values().stream().map(List::copyOf).toList();
    }
}
