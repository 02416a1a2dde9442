package dev.atelier.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class BenchmarkTest {

    @Test
    void the_customer_filter_names_a_customer_the_seed_made() {
        // PostgreSQL: SELECT md5('customer-4242')::uuid
        assertThat(Benchmark.seededCustomer(4242)).isEqualTo("fa67c75e-973e-5692-df26-c9f8e0fc514f");
    }

    @Test
    void the_order_has_two_stock_tracked_items() {
        JsonNode order = JsonMapper.builder().build().readTree(
                Benchmark.orderJson(new Benchmark.Setup("c-1", "i-a", "i-b", null), "bench"));

        assertThat(order.path("customerId").asString()).isEqualTo("c-1");
        assertThat(order.path("items")).hasSize(2);
        assertThat(order.path("items").path(0).path("inventoryItemId").asString()).isEqualTo("i-a");
        assertThat(order.path("items").path(1).path("inventoryItemId").asString()).isEqualTo("i-b");
    }

    @Test
    void bench_items_hold_plenty_of_stock() {
        JsonNode item = JsonMapper.builder().build().readTree(Benchmark.itemJson(Benchmark.ITEM_A, "A"));

        assertThat(item.path("sku").asString()).isEqualTo("BENCH-STOCK-A");
        assertThat(item.path("quantity").asLong()).isGreaterThanOrEqualTo(1_000_000);
    }
}
