package dev.atelier.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.platform.event.CloudEventAttributes;
import dev.atelier.platform.outbox.PublishableRows.ClaimedRow;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PublishableRowsTest {

    @Test
    void all_claimed_rows_are_publishable_when_nobody_else_holds_rows_of_their_keys() {
        List<ClaimedRow> claimed = List.of(free(1, "a"), free(2, "b"), free(3, "a"));

        assertThat(ids(PublishableRows.inKeyOrder(claimed))).containsExactly(List.of(1L, 3L), List.of(2L));
    }

    @Test
    void a_key_whose_oldest_pending_row_is_held_elsewhere_is_skipped() {
        // Another relay holds row 1 of key a.
        List<ClaimedRow> claimed = List.of(heldBack(2, "a"), free(3, "b"));

        assertThat(ids(PublishableRows.inKeyOrder(claimed))).containsExactly(List.of(3L));
    }

    @Test
    void a_key_stops_at_the_first_row_held_elsewhere() {
        // Another relay claimed row 2 while this one claimed 1, 3 and 4.
        List<ClaimedRow> claimed = List.of(free(1, "a"), heldBack(3, "a"), heldBack(4, "a"), free(5, "b"));

        assertThat(ids(PublishableRows.inKeyOrder(claimed))).containsExactly(List.of(1L), List.of(5L));
    }

    @Test
    void a_key_stays_stopped_after_a_held_back_row_even_if_a_later_row_is_not_flagged() {
        List<ClaimedRow> claimed = List.of(heldBack(2, "a"), free(3, "a"));

        assertThat(PublishableRows.inKeyOrder(claimed)).isEmpty();
    }

    @Test
    void nothing_claimed_nothing_publishable() {
        assertThat(PublishableRows.inKeyOrder(List.of())).isEmpty();
    }

    private static ClaimedRow free(long id, String key) {
        return new ClaimedRow(row(id, key), false);
    }

    private static ClaimedRow heldBack(long id, String key) {
        return new ClaimedRow(row(id, key), true);
    }

    private static PendingEvent row(long id, String key) {
        return new PendingEvent(id, "topic", new CloudEventAttributes(UUID.randomUUID(), "/test", "order.created",
                Instant.now(), key), "{}", 0);
    }

    private static List<List<Long>> ids(List<List<PendingEvent>> runs) {
        return runs.stream().map(run -> run.stream().map(PendingEvent::id).toList()).toList();
    }

}
