package dev.atelier.order.customers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.order.OrderApiTest;
import dev.atelier.platform.event.CloudEventsJson;
import dev.atelier.platform.event.CustomerChanged;
import dev.atelier.platform.event.EventEnvelope;
import dev.atelier.platform.event.Topics;
import dev.atelier.platform.test.TopicWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The customers order-service hears of on {@code customer.changed} (through the broker and the
 * idempotent consumer): one known and active is not asked about again; one heard archived is. The
 * stand-in for customer-service would refuse each of these customers, so an order that goes through
 * was not asked about.
 */
class KnownCustomersTest extends OrderApiTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Autowired
    CloudEventsJson json;



    @Test
    void an_order_for_a_customer_heard_created_is_not_asked_about() {
        UUID customer = CustomerServiceStandIn.unknownCustomer();
        heard(customer, CustomerChanged.CREATED, 0);

        post(orderJson(customer), leadToken()).expectStatus().isCreated();
        assertThat(CustomerServiceStandIn.authorizationSeenFor(customer)).as("asked customer-service").isNull();
    }

    @Test
    void a_customer_heard_archived_is_asked_about_again_and_an_update_after_it_does_not_undo_it() {
        UUID customer = CustomerServiceStandIn.archivedCustomer();
        heard(customer, CustomerChanged.CREATED, 0);
        post(orderJson(customer), leadToken()).expectStatus().isCreated();

        heard(customer, CustomerChanged.ARCHIVED, 1);
        heard(customer, CustomerChanged.UPDATED, 2);
        post(orderJson(customer), leadToken()).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].message").value(message ->
                        assertThat((String) message).contains("archived"));
        assertThat(CustomerServiceStandIn.authorizationSeenFor(customer)).as("asked customer-service").isNotNull();
    }

    @Test
    void an_active_answer_of_customer_service_is_remembered() {
        UUID customer = UUID.randomUUID();
        assertThat(known(customer)).isNull();
        post(orderJson(customer), leadToken()).expectStatus().isCreated();
        assertThat(known(customer)).isEqualTo(Boolean.FALSE);
    }

    /** Publishes the change as customer-service does and waits until order-service has stored it. */
    private void heard(UUID customer, String change, long version) {
        EventEnvelope<CustomerChanged> envelope = EventEnvelope.of("/customer-service",
                new CustomerChanged(customer, change, version, null, Instant.now()));
        TopicWriter.write(Topics.CUSTOMER_EVENTS, envelope.subject(), json.structured(envelope));
        Awaitility.await().atMost(WAIT).until(() -> database.sql("SELECT count(*) AS n FROM atelier_platform.processed_event WHERE event_id = :id")
                .bind("id", envelope.id()).map(row -> row.get("n", Long.class)).one().block() == 1);
    }

    /** Whether the customer is stored as archived, or null when not known. */
    private Boolean known(UUID customer) {
        return database.sql("SELECT archived FROM known_customer WHERE id = :id").bind("id", customer)
                .map(row -> row.get("archived", Boolean.class)).one().block();
    }
}
