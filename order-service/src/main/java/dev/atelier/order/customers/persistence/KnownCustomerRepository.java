package dev.atelier.order.customers.persistence;

import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** {@code known_customer}: the customers heard of on customer.changed, and whether one was heard archived. */
@Repository
public class KnownCustomerRepository {

    private final DatabaseClient database;

    public KnownCustomerRepository(DatabaseClient database) {
        this.database = database;
    }

    /** Remembers a change; an archive stays, whatever comes after it (customer-service decides then). */
    public Mono<Void> heard(UUID customerId, boolean archived) {
        return database.sql("INSERT INTO known_customer (id, archived) VALUES (:id, :archived) "
                + "ON CONFLICT (id) DO UPDATE SET archived = known_customer.archived OR EXCLUDED.archived")
                .bind("id", customerId).bind("archived", archived)
                .then();
    }

    /** Whether the customer was heard of and never heard archived. */
    public Mono<Boolean> isKnownActive(UUID customerId) {
        return database.sql("SELECT archived FROM known_customer WHERE id = :id").bind("id", customerId)
                .map(row -> !row.get("archived", Boolean.class)).one()
                .defaultIfEmpty(false);
    }
}
