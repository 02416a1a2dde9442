package dev.atelier.customer.customers.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A customer as stored: the details a designer set, whether and by whom it was archived, the
 * version a change must name, and who created and last changed it.
 */
public record Customer(UUID id, CustomerDetails details, boolean archived, Instant archivedAt, String archivedBy,
        long version, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

    /** The same customer with new details; storing it makes the next version. */
    public Customer with(CustomerDetails newDetails) {
        return new Customer(this.id, newDetails, this.archived, this.archivedAt, this.archivedBy, this.version,
                this.createdAt, this.createdBy, this.updatedAt, this.updatedBy);
    }

    /** The same customer, archived {@code at} by {@code by}. */
    public Customer archive(Instant at, String by) {
        return new Customer(this.id, this.details, true, at, by, this.version, this.createdAt, this.createdBy,
                this.updatedAt, this.updatedBy);
    }

}
