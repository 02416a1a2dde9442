package dev.atelier.customer.customers.persistence;

import dev.atelier.customer.customers.domain.Address;
import dev.atelier.customer.customers.domain.Customer;
import dev.atelier.customer.customers.domain.CustomerDetails;
import java.time.Instant;
import java.util.UUID;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A row of {@code customer}. A null {@code version} marks a new row (insert); an update only
 * succeeds while the row still has the version it was read with. Spring Data fills in the audit
 * columns and the next version by making a new record.
 */
@Table("customer")
public record CustomerRow(@Id UUID id, String name, String email, String phone,
        @Column("address_street") String street, @Column("address_city") String city,
        @Column("address_postal_code") String postalCode, @Column("address_country") String country, String notes,
        String language, boolean emailNotifications, boolean archived, Instant archivedAt, String archivedBy, @Version Long version,
        @CreatedDate Instant createdAt, @CreatedBy String createdBy,
        @LastModifiedDate Instant updatedAt, @LastModifiedBy String updatedBy) {

    /** The row of a customer not stored yet. */
    static CustomerRow newCustomer(UUID id, CustomerDetails details) {
        return of(id, details, false, null, null, null, null, null, null, null);
    }

    static CustomerRow of(Customer customer) {
        return of(customer.id(), customer.details(), customer.archived(), customer.archivedAt(), customer.archivedBy(),
                customer.version(), customer.createdAt(), customer.createdBy(), customer.updatedAt(),
                customer.updatedBy());
    }

    Customer customer() {
        return new Customer(this.id, new CustomerDetails(this.name, this.email, this.phone,
                new Address(this.street, this.city, this.postalCode, this.country), this.notes, this.language,
                this.emailNotifications), this.archived,
                this.archivedAt, this.archivedBy, this.version, this.createdAt, this.createdBy, this.updatedAt,
                this.updatedBy);
    }

    private static CustomerRow of(UUID id, CustomerDetails details, boolean archived, Instant archivedAt,
            String archivedBy, Long version, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {
        Address address = details.address();
        return new CustomerRow(id, details.name(), details.email(), details.phone(), address.street(), address.city(),
                address.postalCode(), address.country(), details.notes(), details.language(),
                details.emailNotifications(), archived, archivedAt, archivedBy, version,
                createdAt, createdBy, updatedAt, updatedBy);
    }

}
