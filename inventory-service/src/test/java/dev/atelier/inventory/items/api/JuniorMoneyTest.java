package dev.atelier.inventory.items.api;

import dev.atelier.inventory.InventoryIntegrationTest;
import dev.atelier.platform.test.Refusals;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Juniors see no prices: none in an item, and no list narrowed or sorted by them. */
class JuniorMoneyTest extends InventoryIntegrationTest {

    @Test
    void an_item_has_a_price_for_a_lead_and_none_for_a_junior() {
        UUID id = createItem(2);
        web.get().uri("/api/inventory/{id}", id).headers(h -> h.setBearerAuth(lead())).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.price.currency").isEqualTo("EUR");
        web.get().uri("/api/inventory/{id}", id).headers(h -> h.setBearerAuth(junior())).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.id").isEqualTo(id.toString())
                .jsonPath("$.price").doesNotExist();
        web.get().uri("/api/inventory?size=5").headers(h -> h.setBearerAuth(junior())).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.content[0].id").exists()
                .jsonPath("$.content[*].price").doesNotExist();
    }

    @ParameterizedTest(name = "{0} is 403 naming {1} for a junior, 200 for a lead")
    @CsvSource(delimiter = '|', value = {
        "minPrice=1 | minPrice",
        "maxPrice=100 | maxPrice",
        "sort=price,asc | sort",
        "sort=name,asc&sort=price,desc | sort",
        // Refused before the range is checked: the 403 does not depend on the other values.
        "minPrice=5&maxPrice=1 | minPrice",
        // ... and before binding: a malformed companion parameter is not a 400 first.
        "minPrice=1&lowStock=perhaps | minPrice",
        "sort=price&size=0 | sort",
    })
    void a_junior_may_not_filter_or_sort_by_price(String query, String parameter) {
        Refusals.forbidden(web.get().uri("/api/inventory?" + query).headers(h -> h.setBearerAuth(junior())).exchange())
                .jsonPath("$.parameter").isEqualTo(parameter);
        if (!query.contains("maxPrice=1") && !query.contains("perhaps") && !query.contains("size=0")) {
            web.get().uri("/api/inventory?" + query).headers(h -> h.setBearerAuth(lead())).exchange()
                    .expectStatus().isOk();
        }
    }

    @Test
    void a_junior_may_still_filter_and_sort_by_everything_else() {
        web.get().uri("/api/inventory?lowStock=true&sort=name,asc").headers(h -> h.setBearerAuth(junior())).exchange()
                .expectStatus().isOk();
    }
}
