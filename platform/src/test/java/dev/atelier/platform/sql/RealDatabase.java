package dev.atelier.platform.sql;

import dev.atelier.platform.test.PostgresDatabase;
import dev.atelier.platform.test.TestInfrastructure;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryOptions;
import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

/** A fresh database of its own on the test PostgreSQL, with the driver, a client and transactions on it. */
record RealDatabase(ConnectionFactory driver, DatabaseClient client, TransactionalOperator transactions) {

    static RealDatabase named(String name) {
        PostgresDatabase server = TestInfrastructure.postgres(name);
        ConnectionFactory driver = ConnectionFactories.get(ConnectionFactoryOptions.parse(server.r2dbcUrl()).mutate()
                .option(ConnectionFactoryOptions.USER, server.username())
                .option(ConnectionFactoryOptions.PASSWORD, server.password())
                .build());
        return new RealDatabase(driver, DatabaseClient.create(driver),
                TransactionalOperator.create(new R2dbcTransactionManager(driver)));
    }
}
