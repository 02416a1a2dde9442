package dev.atelier.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderSeedTest {

    /** The tests run in deploy/bench; the script is order-service's own. */
    private static String script() throws Exception {
        return Files.readString(Path.of("../..").resolve(OrderSeed.SCRIPT));
    }

    @Test
    void order_services_script_becomes_plain_statements_for_the_chosen_count() throws Exception {
        List<String> statements = OrderSeed.statements(script(), 1234);

        assertThat(statements).noneMatch(s -> s.contains("\\") || s.contains(":orders") || s.startsWith("--"));
        assertThat(statements).anyMatch(s -> s.contains("generate_series(1, 1234)"));
        assertThat(statements).noneMatch(s -> s.equalsIgnoreCase("BEGIN") || s.equalsIgnoreCase("COMMIT"));
        assertThat(statements).filteredOn(s -> s.startsWith("INSERT INTO")).hasSize(2);
    }

    @Test
    void every_seeded_order_carries_the_marker_instead_of_lead() throws Exception {
        List<String> statements = OrderSeed.statements(script(), 10);
        String orders = statements.stream().filter(s -> s.startsWith("INSERT INTO customer_order")).findFirst().orElseThrow();

        assertThat(orders).contains("'bench-seed'").doesNotContain("'lead'");
        assertThat(OrderSeed.deleteStatement()).isEqualTo("DELETE FROM customer_order WHERE created_by = 'bench-seed'");
        assertThat(OrderSeed.countStatement()).endsWith("WHERE created_by = 'bench-seed'");
    }

    @Test
    void items_go_to_the_seeded_orders_only_not_to_orders_already_there() throws Exception {
        String items = OrderSeed.statements(script(), 10).stream().filter(s -> s.startsWith("INSERT INTO order_item"))
                .findFirst().orElseThrow();

        assertThat(items).containsPattern("FROM customer_order o CROSS JOIN generate_series\\(0, 1\\) AS p\\s+"
                + "WHERE o.created_by = 'bench-seed'\\s+ORDER BY o.created_at, p");
    }

    @Test
    void vacuums_come_after_the_inserts() throws Exception {
        List<String> statements = OrderSeed.statements(script(), 10);
        int lastInsert = -1;
        int firstVacuum = Integer.MAX_VALUE;
        for (int i = 0; i < statements.size(); i++) {
            if (statements.get(i).startsWith("INSERT")) {
                lastInsert = i;
            }
            if (OrderSeed.isVacuum(statements.get(i))) {
                firstVacuum = Math.min(firstVacuum, i);
            }
        }
        assertThat(lastInsert).isLessThan(firstVacuum);
        assertThat(statements.stream().filter(OrderSeed::isVacuum)).hasSize(2);
    }

    @Test
    void a_script_that_lost_its_shape_is_refused() {
        assertThatThrownBy(() -> OrderSeed.statements("INSERT INTO customer_order SELECT 1;", 10))
                .hasMessageContaining(OrderSeed.SCRIPT);
    }
}
