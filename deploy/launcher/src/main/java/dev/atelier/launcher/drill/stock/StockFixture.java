package dev.atelier.launcher.drill.stock;

import dev.atelier.launcher.bench.BenchClient.Answer;
import dev.atelier.launcher.drill.DrillApi;
import java.io.IOException;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What the stock drills create through the gateway as lead: a customer and stock-tracked items of
 * their own (a fresh SKU per run, so runs never share stock), and orders for them.
 */
final class StockFixture {

    private final DrillApi api;
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private String customerId;

    StockFixture(DrillApi api) {
        this.api = api;
    }

    String lead() throws IOException, InterruptedException {
        return api.token("lead");
    }

    /** The run's customer, created on first use. */
    String customer() throws IOException, InterruptedException {
        if (customerId == null) {
            Answer created = api.postJson("/api/customers", lead(), """
                    {"name": "Drill Customer %s", "email": "drill-%s@atelier.example", "phone": "+2348000000001",
                     "address": {"street": "1 Drill Road", "city": "Lagos", "postalCode": "100001", "country": "NG"},
                     "notes": "./atelier drill"}""".formatted(run, run));
            customerId = idOf(created, "customer");
        }
        return customerId;
    }

    /** A new stock-tracked item with {@code quantity} pieces; its id. */
    String item(String label, long quantity) throws IOException, InterruptedException {
        String sku = "DRILL-" + label.toUpperCase(java.util.Locale.ROOT) + "-" + run;
        Answer created = api.postJson("/api/inventory", lead(), """
                {"sku": "%s", "name": "Drill %s %s", "category": "drill", "unit": "PIECE", "quantity": %d,
                 "price": {"amount": 1.00, "currency": "EUR"}, "lowStockThreshold": 0}""".formatted(sku, label, run, quantity));
        return idOf(created, "inventory item " + sku);
    }

    /** POST /api/orders for {@code quantity} of one item; the answer as it came. */
    Answer order(String itemId, long quantity, String notes) throws IOException, InterruptedException {
        return api.postJson("/api/orders", lead(), orderJson(customer(), itemId, quantity, notes));
    }

    static String orderJson(String customerId, String itemId, long quantity, String notes) {
        return """
                {"customerId": "%s", "items": [{"inventoryItemId": "%s", "quantity": %d}],
                 "price": {"amount": 100.00, "currency": "EUR"}, "deliveryDate": "%s", "deliveryMethod": "PICKUP", "notes": "%s"}"""
                .formatted(customerId, itemId, quantity, LocalDate.now().plusWeeks(4), notes);
    }

    private static String idOf(Answer created, String what) throws IOException {
        String id = created.text("id");
        if (created.status() != 201 || id.isEmpty()) {
            throw new IOException("cannot create the drill's " + what + ": HTTP " + created.status() + " " + created.body());
        }
        return id;
    }
}
