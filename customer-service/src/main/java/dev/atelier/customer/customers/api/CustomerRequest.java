package dev.atelier.customer.customers.api;

import dev.atelier.customer.customers.Customers;
import dev.atelier.customer.customers.domain.Customer;
import dev.atelier.customer.customers.domain.CustomerDetails;
import dev.atelier.platform.error.ValidationFailedException;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST} and {@code PUT /api/customers}: the rules live in
 * {@link CustomerDetails}, so that create, replace and merge-patch check alike. {@code version}
 * is ignored on create and required on update (the version the client last read).
 */
public record CustomerRequest(String name, @Nullable String email, @Nullable String phone, @Nullable AddressJson address, @Nullable String notes,
        @Nullable String language, @Nullable NotificationsJson notifications, @Nullable Long version) {

    /** What a PATCH merges over: the customer's current details, without a version. */
    static CustomerRequest of(Customer customer) {
        CustomerDetails details = customer.details();
        return new CustomerRequest(details.name(), details.email(), details.phone(), AddressJson.of(details.address()),
                details.notes(), details.language(), NotificationsJson.of(details), null);
    }

    /** The validated details; broken rules leave as the domain's refusal. */
    CustomerDetails details() {
        AddressJson a = (this.address != null) ? this.address : new AddressJson(null, null, null, null);
        return CustomerDetails.of(new CustomerDetails.Input(this.name, this.email, this.phone, a.street(), a.city(),
                a.postalCode(), a.country(), this.notes, this.language,
                this.notifications == null ? null : this.notifications.email()));
    }

    /** An update: the validated details, then the version the client last read, which it must send. */
    Customers.Revision revision() {
        CustomerDetails details = details();
        if (this.version == null) {
            throw new ValidationFailedException("version", "is required: the version of the customer you last read");
        }
        return new Customers.Revision(details, this.version);
    }

}
