package dev.atelier.inventory.items.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.inventory.InventoryIntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** List filters, search, sort and paging, inside a category of this test's own so other tests' rows do not count. */
class InventoryListTest extends InventoryIntegrationTest {

    private String category;
    private String marker;

    @BeforeEach
    void items() {
        category = "trims-" + unique();
        marker = unique();
        create("Brass buttons", "BTN-" + marker, "shank buttons", 200, 0.45, 20);
        create("Ivory lace", "LACE-" + marker, "Chantilly lace " + marker + " 100%", 3, 18.00, 5);
        create("Zip 20cm", "ZIP-" + marker, null, 50, 1.20, 10);
        create("Velvet ribbon", "RIB-" + marker, "black", 8, 2.75, 10);
    }

    @Test
    void filters_by_category_and_sorts_by_name() {
        assertThat(names("category=" + category.toUpperCase() + "&sort=name,asc"))
                .containsExactly("Brass buttons", "Ivory lace", "Velvet ribbon", "Zip 20cm");
        assertThat(names("category=" + category + "&sort=name,desc"))
                .containsExactly("Zip 20cm", "Velvet ribbon", "Ivory lace", "Brass buttons");
    }

    @Test
    void sorts_by_quantity_price_and_creation_time() {
        assertThat(names("category=" + category + "&sort=quantity,desc"))
                .containsExactly("Brass buttons", "Zip 20cm", "Velvet ribbon", "Ivory lace");
        assertThat(names("category=" + category + "&sort=price,asc"))
                .containsExactly("Brass buttons", "Zip 20cm", "Velvet ribbon", "Ivory lace");
        assertThat(names("category=" + category + "&sort=createdAt,asc"))
                .containsExactly("Brass buttons", "Ivory lace", "Zip 20cm", "Velvet ribbon");
        assertThat(names("category=" + category))
                .as("newest first by default").containsExactly("Velvet ribbon", "Zip 20cm", "Ivory lace", "Brass buttons");
    }

    @Test
    void filters_by_price_range_and_low_stock() {
        assertThat(names("category=" + category + "&minPrice=1&maxPrice=3&sort=price,asc"))
                .containsExactly("Zip 20cm", "Velvet ribbon");
        assertThat(names("category=" + category + "&lowStock=true&sort=name,asc"))
                .containsExactly("Ivory lace", "Velvet ribbon");
        assertThat(names("category=" + category + "&lowStock=false&sort=name,asc"))
                .containsExactly("Brass buttons", "Zip 20cm");
    }

    @Test
    void searches_name_sku_and_description_case_insensitively() {
        assertThat(names("q=brass&category=" + category)).containsExactly("Brass buttons");
        assertThat(names("q=zip-" + marker)).containsExactly("Zip 20cm");
        assertThat(names("q=" + marker + " 100%")).containsExactly("Ivory lace");
        assertThat(names("q=%&category=" + category)).as("% is literal").containsExactly("Ivory lace");
    }

    @Test
    void pages_with_the_total() {
        web.get().uri("/api/inventory?category={c}&sort=name,asc&page=1&size=3", category)
                .headers(h -> h.setBearerAuth(junior())).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.content.length()").isEqualTo(1)
                .jsonPath("$.content[0].name").isEqualTo("Zip 20cm")
                .jsonPath("$.page.size").isEqualTo(3)
                .jsonPath("$.page.number").isEqualTo(1)
                .jsonPath("$.page.totalElements").isEqualTo(4)
                .jsonPath("$.page.totalPages").isEqualTo(2);
    }

    @Test
    void bad_list_parameters_are_400_naming_the_parameter() {
        badRequest("sort=sku,asc", "sort");
        badRequest("page=-1", "page");
        badRequest("size=0", "size");
        badRequest("minPrice=5&maxPrice=1", "maxPrice");
        web.get().uri("/api/inventory?minPrice=cheap").headers(h -> h.setBearerAuth(lead())).exchange()
                .expectStatus().isBadRequest();
    }

    private void badRequest(String query, String field) {
        web.get().uri("/api/inventory?" + query).headers(h -> h.setBearerAuth(lead())).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo(field);
    }

    @SuppressWarnings("unchecked")
    private List<String> names(String query) {
        Map<String, Object> page = web.get().uri("/api/inventory?" + query).headers(h -> h.setBearerAuth(lead()))
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        return ((List<Map<String, Object>>) page.get("content")).stream().map(item -> (String) item.get("name")).toList();
    }

    private void create(String name, String sku, String description, Object quantity, Object price, Object threshold) {
        Map<String, Object> json = itemJson(sku, quantity);
        json.put("name", name);
        json.put("description", description);
        json.put("category", category);
        json.put("price", Map.of("amount", price, "currency", "EUR"));
        json.put("lowStockThreshold", threshold);
        createItem(json);
    }
}
