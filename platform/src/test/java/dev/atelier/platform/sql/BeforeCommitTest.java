package dev.atelier.platform.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.NoTransactionException;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/** On real PostgreSQL: a transaction's buffer is written once, before its commit, and only when it commits. */
class BeforeCommitTest {

    private static final Object KEY = new Object();

    private static DatabaseClient database;
    private static TransactionalOperator transactions;

    private final AtomicInteger flushes = new AtomicInteger();

    @BeforeAll
    static void setUp() {
        RealDatabase real = RealDatabase.named("beforecommit");
        database = real.client();
        transactions = real.transactions();
        database.sql("CREATE TABLE IF NOT EXISTS buffered_note (text varchar(20) NOT NULL)").then().block();
    }

    @BeforeEach
    void empty() {
        database.sql("DELETE FROM buffered_note").then().block();
    }

    @Test
    void calls_that_join_one_transaction_share_its_buffer_which_is_written_once_before_the_commit() {
        Mono<Void> first = note("first");
        Mono<Void> second = note("second").as(transactions::transactional);

        first.then(second).then(Mono.defer(this::notesSeenInside).doOnNext(inside -> assertThat(inside).isEmpty()))
                .then().as(transactions::transactional).block();

        assertThat(notes()).containsExactly("first", "second");
        assertThat(flushes).hasValue(1);
    }

    @Test
    void each_transaction_has_its_own_buffer() {
        note("one").as(transactions::transactional).block();
        note("two").as(transactions::transactional).block();

        assertThat(notes()).containsExactly("one", "two");
        assertThat(flushes).hasValue(2);
    }

    @Test
    void a_rolled_back_transaction_writes_nothing_of_its_buffer() {
        note("dropped").then(Mono.error(new IllegalStateException("refused"))).as(transactions::transactional)
                .onErrorComplete().block();

        assertThat(notes()).isEmpty();
        assertThat(flushes).hasValue(0);
    }

    @Test
    void a_failing_flush_rolls_back_what_the_transaction_wrote_before() {
        Mono<Void> work = database.sql("INSERT INTO buffered_note (text) VALUES ('direct')").then()
                .then(note("a note far longer than twenty characters"));

        assertThatThrownBy(() -> work.as(transactions::transactional).block()).isNotNull();
        assertThat(notes()).isEmpty();
    }

    @Test
    void outside_a_transaction_there_is_no_buffer() {
        assertThatThrownBy(() -> note("lost").block()).isInstanceOf(NoTransactionException.class);
    }

    /** Adds a note to the transaction's buffer; the flush inserts all of them in one statement, in order. */
    @SuppressWarnings("unchecked")
    private Mono<Void> note(String text) {
        return BeforeCommit.buffer(KEY, List.class, ArrayList::new, buffered -> {
                    flushes.incrementAndGet();
                    return database.sql("INSERT INTO buffered_note (text) SELECT unnest($1::varchar[])")
                            .bind(0, ((List<String>) buffered).toArray(String[]::new)).then();
                })
                .doOnNext(buffered -> ((List<String>) buffered).add(text))
                .then();
    }

    private Mono<List<String>> notesSeenInside() {
        return database.sql("SELECT text FROM buffered_note ORDER BY text").map(row -> row.get(0, String.class)).all().collectList();
    }

    private List<String> notes() {
        return notesSeenInside().block();
    }
}
