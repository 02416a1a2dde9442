package dev.atelier.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.platform.event.CloudEventAttributes;
import dev.atelier.platform.outbox.PublishableRows.PendingRow;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PublishableRowsTest {

    @Test
    void all_claimed_rows_are_publishable_when_nobody_else_holds_rows_of_their_keys() {
        List<PendingEvent> claimed = List.of(row(1, "a"), row(2, "b"), row(3, "a"));

        assertThat(ids(PublishableRows.inKeyOrder(claimed, pending(claimed)))).containsExactly(List.of(1L, 3L), List.of(2L));
    }

    @Test
    void a_key_whose_oldest_pending_row_is_held_elsewhere_is_skipped() {
        List<PendingEvent> claimed = List.of(row(2, "a"), row(3, "b"));
        List<PendingRow> pending = List.of(new PendingRow(1, "a"), new PendingRow(2, "a"), new PendingRow(3, "b"));

        assertThat(ids(PublishableRows.inKeyOrder(claimed, pending))).containsExactly(List.of(3L));
    }

    @Test
    void a_key_stops_at_the_first_row_held_elsewhere() {
        // Another relay claimed row 2 while this one claimed 1 and 3.
        List<PendingEvent> claimed = List.of(row(1, "a"), row(3, "a"), row(4, "a"));
        List<PendingRow> pending = List.of(new PendingRow(1, "a"), new PendingRow(2, "a"), new PendingRow(3, "a"),
                new PendingRow(4, "a"));

        assertThat(ids(PublishableRows.inKeyOrder(claimed, pending))).containsExactly(List.of(1L));
    }

    @Test
    void nothing_claimed_nothing_publishable() {
        assertThat(PublishableRows.inKeyOrder(List.of(), List.of())).isEmpty();
    }

    private static List<PendingRow> pending(List<PendingEvent> events) {
        return events.stream().map(event -> new PendingRow(event.id(), event.key())).toList();
    }

    private static PendingEvent row(long id, String key) {
        return new PendingEvent(id, "topic", new CloudEventAttributes(UUID.randomUUID(), "/test", "order.created",
                Instant.now(), key), "{}", 0);
    }

    private static List<List<Long>> ids(List<List<PendingEvent>> runs) {
        return runs.stream().map(run -> run.stream().map(PendingEvent::id).toList()).toList();
    }

}
