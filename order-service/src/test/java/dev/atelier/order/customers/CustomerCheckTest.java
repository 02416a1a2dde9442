package dev.atelier.order.customers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.order.OrderApiTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** A new order's customer is checked with customer-service (a real HTTP server stands in for it), up and down. */
class CustomerCheckTest extends OrderApiTest {

    @Test
    void an_order_for_an_active_customer_is_stored_and_the_callers_token_went_along() {
        UUID customer = UUID.randomUUID();
        String token = leadToken();
        post(orderJson(customer), token).expectStatus().isCreated();
        assertThat(CustomerServiceStandIn.authorizationSeenFor(customer)).isEqualTo("Bearer " + token);
    }

    @Test
    void an_unknown_customer_is_422_naming_customerId_and_nothing_is_stored() {
        Map<String, Object> json = orderJson(CustomerServiceStandIn.unknownCustomer());
        refusedNaming(json, "customerId");
    }

    @Test
    void an_archived_customer_is_422_naming_customerId_and_nothing_is_stored() {
        Map<String, Object> json = orderJson(CustomerServiceStandIn.archivedCustomer());
        post(json, leadToken()).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].message").value(message ->
                        assertThat((String) message).contains("archived"));
        assertThat(storedWithNotes(json.get("notes"))).isZero();
    }

    @Test
    void customer_service_down_is_503_naming_it_and_nothing_is_stored() {
        Map<String, Object> json = orderJson(UUID.randomUUID());
        CustomerServiceStandIn.stop();
        try {
            post(json, leadToken())
                    .expectStatus().isEqualTo(503)
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.type").isEqualTo("https://atelier.dev/problems/service-unavailable")
                    .jsonPath("$.service").isEqualTo("customer-service");
        } finally {
            CustomerServiceStandIn.start();
        }
        assertThat(storedWithNotes(json.get("notes"))).isZero();
        // Back up: the same order goes through.
        post(json, leadToken()).expectStatus().isCreated();
        assertThat(storedWithNotes(json.get("notes"))).isOne();
    }

    @Test
    void customer_service_slower_than_the_time_limit_is_503_and_nothing_is_stored() {
        Map<String, Object> json = orderJson(CustomerServiceStandIn.slowCustomer());
        post(json, leadToken()).expectStatus().isEqualTo(503)
                .expectBody().jsonPath("$.service").isEqualTo("customer-service");
        assertThat(storedWithNotes(json.get("notes"))).isZero();
    }

    @Test
    void a_missing_exists_route_is_a_502_not_an_unknown_customer() {
        Map<String, Object> json = orderJson(CustomerServiceStandIn.customerWithoutRoute());
        post(json, leadToken()).expectStatus().isEqualTo(502)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://atelier.dev/problems/bad-gateway")
                .jsonPath("$.service").isEqualTo("customer-service");
        assertThat(storedWithNotes(json.get("notes"))).isZero();
    }

    @Test
    void bad_input_is_400_even_while_customer_service_is_down() {
        Map<String, Object> json = orderJson(UUID.randomUUID());
        json.put("deliveryDate", today().minusDays(3).toString());
        CustomerServiceStandIn.stop();
        try {
            post(json, leadToken()).expectStatus().isBadRequest()
                    .expectBody().jsonPath("$.errors[0].field").isEqualTo("deliveryDate");
        } finally {
            CustomerServiceStandIn.start();
        }
        assertThat(storedWithNotes(json.get("notes"))).isZero();
    }

    private void refusedNaming(Map<String, Object> json, String field) {
        post(json, leadToken())
                .expectStatus().isEqualTo(422)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(422)
                .jsonPath("$.errors[*].field").value(fields -> assertThat((List<String>) fields).containsExactly(field));
        assertThat(storedWithNotes(json.get("notes"))).isZero();
    }
}
