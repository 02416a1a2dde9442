package dev.atelier.order.customers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.order.OrderApiTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A linked measurement set is copied into the order as it is at the moment of linking. */
class MeasurementCopyTest extends OrderApiTest {

    @Test
    void the_measurement_set_is_copied_and_a_later_re_measure_does_not_change_the_order() {
        UUID customer = UUID.randomUUID();
        UUID measurement = UUID.randomUUID();
        CustomerServiceStandIn.measurement(measurement, customer, "dress", "CM",
                Map.of("bust", new BigDecimal("92.5"), "waist", new BigDecimal("71")), "after fitting", 3);
        Map<String, Object> json = orderJson(customer);
        json.put("measurementId", measurement.toString());
        String token = leadToken();
        Map<?, ?> created = post(json, token).expectStatus().isCreated().expectBody(Map.class).returnResult()
                .getResponseBody();
        assertThat(created.get("measurementId")).isEqualTo(measurement.toString());
        Map<?, ?> copy = (Map<?, ?>) created.get("measurement");
        assertThat(copy.get("id")).isEqualTo(measurement.toString());
        assertThat(copy.get("type")).isEqualTo("dress");
        assertThat(copy.get("unit")).isEqualTo("CM");
        assertThat(copy.get("values")).isEqualTo(Map.of("bust", 92.5, "waist", 71));
        assertThat(copy.get("notes")).isEqualTo("after fitting");
        assertThat(copy.get("version")).isEqualTo(3);
        assertThat(copy.get("copiedAt")).isNotNull();
        assertThat(CustomerServiceStandIn.authorizationSeenFor(measurement)).isEqualTo("Bearer " + token);

        CustomerServiceStandIn.measurement(measurement, customer, "dress", "CM",
                Map.of("bust", new BigDecimal("95"), "waist", new BigDecimal("74")), "re-measured", 4);
        Map<?, ?> read = http.get().uri("/api/orders/{id}", created.get("id")).headers(h -> h.setBearerAuth(leadToken()))
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(read.get("measurement")).isEqualTo(copy);
    }

    @Test
    void an_unknown_measurement_set_is_422_naming_measurementId_and_nothing_is_stored() {
        Map<String, Object> json = orderJson(UUID.randomUUID());
        json.put("measurementId", UUID.randomUUID().toString());
        refusedNaming(json, "measurementId");
    }

    @Test
    void another_customers_measurement_set_is_422_naming_measurementId_and_nothing_is_stored() {
        UUID measurement = UUID.randomUUID();
        CustomerServiceStandIn.measurement(measurement, UUID.randomUUID(), "trousers", "IN",
                Map.of("inseam", new BigDecimal("31")), null, 0);
        Map<String, Object> json = orderJson(UUID.randomUUID());
        json.put("measurementId", measurement.toString());
        refusedNaming(json, "measurementId");
    }

    @Test
    void an_order_without_a_measurement_set_has_no_copy() {
        Map<?, ?> created = create(orderJson(UUID.randomUUID()));
        assertThat(created.get("measurementId")).isNull();
        assertThat(created.get("measurement")).isNull();
    }

    private void refusedNaming(Map<String, Object> json, String field) {
        post(json, leadToken()).expectStatus().isEqualTo(422)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://atelier.dev/problems/validation")
                .jsonPath("$.errors[*].field").value(fields -> assertThat((List<String>) fields).containsExactly(field));
        assertThat(storedWithNotes(json.get("notes"))).isZero();
    }
}
