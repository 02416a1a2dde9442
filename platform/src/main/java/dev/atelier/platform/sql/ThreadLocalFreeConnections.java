package dev.atelier.platform.sql;

import io.r2dbc.spi.Batch;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryMetadata;
import io.r2dbc.spi.ConnectionMetadata;
import io.r2dbc.spi.IsolationLevel;
import io.r2dbc.spi.Readable;
import io.r2dbc.spi.Result;
import io.r2dbc.spi.Row;
import io.r2dbc.spi.RowMetadata;
import io.r2dbc.spi.Statement;
import io.r2dbc.spi.TransactionDefinition;
import io.r2dbc.spi.ValidationDepth;
import io.r2dbc.spi.Wrapped;
import java.time.Duration;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.util.context.Context;

/**
 * Connections whose driver sees an empty Reactor context. Reactor restores every registered
 * thread-local found in the context (the request's or the Kafka record's observation above all)
 * around each {@code handle} operator, and the PostgreSQL driver runs several per statement: opening
 * and closing a tracing scope each time was about a tenth of the CPU of order-, inventory- and
 * notification-service under creates. No query is observed and the driver reads nothing else from the
 * context; the code above a statement keeps its own (transactions, security, the trace the outbox
 * stamps).
 */
public final class ThreadLocalFreeConnections implements ConnectionFactory, Wrapped<ConnectionFactory> {

    /**
     * Reactor's key for a discard hook ({@code doOnDiscard}) set downstream: the one entry the driver's own
     * operators read (to release what a cancelled query leaves behind).
     */
    static final String DISCARD_HOOK = "reactor.onDiscard.local";

    private final ConnectionFactory driver;

    private ThreadLocalFreeConnections(ConnectionFactory driver) {
        this.driver = driver;
    }

    /** Wraps the driver's factory (Boot applies it inside the pool). */
    public static ConnectionFactory of(ConnectionFactory driver) {
        return new ThreadLocalFreeConnections(driver);
    }

    private static <T> Flux<T> hidden(Publisher<T> publisher) {
        return Flux.from(publisher).contextWrite(ThreadLocalFreeConnections::driverContext);
    }

    /**
     * What the driver sees of the context: its discard hook, if any, and nothing else. An empty context
     * costs Reactor nothing around a {@code handle}; any other entry makes it look for thread-locals.
     */
    static Context driverContext(Context context) {
        Object discardHook = context.getOrDefault(DISCARD_HOOK, null);
        return discardHook == null ? Context.empty() : Context.of(DISCARD_HOOK, discardHook);
    }

    @Override
    public Publisher<? extends Connection> create() {
        return hidden(driver.create()).map(ThreadLocalFreeConnection::new);
    }

    @Override
    public ConnectionFactoryMetadata getMetadata() {
        return driver.getMetadata();
    }

    @Override
    public ConnectionFactory unwrap() {
        return driver;
    }

    private static final class ThreadLocalFreeConnection implements Connection, Wrapped<Connection> {

        private final Connection connection;

        ThreadLocalFreeConnection(Connection connection) {
            this.connection = connection;
        }

        @Override
        public Connection unwrap() {
            return connection;
        }

        @Override
        public Publisher<Void> beginTransaction() {
            return hidden(connection.beginTransaction());
        }

        @Override
        public Publisher<Void> beginTransaction(TransactionDefinition definition) {
            return hidden(connection.beginTransaction(definition));
        }

        @Override
        public Publisher<Void> close() {
            return hidden(connection.close());
        }

        @Override
        public Publisher<Void> commitTransaction() {
            return hidden(connection.commitTransaction());
        }

        @Override
        public Batch createBatch() {
            Batch batch = connection.createBatch();
            return new Batch() {
                @Override
                public Batch add(String sql) {
                    batch.add(sql);
                    return this;
                }

                @Override
                public Publisher<? extends Result> execute() {
                    return hidden(batch.execute()).map(ThreadLocalFreeResult::new);
                }
            };
        }

        @Override
        public Publisher<Void> createSavepoint(String name) {
            return hidden(connection.createSavepoint(name));
        }

        @Override
        public Statement createStatement(String sql) {
            return new ThreadLocalFreeStatement(connection.createStatement(sql));
        }

        @Override
        public boolean isAutoCommit() {
            return connection.isAutoCommit();
        }

        @Override
        public ConnectionMetadata getMetadata() {
            return connection.getMetadata();
        }

        @Override
        public IsolationLevel getTransactionIsolationLevel() {
            return connection.getTransactionIsolationLevel();
        }

        @Override
        public Publisher<Void> releaseSavepoint(String name) {
            return hidden(connection.releaseSavepoint(name));
        }

        @Override
        public Publisher<Void> rollbackTransaction() {
            return hidden(connection.rollbackTransaction());
        }

        @Override
        public Publisher<Void> rollbackTransactionToSavepoint(String name) {
            return hidden(connection.rollbackTransactionToSavepoint(name));
        }

        @Override
        public Publisher<Void> setAutoCommit(boolean autoCommit) {
            return hidden(connection.setAutoCommit(autoCommit));
        }

        @Override
        public Publisher<Void> setLockWaitTimeout(Duration timeout) {
            return hidden(connection.setLockWaitTimeout(timeout));
        }

        @Override
        public Publisher<Void> setStatementTimeout(Duration timeout) {
            return hidden(connection.setStatementTimeout(timeout));
        }

        @Override
        public Publisher<Void> setTransactionIsolationLevel(IsolationLevel level) {
            return hidden(connection.setTransactionIsolationLevel(level));
        }

        @Override
        public Publisher<Boolean> validate(ValidationDepth depth) {
            return hidden(connection.validate(depth));
        }
    }

    private static final class ThreadLocalFreeStatement implements Statement {

        private final Statement statement;

        ThreadLocalFreeStatement(Statement statement) {
            this.statement = statement;
        }

        @Override
        public Statement add() {
            statement.add();
            return this;
        }

        @Override
        public Statement bind(int index, Object value) {
            statement.bind(index, value);
            return this;
        }

        @Override
        public Statement bind(String name, Object value) {
            statement.bind(name, value);
            return this;
        }

        @Override
        public Statement bindNull(int index, Class<?> type) {
            statement.bindNull(index, type);
            return this;
        }

        @Override
        public Statement bindNull(String name, Class<?> type) {
            statement.bindNull(name, type);
            return this;
        }

        @Override
        public Publisher<? extends Result> execute() {
            return hidden(statement.execute()).map(ThreadLocalFreeResult::new);
        }

        @Override
        public Statement returnGeneratedValues(String... columns) {
            statement.returnGeneratedValues(columns);
            return this;
        }

        @Override
        public Statement fetchSize(int rows) {
            statement.fetchSize(rows);
            return this;
        }
    }

    private static final class ThreadLocalFreeResult implements Result {

        private final Result result;

        ThreadLocalFreeResult(Result result) {
            this.result = result;
        }

        @Override
        public Publisher<Long> getRowsUpdated() {
            return hidden(result.getRowsUpdated());
        }

        @Override
        public <T> Publisher<T> map(BiFunction<Row, RowMetadata, ? extends T> mapping) {
            return hidden(result.map(mapping));
        }

        @Override
        public <T> Publisher<T> map(Function<? super Readable, ? extends T> mapping) {
            return hidden(result.map(mapping));
        }

        @Override
        public Result filter(Predicate<Segment> filter) {
            return new ThreadLocalFreeResult(result.filter(filter));
        }

        @Override
        public <T> Publisher<T> flatMap(Function<Segment, ? extends Publisher<? extends T>> mapping) {
            return hidden(result.flatMap(mapping));
        }
    }
}
