package dev.atelier.drills.stock;

import dev.atelier.apiclient.Answer;
import dev.atelier.apiclient.GatewayApi;
import dev.atelier.drills.fixture.SuiteFixtures;
import dev.atelier.load.Load;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * What the stock drills create through the gateway as lead ({@link SuiteFixtures}: a customer, and
 * stock-tracked items with a fresh SKU per run, so runs never share stock), and orders of one
 * stock-tracked item for them.
 */
final class StockFixture {

    private final GatewayApi api;
    private final SuiteFixtures fixtures;
    private String customerId;

    StockFixture(GatewayApi api, String drill) {
        this.api = api;
        this.fixtures = new SuiteFixtures(api, drill);
    }

    String lead() throws IOException, InterruptedException {
        return api.token("lead");
    }

    /** The run's customer, created on first use. */
    String customer() throws IOException, InterruptedException {
        if (customerId == null) {
            customerId = fixtures.customer();
        }
        return customerId;
    }

    /** A new stock-tracked item with {@code quantity} pieces; its id. */
    String item(long quantity) throws IOException, InterruptedException {
        return fixtures.inventoryItem(quantity);
    }

    /** POST /api/orders for {@code quantity} of one item; the answer as it came. */
    Answer order(String itemId, long quantity, String notes) throws IOException, InterruptedException {
        return api.postJson("/api/orders", lead(), orderJson(customer(), itemId, quantity, notes));
    }

    /** The same order as a call for the load engine: POST /api/orders through the gateway. */
    Load.Call orderCall(String itemId, String notes) throws IOException, InterruptedException {
        return new Load.Call("POST", api.gateway() + "/api/orders", "application/json",
                orderJson(customer(), itemId, 1, notes).getBytes(StandardCharsets.UTF_8));
    }

    static String orderJson(String customerId, String itemId, long quantity, String notes) {
        return """
                {"customerId": "%s", "items": [{"inventoryItemId": "%s", "quantity": %d}],
                 "price": {"amount": 100.00, "currency": "EUR"}, "deliveryDate": "%s", "deliveryMethod": "PICKUP", "notes": "%s"}"""
                .formatted(customerId, itemId, quantity, LocalDate.now().plusWeeks(4), notes);
    }
}
