package dev.atelier.drills.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class JuniorRefusalsTest {

    @Test
    void every_lead_only_endpoint_is_probed_with_junk_ids_body_and_paging() {
        List<Endpoint> leadOnly = AuthEndpoints.all().stream().filter(endpoint -> endpoint.access() == Access.LEAD_ONLY).toList();
        List<JuniorRefusals.Probe> probes = JuniorRefusals.junkInput(AuthEndpoints.all());

        assertThat(probes).hasSameSizeAs(leadOnly).isNotEmpty();
        assertThat(probes).allSatisfy(probe -> {
            assertThat(probe.path()).doesNotContain("{").endsWith("?page=junk&size=-1");
            assertThat(probe.body()).isEqualTo(JuniorRefusals.JUNK_BODY);
        });
        assertThat(probes).extracting(JuniorRefusals.Probe::path)
                .contains("/api/order-items/junk?page=junk&size=-1", "/api/orders/junk/payments/junk?page=junk&size=-1",
                        "/api/users/junk/role?page=junk&size=-1");
    }

    @Test
    void the_money_filters_name_the_parameter_the_service_must_refuse() {
        assertThat(JuniorRefusals.moneyFilters()).allSatisfy(probe -> assertThat(probe.path()).contains(probe.parameter().equals("sort")
                ? "sort=price" : probe.parameter() + "="));
        assertThat(JuniorRefusals.moneyFilters()).extracting(JuniorRefusals.Probe::parameter)
                .containsExactly("paymentStatus", "minPrice", "maxPrice", "sort");
    }
}
