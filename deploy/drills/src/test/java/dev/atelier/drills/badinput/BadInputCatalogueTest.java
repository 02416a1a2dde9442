package dev.atelier.drills.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.drills.auth.AuthEndpoints;
import dev.atelier.drills.auth.Endpoint;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BadInputCatalogueTest {

    private static final String ID = "0b9a4c1e-0000-4000-8000-00000000000";
    private static final Targets TARGETS = new Targets("bad-input-test", ID + "1", ID + "2", ID + "3", ID + "4", ID + "5", ID + "6", ID + "7", ID + "8",
            ID + "9");
    private static final BadInputCatalogue CATALOGUE = BadInputCatalogue.load();
    private static final List<Probe> PROBES = CATALOGUE.probes(TARGETS);

    @Test
    void the_file_holds_all_781_requests_in_fourteen_groups_in_print_order() {
        assertThat(PROBES).hasSize(781);
        assertThat(CATALOGUE.groups()).containsExactly("auth", "users", "customers", "measurements", "inventory",
                "inventory-changes", "orders", "order-status", "order-items", "payments", "style-images", "notifications",
                "webhooks", "gateway");
    }

    @Test
    void macros_expand_for_their_endpoint_and_placeholders_for_the_run() {
        assertThat(PROBES).filteredOn(probe -> probe.what().equals("broken JSON") && probe.path().equals("/api/users/" + ID + "9"))
                .extracting(Probe::method).containsExactly("PUT", "PATCH");
        assertThat(PROBES).anySatisfy(probe -> {
            assertThat(probe.what()).isEqualTo("SQL as SKU");
            assertThat(new String(probe.body(), StandardCharsets.UTF_8)).startsWith("{\"sku\": \"' OR 1=1; DROP TABLE customer; --\", \"name\": \"Drill\"");
        });
        assertThat(PROBES).anySatisfy(probe -> {
            assertThat(probe.what()).isEqualTo("quantity as text");
            assertThat(new String(probe.body(), StandardCharsets.UTF_8)).contains("BAD-INPUT-TEST-BAD-1");
        });
        assertThat(PROBES).filteredOn(probe -> probe.what().equals("no content type")).allMatch(probe -> probe.contentType() == null);
    }

    @Test
    void at_least_two_hundred_requests_in_every_endpoint_group() {
        assertThat(PROBES).hasSizeGreaterThanOrEqualTo(200);
        Map<String, Long> byGroup = PROBES.stream().collect(Collectors.groupingBy(Probe::group, Collectors.counting()));
        assertThat(byGroup.keySet()).containsExactlyInAnyOrderElementsOf(CATALOGUE.groups());
        byGroup.forEach((group, count) -> assertThat(count).as(group).isGreaterThanOrEqualTo(10));
    }

    @Test
    void every_endpoint_that_takes_a_body_gets_the_malformed_shapes_and_every_endpoint_some_bad_request() {
        for (Endpoint endpoint : AuthEndpoints.all()) {
            Pattern path = Pattern.compile(endpoint.template().replaceAll("\\{[^}]+}", "[^/?]+") + "(\\?.*)?");
            List<Probe> aimed = PROBES.stream().filter(probe -> probe.method().equals(endpoint.method())
                    && path.matcher(probe.path()).matches()).toList();
            if (endpoint.template().startsWith("/actuator")) {
                continue;
            }
            assertThat(aimed).as(endpoint.name()).isNotEmpty();
            // uploads are multipart; a resend or a test takes no body at all
            if (Set.of("PUT", "PATCH").contains(endpoint.method()) || (endpoint.method().equals("POST")
                    && !endpoint.template().equals("/api/style-images") && !endpoint.template().endsWith("/resend")
                    && !endpoint.template().endsWith("/test"))) {
                assertThat(aimed).as(endpoint.name()).extracting(Probe::what)
                        .contains("broken JSON", "array instead of object", "text/plain body", "invalid UTF-8 bytes", "oversized body (1.5 MiB)");
            }
        }
    }

    @Test
    void injection_unicode_huge_numbers_and_multipart_oddities_are_all_there() {
        Function<String, Long> bodiesWith = text -> PROBES.stream()
                .filter(probe -> probe.body() != null && new String(probe.body(), StandardCharsets.UTF_8).contains(text)).count();
        assertThat(bodiesWith.apply("DROP TABLE")).isGreaterThanOrEqualTo(10);
        assertThat(bodiesWith.apply("<script>")).isGreaterThanOrEqualTo(3);
        assertThat(bodiesWith.apply("1e400")).isGreaterThanOrEqualTo(5);
        assertThat(bodiesWith.apply("\\u0000")).isGreaterThanOrEqualTo(5);
        assertThat(bodiesWith.apply("../../")).isGreaterThanOrEqualTo(2);
        assertThat(PROBES).filteredOn(probe -> probe.path().contains("%0D%0A") || probe.path().contains("%0d%0a")).isNotEmpty();
        assertThat(PROBES).filteredOn(probe -> probe.contentType() != null && probe.contentType().startsWith("multipart/"))
                .hasSizeGreaterThanOrEqualTo(15);
        assertThat(PROBES).filteredOn(probe -> probe.identity().equals("junior")).hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void the_bad_requests_aim_at_the_real_fixtures() {
        for (String id : List.of(TARGETS.customer(), TARGETS.inventoryItem(), TARGETS.order(), TARGETS.orderItem(), TARGETS.image(),
                TARGETS.user(), TARGETS.measurement(), TARGETS.payment())) {
            assertThat(PROBES).as(id).anyMatch(probe -> probe.path().contains(id)
                    || (probe.body() != null && new String(probe.body(), StandardCharsets.UTF_8).contains(id)));
        }
    }

    @Test
    void every_request_is_a_gateway_path_sent_as_lead_junior_or_without_a_token() {
        assertThat(PROBES).allMatch(probe -> probe.path().startsWith("/"));
        assertThat(PROBES).extracting(Probe::identity).containsOnly("lead", "junior", "none");
        assertThat(PROBES).filteredOn(Probe::isWrite).hasSizeGreaterThan(PROBES.size() / 2);
    }
}
