package dev.atelier.customer.customers.persistence;

import java.util.UUID;

import org.springframework.data.repository.reactive.ReactiveCrudRepository;

/** Inserts and versioned updates of customers; lists and search live in {@link CustomerSearch}. */
public interface CustomerRepository extends ReactiveCrudRepository<CustomerRow, UUID> {
}
