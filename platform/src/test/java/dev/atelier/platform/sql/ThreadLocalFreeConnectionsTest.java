package dev.atelier.platform.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.context.ContextRegistry;
import io.micrometer.context.ThreadLocalAccessor;
import io.r2dbc.spi.ConnectionFactory;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;

/** On real PostgreSQL: statements, results and transactions through the wrapper, and no thread-local restored in the driver. */
class ThreadLocalFreeConnectionsTest {

    private static final String KEY = "atelier.test.restored";
    private static final AtomicInteger RESTORED = new AtomicInteger();

    private static ConnectionFactory driver;

    @BeforeAll
    static void setUp() {
        ContextRegistry.getInstance().registerThreadLocalAccessor(new CountingAccessor());
        driver = RealDatabase.named("threadlocalfree").driver();
    }

    @AfterAll
    static void tearDown() {
        ContextRegistry.getInstance().removeThreadLocalAccessor(KEY);
    }

    @BeforeEach
    void reset() {
        RESTORED.set(0);
    }

    @Test
    void the_bare_driver_restores_a_thread_local_from_the_context_around_its_operators() {
        // The cost the wrapper removes: without it, the driver's handle operators set the value again and again.
        assertThat(selectOneWithValueInContext(driver)).containsExactly(1);
        assertThat(RESTORED).hasPositiveValue();
    }

    @Test
    void through_the_wrapper_a_query_answers_and_no_thread_local_is_restored() {
        assertThat(selectOneWithValueInContext(ThreadLocalFreeConnections.of(driver))).containsExactly(1);
        assertThat(RESTORED).hasValue(0);
    }

    @Test
    void spring_transactions_commit_and_roll_back_through_the_wrapper() {
        ConnectionFactory connections = ThreadLocalFreeConnections.of(driver);
        DatabaseClient database = DatabaseClient.create(connections);
        TransactionalOperator transactions = TransactionalOperator.create(new R2dbcTransactionManager(connections));
        database.sql("CREATE TABLE IF NOT EXISTS wrapped_note (text varchar(40) NOT NULL)").then().block();
        database.sql("DELETE FROM wrapped_note").then().block();

        database.sql("INSERT INTO wrapped_note (text) VALUES ($1)").bind(0, "kept").then().as(transactions::transactional).block();
        Mono<Void> failing = database.sql("INSERT INTO wrapped_note (text) VALUES ($1)").bind(0, "rolled back").then()
                .then(Mono.error(new IllegalStateException("refused")));
        failing.as(transactions::transactional).onErrorComplete().block();

        List<String> notes = database.sql("SELECT text FROM wrapped_note").map(row -> row.get(0, String.class)).all()
                .collectList().block();
        assertThat(notes).containsExactly("kept");
    }

    @Test
    void the_driver_keeps_a_discard_hook_and_nothing_else() {
        Object hook = new Object();
        Context context = Context.of(KEY, "value", ThreadLocalFreeConnections.DISCARD_HOOK, hook, "other", 1);

        assertThat(ThreadLocalFreeConnections.driverContext(context).stream().toList())
                .containsExactly(java.util.Map.entry(ThreadLocalFreeConnections.DISCARD_HOOK, hook));
        assertThat(ThreadLocalFreeConnections.driverContext(Context.of(KEY, "value")).isEmpty()).isTrue();
    }

    private static List<Integer> selectOneWithValueInContext(ConnectionFactory connections) {
        return Flux.usingWhen(connections.create(),
                        connection -> Flux.from(connection.createStatement("SELECT 1").execute())
                                .flatMap(result -> result.map((row, metadata) -> row.get(0, Integer.class))),
                        connection -> connection.close())
                .contextWrite(Context.of(KEY, "value"))
                .collectList()
                .block();
    }

    /** A thread-local accessor that counts how often Reactor sets its value. */
    private static final class CountingAccessor implements ThreadLocalAccessor<String> {

        private final ThreadLocal<String> value = new ThreadLocal<>();

        @Override
        public Object key() {
            return KEY;
        }

        @Override
        public String getValue() {
            return value.get();
        }

        @Override
        public void setValue(String newValue) {
            RESTORED.incrementAndGet();
            value.set(newValue);
        }

        @Override
        public void setValue() {
            value.remove();
        }
    }
}
