package dev.atelier.order.orders.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.order.OrderApiTest;
import dev.atelier.order.orders.domain.Order;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;

/** Bad input answers problem+json 400 naming the field, and stores nothing. */
class OrderBadInputTest extends OrderApiTest {

    @SuppressWarnings("unchecked")
    private static Map<String, Object> item(Map<String, Object> json, int index) {
        return (Map<String, Object>) ((List<?>) json.get("items")).get(index);
    }

    @SuppressWarnings("unchecked")
    static Stream<Arguments> badOrders() {
        return Stream.of(
                bad("zero quantity", "items[0].quantity", json -> item(json, 0).put("quantity", 0)),
                bad("negative quantity", "items[1].quantity", json -> item(json, 1).put("quantity", -2)),
                bad("quantity with four decimals", "items[0].quantity", json -> item(json, 0).put("quantity", 1.0001)),
                bad("both inventory item and description", "items[0]",
                        json -> item(json, 0).put("description", "also custom")),
                bad("neither inventory item nor description", "items[1]", json -> item(json, 1).remove("description")),
                bad("size on custom work", "items[1].size", json -> item(json, 1).put("size", "M")),
                bad("no items", "items", json -> json.put("items", List.of())),
                bad("no customer", "customerId", json -> json.remove("customerId")),
                bad("customer id not a uuid", "customerId", json -> json.put("customerId", "ada")),
                bad("no price", "price", json -> json.remove("price")),
                bad("price in an unknown currency", "price.currency",
                        json -> json.put("price", Map.of("amount", 10, "currency", "XYZ"))),
                bad("price with too many decimals", "price.amount",
                        json -> json.put("price", Map.of("amount", 10.555, "currency", "EUR"))),
                bad("negative price", "price.amount",
                        json -> json.put("price", Map.of("amount", -1, "currency", "EUR"))),
                bad("price amount not a number", "price.amount",
                        json -> json.put("price", Map.of("amount", "lots", "currency", "EUR"))),
                bad("delivery date before the order date", "deliveryDate",
                        json -> json.put("deliveryDate", today().minusDays(1).toString())),
                bad("delivery date not a date", "deliveryDate", json -> json.put("deliveryDate", "2026-13-40")),
                // Issue 16: a far year was a 500 or was stored as another date.
                bad("delivery date in the year 300000", "deliveryDate", json -> json.put("deliveryDate", "+300000-01-01")),
                bad("delivery date after 2200", "deliveryDate", json -> json.put("deliveryDate", "2201-01-01")),
                // Issue 16: each line passed, inventory refused the sum and the order waited for stock forever.
                bad("two lines of one item summing to 10^11 or more", "items[2].quantity", json -> {
                    item(json, 0).put("quantity", 60_000_000_000L);
                    ((List<Object>) json.get("items")).add(new java.util.LinkedHashMap<>(Map.of(
                            "inventoryItemId", item(json, 0).get("inventoryItemId"), "size", "UK 14",
                            "quantity", 60_000_000_000L)));
                }),
                bad("unknown delivery method", "deliveryMethod", json -> json.put("deliveryMethod", "BOAT")),
                bad("DELIVERY without an address", "deliveryAddress", json -> json.put("deliveryMethod", "DELIVERY")),
                bad("address without a city", "deliveryAddress.city", json -> {
                    json.put("deliveryMethod", "DELIVERY");
                    json.put("deliveryAddress", Map.of("street", "12 Marina", "country", "NG"));
                }));
    }

    private static Arguments bad(String name, String field, Consumer<Map<String, Object>> change) {
        return Arguments.of(name, field, change);
    }

    @ParameterizedTest(name = "{0} -> 400 naming {1}")
    @MethodSource("badOrders")
    void a_bad_order_is_refused_naming_the_field_and_nothing_is_stored(String name, String field,
            Consumer<Map<String, Object>> change) {
        Map<String, Object> json = orderJson(UUID.randomUUID());
        change.accept(json);
        post(json, leadToken())
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(400)
                .jsonPath("$.errors[*].field").value(fields -> assertThat((List<String>) fields).contains(field));
        assertThat(storedWithNotes(json.get("notes"))).isZero();
    }

    static Stream<Arguments> itemListsAnOrderCannotHold() {
        return Stream.of(Arguments.of(0, "must contain at least one item"),
                Arguments.of(Order.MAX_ITEMS + 1, "must contain at most " + Order.MAX_ITEMS + " items"));
    }

    /** The order's own item rule (no bean validation restates it) still answers the validation problem. */
    @ParameterizedTest(name = "{0} items -> 400 naming items")
    @MethodSource("itemListsAnOrderCannotHold")
    void an_item_list_the_order_cannot_hold_is_400_naming_items_and_nothing_is_stored(int count, String message) {
        Map<String, Object> json = orderJson(UUID.randomUUID());
        json.put("items", Collections.nCopies(count, Map.of("description", "Sequin panel", "quantity", 1)));
        post(json, leadToken())
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://atelier.dev/problems/validation")
                .jsonPath("$.detail").isEqualTo("The request has invalid fields.")
                .jsonPath("$.errors.length()").isEqualTo(1)
                .jsonPath("$.errors[0].field").isEqualTo("items")
                .jsonPath("$.errors[0].message").isEqualTo(message);
        assertThat(storedWithNotes(json.get("notes"))).isZero();
    }

    @org.junit.jupiter.api.Test
    void malformed_json_is_400_and_nothing_is_stored() {
        http.post().uri("/api/orders").headers(h -> h.setBearerAuth(leadToken()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"customerId\": \"" + UUID.randomUUID() + "\", \"items\": [")
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://atelier.dev/problems/malformed-request");
    }

    @ParameterizedTest(name = "GET /api/orders?{0} -> 400")
    @ValueSource(strings = {"status=SHIPPED", "stockStatus=LOST", "paymentStatus=FREE", "customerId=ada",
            "deliveryFrom=2026-13-01", "deliveryTo=tomorrow", "deliveryTo=2201-01-01", "deliveryFrom=1899-12-31", "deliveryFrom=2026-12-31&deliveryTo=2026-12-01",
            "sort=notes,asc", "page=-1", "size=0"})
    void bad_list_parameters_are_400_naming_the_parameter(String query) {
        String parameter = query.contains("deliveryFrom=2026-12-31") ? "deliveryTo" : query.substring(0, query.indexOf('='));
        http.get().uri("/api/orders?" + query).headers(h -> h.setBearerAuth(leadToken())).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[*].field").value(fields -> assertThat((List<String>) fields).contains(parameter));
    }
}
