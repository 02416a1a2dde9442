package dev.atelier.gateway.updates;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import org.apache.kafka.common.TopicPartition;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import reactor.util.concurrent.Queues;

/**
 * The last minutes of updates this replica has read, and the clients following them. A client that
 * reconnects is given what it missed from here; one whose position is older than what is kept is told
 * to reload ({@link Opening.Kind#RESYNC}). Each client has a bounded queue: a client that falls that far
 * behind has its stream ended (it reconnects and resumes from here), so a slow reader never makes the
 * gateway buffer without bound.
 *
 * <p>Appends come from the feed's one Kafka thread, openings and closings from request threads; one lock
 * orders them, so a client opening its stream misses nothing and gets nothing twice. The work under the
 * lock is a few map and queue operations per client.
 */
final class UpdateLog {

    /**
     * How a stream starts: with no {@code Last-Event-ID} ({@code NEW}), after it ({@code RESUMED}), or unable
     * to resume because the id is older than what is kept or not one of ours ({@code RESYNC}).
     */
    record Opening(Kind kind, FeedPosition position, Flux<FeedMessage> messages) {
        enum Kind { NEW, RESUMED, RESYNC }
    }

    private record Follower(Predicate<Update> wants, FeedPosition from, Sinks.Many<FeedMessage> sink) {
        boolean wants(Update update) {
            return update.offset() > from.offsetOf(update.partition()) && wants.test(update);
        }
    }

    private final Duration window;
    private final int limit;
    private final int maxStreams;
    private final int clientQueue;
    private final Clock clock;
    private final Deque<Update> kept = new ArrayDeque<>();
    /** Per partition: the lowest offset still replayable (nothing before it is kept). */
    private final Map<TopicPartition, Long> firstKept = new HashMap<>();
    private FeedPosition head = FeedPosition.empty();
    private final Set<Follower> followers = ConcurrentHashMap.newKeySet();
    private long slowClosed;

    UpdateLog(Duration window, int limit, int maxStreams, int clientQueue, Clock clock) {
        this.window = window;
        this.limit = limit;
        this.maxStreams = maxStreams;
        this.clientQueue = clientQueue;
        this.clock = clock;
    }

    /**
     * Where to read {@code partition} from after an assignment: just after the last record read, when this
     * replica read it before (a broker restart or a rebalance must not replay into the log twice).
     */
    synchronized Optional<Long> resumeOffset(TopicPartition partition) {
        return firstKept.containsKey(partition) ? Optional.of(head.offsetOf(partition) + 1) : Optional.empty();
    }

    /** The feed starts reading {@code partition} at {@code offset}; nothing before it can be replayed. */
    synchronized void startAt(TopicPartition partition, long offset) {
        if (!firstKept.containsKey(partition)) {
            firstKept.put(partition, offset);
            head = head.with(partition, offset - 1);
        }
    }

    /** Keeps a record read from the feed and hands it to the clients that want it. */
    synchronized Update append(TopicPartition partition, long offset, Update.Event event) {
        firstKept.putIfAbsent(partition, offset);
        head = head.with(partition, offset);
        Update update = event.at(partition, offset, head);
        kept.addLast(update);
        forget(clock.instant().minus(window));
        for (Follower follower : followers) {
            if (follower.wants(update)) {
                offer(follower, update);
            }
        }
        return update;
    }

    /** A record the feed does not pass on: the position moves past it, nothing is kept. */
    synchronized void skip(TopicPartition partition, long offset) {
        firstKept.putIfAbsent(partition, offset);
        head = head.with(partition, offset);
    }

    /**
     * Tells every client where the feed is; a quiet client's id stays current. It also lets go of what is past
     * the window, which appends alone would keep after a burst for as long as no new event came.
     */
    synchronized void heartbeat() {
        forget(clock.instant().minus(window));
        FeedMessage.Heartbeat beat = new FeedMessage.Heartbeat(head);
        followers.forEach(follower -> offer(follower, beat));
    }

    /**
     * Opens a client's stream: what it missed since {@code lastEventId} (what is kept, filtered), then what
     * comes. Without an id, or with one older than what is kept or not ours, it starts at the head.
     *
     * @throws TooManyStreamsException when {@code max-streams} clients are following already
     */
    synchronized Opening open(Optional<String> lastEventId, Predicate<Update> wants) {
        checkRoomForOneMore();
        Optional<FeedPosition> from = lastEventId.flatMap(FeedPosition::parse).filter(at -> !missedAnything(at));
        boolean resumable = from.isPresent();
        FeedPosition start = from.orElse(head);
        Follower follower = new Follower(wants, start,
                Sinks.many().unicast().onBackpressureBuffer(Queues.<FeedMessage>get(clientQueue).get()));
        List<FeedMessage> missed = new ArrayList<>();
        if (resumable) {
            kept.stream().filter(follower::wants).forEach(missed::add);
        }
        followers.add(follower);
        Flux<FeedMessage> messages = Flux.concat(Flux.fromIterable(missed), follower.sink().asFlux())
            .doFinally(signal -> followers.remove(follower));
        Opening.Kind kind = resumable ? Opening.Kind.RESUMED
                : lastEventId.isEmpty() ? Opening.Kind.NEW : Opening.Kind.RESYNC;
        return new Opening(kind, start, messages);
    }

    /** @throws TooManyStreamsException when {@code max-streams} clients are following already */
    void checkRoomForOneMore() {
        if (followers.size() >= maxStreams) {
            throw new TooManyStreamsException(maxStreams);
        }
    }

    /**
     * Ends every open stream (the gateway is stopping): each client gets what is queued, then reconnects
     * with its last id, at another replica or this one once it is back. Without this, a graceful shutdown
     * would wait for streams that never end by themselves.
     */
    synchronized void endStreams() {
        followers.forEach(follower -> follower.sink().tryEmitComplete());
        followers.clear();
    }

    synchronized int size() {
        return kept.size();
    }

    int streams() {
        return followers.size();
    }

    synchronized long slowClosed() {
        return slowClosed;
    }

    private boolean missedAnything(FeedPosition from) {
        return firstKept.entrySet().stream().anyMatch(first -> from.offsetOf(first.getKey()) + 1 < first.getValue());
    }

    private void forget(Instant before) {
        while (!kept.isEmpty() && (kept.size() > limit || kept.peekFirst().event().published().isBefore(before))) {
            Update oldest = kept.removeFirst();
            firstKept.put(oldest.partition(), oldest.offset() + 1);
        }
    }

    /** A client whose queue is full is let go: it gets what is queued, then the stream ends and it resumes. */
    private void offer(Follower follower, FeedMessage message) {
        if (follower.sink().tryEmitNext(message).isFailure()) {
            followers.remove(follower);
            follower.sink().tryEmitComplete();
            slowClosed++;
        }
    }
}
