package dev.atelier.order.orders.api;

import dev.atelier.order.OrderApiTest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 16 item 10: "today" was always UTC, so a shop west of UTC could not deliver "today" in the evening
 * and its orders turned overdue hours early. Here the shop is in Los Angeles and it is 03:00 UTC: the
 * shop's day is still the UTC day before.
 */
@Import(ShopTimeZoneTest.EveningInLosAngeles.class)
@TestPropertySource(properties = "atelier.time-zone=America/Los_Angeles")
class ShopTimeZoneTest extends OrderApiTest {

    private static final LocalDate UTC_TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final LocalDate SHOP_TODAY = UTC_TODAY.minusDays(1);

    @TestConfiguration
    static class EveningInLosAngeles {

        @Bean
        Clock eveningClock() {
            return Clock.fixed(UTC_TODAY.atTime(3, 0).toInstant(ZoneOffset.UTC), ZoneId.of("America/Los_Angeles"));
        }
    }

    @Test
    void the_shop_can_deliver_on_its_own_today_and_such_an_order_is_not_overdue() {
        UUID customer = UUID.randomUUID();
        Map<String, Object> json = orderJson(customer);
        json.put("deliveryDate", SHOP_TODAY.toString());
        String id = (String) create(json).get("id");

        http.get().uri("/api/orders?customerId={c}&overdue=false", customer)
                .headers(h -> h.setBearerAuth(leadToken())).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.page.totalElements").isEqualTo(1)
                .jsonPath("$.content[0].id").isEqualTo(id);
        http.get().uri("/api/orders?customerId={c}&overdue=true", customer)
                .headers(h -> h.setBearerAuth(leadToken())).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.page.totalElements").isEqualTo(0);
        // The delivery window ending on the shop's day still finds it (the created_at bound allows for the zone).
        http.get().uri("/api/orders?customerId={c}&deliveryTo={d}", customer, SHOP_TODAY)
                .headers(h -> h.setBearerAuth(leadToken())).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.page.totalElements").isEqualTo(1);
    }

    @Test
    void the_day_before_the_shops_today_is_still_refused() {
        Map<String, Object> json = orderJson(UUID.randomUUID());
        json.put("deliveryDate", SHOP_TODAY.minusDays(1).toString());
        post(json, leadToken()).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("deliveryDate");
    }

    @Test
    void an_order_due_yesterday_in_the_shop_is_overdue() {
        UUID customer = UUID.randomUUID();
        UUID order = createOrder(customer);
        database.sql("""
                        UPDATE customer_order SET delivery_date = :d,
                          created_at = (CAST(:d AS date) - 20)::timestamp AT TIME ZONE 'UTC' WHERE id = :id""")
                .bind("d", SHOP_TODAY.minusDays(1)).bind("id", order).then().block();
        http.get().uri("/api/orders?customerId={c}&overdue=true", customer)
                .headers(h -> h.setBearerAuth(leadToken())).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.page.totalElements").isEqualTo(1);
    }
}
