package dev.atelier.gateway.updates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class UpdateLogTest {

    private static final TopicPartition ORDERS_0 = new TopicPartition("atelier.order-events", 0);
    private static final TopicPartition ORDERS_1 = new TopicPartition("atelier.order-events", 1);
    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
    private static final UUID ORDER = UUID.fromString("11111111-1111-1111-1111-111111111111");
    private static final UUID OTHER_ORDER = UUID.fromString("22222222-2222-2222-2222-222222222222");
    private static final UpdateFilter EVERYTHING = UpdateFilter.of(false, null, null, null, null);

    private final JsonMapper json = JsonMapper.builder().build();
    private UpdateLog log;

    @BeforeEach
    void startAtZero() {
        log = log(100, 8);
        log.startAt(ORDERS_0, 0);
        log.startAt(ORDERS_1, 0);
    }

    @Test
    void aNewStreamStartsAtTheHeadAndGetsWhatComesAfter() {
        Update before = append(ORDERS_0, 0, ORDER);
        UpdateLog.Opening opening = log.open(Optional.empty(), EVERYTHING);

        assertThat(opening.kind()).isEqualTo(UpdateLog.Opening.Kind.NEW);
        assertThat(opening.position()).isEqualTo(before.after());
        Update after = append(ORDERS_1, 0, ORDER);
        StepVerifier.create(opening.messages().take(1)).expectNext(after).verifyComplete();
    }

    @Test
    void aClientResumingGetsExactlyWhatItMissedAndWantsThenWhatComes() {
        Update seen = append(ORDERS_0, 0, ORDER);
        append(ORDERS_1, 0, OTHER_ORDER);
        Update missed = append(ORDERS_1, 1, ORDER);

        UpdateLog.Opening opening = log.open(Optional.of(seen.after().text()),
                UpdateFilter.of(false, ORDER.toString(), null, null, null));
        Update next = append(ORDERS_0, 1, ORDER);

        assertThat(opening.kind()).isEqualTo(UpdateLog.Opening.Kind.RESUMED);
        StepVerifier.create(opening.messages().take(2)).expectNext(missed, next).verifyComplete();
    }

    @Test
    void aPositionFromAnotherReplicaResumesByOffsetsNotByArrival() {
        // The other replica read partition 1 first: its position covers 1@0 but not 0@0.
        append(ORDERS_0, 0, ORDER);
        append(ORDERS_1, 0, ORDER);
        FeedPosition elsewhere = new FeedPosition(java.util.Map.of(ORDERS_0, -1L, ORDERS_1, 0L));

        UpdateLog.Opening opening = log.open(Optional.of(elsewhere.text()), EVERYTHING);

        StepVerifier.create(opening.messages().take(1))
            .assertNext(update -> assertThat(update).extracting("partition", "offset").containsExactly(ORDERS_0, 0L))
            .verifyComplete();
    }

    @Test
    void aPositionOlderThanWhatIsKeptOrNotOursAsksTheClientToReload() {
        log = log(2, 8);
        log.startAt(ORDERS_0, 0);
        Update first = append(ORDERS_0, 0, ORDER);
        append(ORDERS_0, 1, ORDER);
        append(ORDERS_0, 2, ORDER);
        append(ORDERS_0, 3, ORDER);

        assertThat(log.open(Optional.of(first.after().text()), EVERYTHING).kind())
            .isEqualTo(UpdateLog.Opening.Kind.RESYNC);
        assertThat(log.open(Optional.of("not-a-position"), EVERYTHING).kind())
            .isEqualTo(UpdateLog.Opening.Kind.RESYNC);
        assertThat(log.size()).isEqualTo(2);
    }

    @Test
    void updatesOlderThanTheWindowAreForgotten() {
        append(ORDERS_0, 0, ORDER, NOW.minus(Duration.ofMinutes(6)));
        Update recent = append(ORDERS_0, 1, ORDER, NOW.minus(Duration.ofMinutes(4)));

        assertThat(log.size()).isEqualTo(1);
        UpdateLog.Opening fromStart = log.open(Optional.of(new FeedPosition(java.util.Map.of(ORDERS_0, -1L,
                ORDERS_1, -1L)).text()), EVERYTHING);
        assertThat(fromStart.kind()).isEqualTo(UpdateLog.Opening.Kind.RESYNC);
        UpdateLog.Opening fromOldest = log.open(Optional.of(new FeedPosition(java.util.Map.of(ORDERS_0, 0L,
                ORDERS_1, -1L)).text()), EVERYTHING);
        StepVerifier.create(fromOldest.messages().take(1)).expectNext(recent).verifyComplete();
    }

    /**
     * After a burst the log held up to {@code keep} updates (15,116 after the benchmark's creates: 22 MB of the
     * gateway's live heap) for as long as no new event came to push them out; the heartbeat now forgets them too.
     */
    @Test
    void updatesOlderThanTheWindowAreForgottenAtTheHeartbeatWhenNothingNewComes() {
        Instant[] now = {NOW};
        log = new UpdateLog(Duration.ofMinutes(5), 100, 10, 8, new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        });
        log.startAt(ORDERS_0, 0);
        Update first = append(ORDERS_0, 0, ORDER, NOW);
        append(ORDERS_0, 1, ORDER, NOW.plusSeconds(1));

        now[0] = NOW.plus(Duration.ofMinutes(5)).plusMillis(500);
        log.heartbeat();
        assertThat(log.size()).as("the first is past the window, the second not yet").isEqualTo(1);

        now[0] = NOW.plus(Duration.ofMinutes(6));
        log.heartbeat();
        assertThat(log.size()).isZero();
        assertThat(log.open(Optional.of(first.after().text()), EVERYTHING).kind())
            .as("a client that was away longer than the window reloads").isEqualTo(UpdateLog.Opening.Kind.RESYNC);
        assertThat(log.open(Optional.of(log.open(Optional.empty(), EVERYTHING).position().text()), EVERYTHING).kind())
            .as("one that is current resumes").isEqualTo(UpdateLog.Opening.Kind.RESUMED);
    }

    @Test
    void aClientTooSlowToReadHasItsStreamEndedAndResumesWithoutLoss() {
        UpdateLog.Opening slow = log.open(Optional.empty(), EVERYTHING);
        List<Update> published = new java.util.ArrayList<>();
        for (int offset = 0; offset < 20; offset++) {
            published.add(append(ORDERS_0, offset, ORDER));
        }

        List<FeedMessage> received = slow.messages().collectList().block(Duration.ofSeconds(5));
        assertThat(received).hasSizeLessThan(20).isEqualTo(published.subList(0, received.size()));
        assertThat(log.slowClosed()).isEqualTo(1);
        assertThat(log.streams()).isZero();

        FeedPosition last = received.getLast().after();
        UpdateLog.Opening again = log.open(Optional.of(last.text()), EVERYTHING);
        StepVerifier.create(again.messages().take(20 - received.size()))
            .expectNextSequence(published.subList(received.size(), 20))
            .verifyComplete();
    }

    @Test
    void aHeartbeatTellsAQuietClientWhereTheFeedIs() {
        UpdateLog.Opening quiet = log.open(Optional.empty(), UpdateFilter.of(false, OTHER_ORDER.toString(), null,
                null, null));
        Update unwanted = append(ORDERS_0, 0, ORDER);
        log.heartbeat();

        StepVerifier.create(quiet.messages().take(1))
            .expectNext(new FeedMessage.Heartbeat(unwanted.after()))
            .verifyComplete();
    }

    @Test
    void skippedRecordsMoveThePositionButAreNotPassedOn() {
        UpdateLog.Opening opening = log.open(Optional.empty(), EVERYTHING);
        log.skip(ORDERS_0, 0);
        Update next = append(ORDERS_0, 1, ORDER);

        StepVerifier.create(opening.messages().take(1)).expectNext(next).verifyComplete();
        assertThat(next.after().offsetOf(ORDERS_0)).isEqualTo(1);
    }

    @Test
    void stoppingEndsEveryStreamAfterWhatIsQueued() {
        UpdateLog.Opening opening = log.open(Optional.empty(), EVERYTHING);
        Update queued = append(ORDERS_0, 0, ORDER);
        log.endStreams();

        StepVerifier.create(opening.messages()).expectNext(queued).verifyComplete();
        assertThat(log.streams()).isZero();
    }

    @Test
    void noMoreStreamsThanTheLimit() {
        log = log(100, 8, 2);
        log.open(Optional.empty(), EVERYTHING).messages().subscribe();
        log.open(Optional.empty(), EVERYTHING).messages().subscribe();

        assertThatThrownBy(() -> log.open(Optional.empty(), EVERYTHING)).isInstanceOf(TooManyStreamsException.class)
            .hasMessageContaining("503");
    }

    @Test
    void aReassignedPartitionIsReadOnFromWhereTheLogStoppedNotAgain() {
        append(ORDERS_0, 0, ORDER);
        append(ORDERS_0, 1, ORDER);

        assertThat(log.resumeOffset(ORDERS_0)).contains(2L);
        assertThat(log.resumeOffset(new TopicPartition("atelier.stock-events", 0))).isEmpty();
    }

    private UpdateLog log(int keep, int clientQueue) {
        return log(keep, clientQueue, 10);
    }

    private UpdateLog log(int keep, int clientQueue, int maxStreams) {
        return new UpdateLog(Duration.ofMinutes(5), keep, maxStreams, clientQueue, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private Update append(TopicPartition partition, long offset, UUID order) {
        return append(partition, offset, order, NOW);
    }

    private Update append(TopicPartition partition, long offset, UUID order, Instant published) {
        ObjectNode data = json.createObjectNode().put("orderId", order.toString());
        return log.append(partition, offset,
                new Update.Event(UUID.randomUUID(), "order.status-changed", published, published, data));
    }
}
