package dev.atelier.notification.outgoing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** How a queue's run is split into rounds; the table is an in-memory stand-in. */
class OutgoingQueueTest {

    private static final int BATCH = 3;

    @Test
    void a_round_that_found_a_full_batch_is_followed_at_once_by_another() {
        Table table = new Table(7);

        new Queue(table).runOnce().block(Duration.ofSeconds(5));

        assertThat(table.claims).containsExactly(3, 3, 1);
        assertThat(table.settled).hasSize(7);
    }

    @Test
    void a_round_that_found_less_than_a_batch_ends_the_run() {
        Table table = new Table(2);

        new Queue(table).runOnce().block(Duration.ofSeconds(5));

        assertThat(table.claims).containsExactly(2);
    }

    @Test
    void an_exact_multiple_ends_with_an_empty_round() {
        Table table = new Table(6);

        new Queue(table).runOnce().block(Duration.ofSeconds(5));

        assertThat(table.claims).containsExactly(3, 3, 0);
        assertThat(table.settled).hasSize(6);
    }

    /** Due messages in a list; a claim takes them off it. */
    private static final class Table implements QueueTable<String> {

        final Deque<String> due = new ArrayDeque<>();
        final List<Integer> claims = new ArrayList<>();
        final List<String> settled = new ArrayList<>();

        Table(int messages) {
            IntStream.range(0, messages).forEach(i -> due.add("message " + i));
        }

        @Override
        public Flux<String> claimDue(Instant now, Instant leaseUntil, int limit) {
            List<String> batch = new ArrayList<>();
            while (batch.size() < limit && !due.isEmpty()) {
                batch.add(due.poll());
            }
            claims.add(batch.size());
            return Flux.fromIterable(batch);
        }

        @Override
        public Mono<Boolean> settle(String outcome) {
            settled.add(outcome);
            return Mono.just(true);
        }
    }

    private static final class Queue extends OutgoingQueue<String> {

        Queue(Table table) {
            super("Test message", table, Function.identity(),
                    new Rounds(Duration.ofSeconds(1), Duration.ofMinutes(1), BATCH), 2,
                    Clock.fixed(Instant.parse("2026-12-06T00:00:00Z"), ZoneOffset.UTC));
        }

        @Override
        protected Mono<String> outcomeOf(String claimed) {
            return Mono.just(claimed + " sent");
        }

        @Override
        protected void recorded(String outcome) {
        }
    }
}
