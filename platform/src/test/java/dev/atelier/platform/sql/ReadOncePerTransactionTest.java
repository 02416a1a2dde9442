package dev.atelier.platform.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/** On real PostgreSQL: calls in one transaction share one read; each transaction, and each call outside one, reads. */
class ReadOncePerTransactionTest {

    private static final Object NOTES = new Object();
    private static final Object OTHER = new Object();

    private static DatabaseClient database;
    private static TransactionalOperator transactions;

    private final AtomicInteger reads = new AtomicInteger();

    @BeforeAll
    static void setUp() {
        RealDatabase real = RealDatabase.named("readonce");
        database = real.client();
        transactions = real.transactions();
        database.sql("CREATE TABLE IF NOT EXISTS read_note (text varchar(20) NOT NULL)").then().block();
    }

    @BeforeEach
    void empty() {
        database.sql("DELETE FROM read_note").then().block();
        add("first").block();
    }

    @Test
    void calls_in_one_transaction_share_the_first_calls_answer() {
        List<List<String>> answers = notes(NOTES).concatWith(notes(NOTES)).concatWith(notes(NOTES))
                .collectList().as(transactions::transactional).block();

        assertThat(answers).containsExactly(List.of("first"), List.of("first"), List.of("first"));
        assertThat(reads).hasValue(1);
    }

    @Test
    void each_transaction_reads_afresh_and_sees_what_was_committed_before_it() {
        List<String> before = notes(NOTES).as(transactions::transactional).block();
        add("second").block();
        List<String> after = notes(NOTES).as(transactions::transactional).block();

        assertThat(before).containsExactly("first");
        assertThat(after).containsExactly("first", "second");
        assertThat(reads).hasValue(2);
    }

    @Test
    void each_key_is_read_on_its_own() {
        notes(NOTES).then(notes(OTHER)).then(notes(NOTES)).as(transactions::transactional).block();

        assertThat(reads).hasValue(2);
    }

    @Test
    void outside_a_transaction_every_call_reads() {
        List<String> first = notes(NOTES).block();
        add("second").block();
        List<String> second = notes(NOTES).block();

        assertThat(first).containsExactly("first");
        assertThat(second).containsExactly("first", "second");
        assertThat(reads).hasValue(2);
    }

    private Mono<List<String>> notes(Object key) {
        return ReadOncePerTransaction.read(key, () -> database.sql("SELECT text FROM read_note ORDER BY text")
                .map(row -> row.get(0, String.class)).all().collectList()
                .doOnSubscribe(subscription -> reads.incrementAndGet()));
    }

    private static Mono<Void> add(String text) {
        return database.sql("INSERT INTO read_note (text) VALUES ($1)").bind(0, text).then();
    }
}
