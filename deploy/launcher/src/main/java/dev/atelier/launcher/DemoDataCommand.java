package dev.atelier.launcher;

import dev.atelier.apiclient.Answer;
import dev.atelier.launcher.suite.DemoApi;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code ./atelier demo-data}: a few customers with measurements, inventory items and orders (and
 * a style image per order) through the public API at the gateway, as lead.
 * Running it again adds nothing twice: existing customers and items are found by e-mail and SKU,
 * and orders are only placed for customers it created.
 */
@Command(name = "demo-data", header = "fill in demo customers, measurements, inventory, orders (and images) through the gateway",
        description = "Logs in as lead through POST /api/auth/login and creates 3 customers with measurements, 4 inventory"
                + " items and 3 orders through the gateway (default http://127.0.0.1:8080), plus a style image for each demo"
                + " customer's latest order. Safe to run again: nothing is created twice.")
final class DemoDataCommand implements Callable<Integer> {

    /** {@code language} and {@code emails}: what notification-service writes to them, and whether it may. */
    record Customer(String name, String email, String phone, String street, String city, String postalCode, String country,
                    String notes, String garment, String measurements, String language, boolean emails) {}

    record Item(String sku, String name, String category, String unit, String quantity, String price, String currency,
                String threshold) {}

    static final List<Customer> CUSTOMERS = List.of(
            new Customer("Ada Obi", "ada.obi@example.com", "+2348012345678", "12 Marina", "Lagos", "100001", "NG",
                    "prefers silk", "dress", "{\"bust\": 92.5, \"waist\": 71, \"hip\": 98}", "en", true),
            new Customer("Ines Ade", "ines.ade@example.com", "+2348098765432", "4 Awolowo Road", "Lagos", "101233", "NG",
                    "wedding in June", "gown", "{\"bust\": 88, \"waist\": 66.5, \"hip\": 94, \"shoulder\": 38}", "en", false),
            new Customer("Marc Dubois", "marc.dubois@example.com", "+33612345678", "8 rue du Bac", "Paris", "75007", "FR",
                    "slim fit", "suit", "{\"chest\": 101, \"waist\": 86, \"inseam\": 81.5, \"sleeve\": 64}", "fr", true));

    static final List<Item> ITEMS = List.of(
            new Item("FAB-SILK-001", "Silk charmeuse", "fabric", "METRE", "40", "12.50", "EUR", "5"),
            new Item("FAB-WOOL-002", "Wool suiting, navy", "fabric", "METRE", "25", "18.00", "EUR", "5"),
            new Item("NOT-BTN-010", "Horn buttons 20 mm", "notions", "PIECE", "200", "0.60", "EUR", "40"),
            new Item("NOT-ZIP-004", "Invisible zip 55 cm", "notions", "PIECE", "3", "1.20", "EUR", "5"));

    private final Supplier<LocalSuite> suites;

    DemoDataCommand(Supplier<LocalSuite> suites) {
        this.suites = suites;
    }

    @ParentCommand
    private AtelierCli cli;

    @Parameters(arity = "0..1", paramLabel = "GATEWAY_URL", description = "Where the gateway answers (default: the local suite's).")
    String gateway;

    @Override
    public Integer call() {
        return fill(gateway != null ? gateway : suites.get().gatewayUrl(), cli.out(), cli.err());
    }

    int fill(String gateway, PrintStream out, PrintStream err) {
        DemoApi api = new DemoApi(gateway);
        out.println("Demo data through " + gateway + " (as lead):");
        Answer login = api.login("lead", "lead");
        if (login.status() != 200) {
            err.println("atelier demo-data: login as lead failed (" + login.summary() + "); is the suite up (./atelier status)?");
            return 1;
        }
        api.useToken(login.text("access_token"));

        List<String> newCustomers = new ArrayList<>();
        List<String> customerIds = new ArrayList<>();
        for (Customer customer : CUSTOMERS) {
            Answer created = api.post("/api/customers", """
                    {"name": "%s", "email": "%s", "phone": "%s",
                     "address": {"street": "%s", "city": "%s", "postalCode": "%s", "country": "%s"}, "notes": "%s",
                     "language": "%s", "notifications": {"email": %s}}"""
                    .formatted(customer.name(), customer.email(), customer.phone(), customer.street(), customer.city(),
                            customer.postalCode(), customer.country(), customer.notes(), customer.language(), customer.emails()));
            String id;
            if (created.status() == 201) {
                id = created.text("id");
                newCustomers.add(id);
                Answer measured = api.post("/api/measurements", """
                        {"customerId": "%s", "orderId": null, "type": "%s", "unit": "CM", "values": %s, "notes": ""}"""
                        .formatted(id, customer.garment(), customer.measurements()));
                report(out, "customer " + customer.name(), created, measured.status() == 201 ? "with " + customer.garment()
                        + " measurements" : "measurements: " + measured.summary());
            } else if (created.status() == 409) {
                id = api.firstId("/api/customers?q=" + customer.email());
                out.println("  customer " + customer.name() + ": already there");
            } else {
                err.println("atelier demo-data: customer " + customer.name() + ": " + created.summary());
                return 1;
            }
            customerIds.add(id);
        }

        List<String> itemIds = new ArrayList<>();
        for (Item item : ITEMS) {
            Answer created = api.post("/api/inventory", """
                    {"sku": "%s", "name": "%s", "category": "%s", "unit": "%s", "quantity": %s,
                     "price": {"amount": %s, "currency": "%s"}, "lowStockThreshold": %s}"""
                    .formatted(item.sku(), item.name(), item.category(), item.unit(), item.quantity(), item.price(),
                            item.currency(), item.threshold()));
            if (created.status() == 201) {
                itemIds.add(created.text("id"));
                report(out, "item " + item.sku(), created, item.quantity() + " " + item.unit());
            } else if (created.status() == 409) {
                itemIds.add(api.firstId("/api/inventory?q=" + item.sku()));
                out.println("  item " + item.sku() + ": already there");
            } else {
                err.println("atelier demo-data: item " + item.sku() + ": " + created.summary());
                return 1;
            }
        }

        String deliveryDate = LocalDate.now().plusWeeks(4).toString();
        String[][] orders = {
                {"[{\"inventoryItemId\": \"" + itemIds.get(0) + "\", \"size\": \"UK 12\", \"quantity\": 3},"
                        + " {\"description\": \"Hand-beaded bodice\", \"quantity\": 1}]", "450.00", "evening dress"},
                {"[{\"inventoryItemId\": \"" + itemIds.get(0) + "\", \"size\": \"UK 10\", \"quantity\": 6},"
                        + " {\"inventoryItemId\": \"" + itemIds.get(3) + "\", \"quantity\": 1}]", "1200.00", "wedding gown"},
                {"[{\"inventoryItemId\": \"" + itemIds.get(1) + "\", \"size\": \"50\", \"quantity\": 3.2},"
                        + " {\"inventoryItemId\": \"" + itemIds.get(2) + "\", \"quantity\": 8}]", "890.00", "two-piece suit"}};
        for (int i = 0; i < CUSTOMERS.size(); i++) {
            if (!newCustomers.contains(customerIds.get(i))) {
                continue; // orders come with new customers only, so a second run places none twice
            }
            Answer created = api.post("/api/orders", """
                    {"customerId": "%s", "measurementId": null, "items": %s, "price": {"amount": %s, "currency": "EUR"},
                     "deliveryDate": "%s", "deliveryMethod": "PICKUP", "notes": "%s"}"""
                    .formatted(customerIds.get(i), orders[i][0], orders[i][1], deliveryDate, orders[i][2]));
            report(out, "order " + orders[i][2] + " for " + CUSTOMERS.get(i).name(), created, "");
        }

        Answer probe = api.uploadImage("", "probe", new byte[0]);
        if (probe.status() == 404 || probe.status() == 503) {
            out.println("  style images: skipped (POST /api/style-images answers " + probe.status() + "; media-service does not take uploads)");
        } else {
            // every demo customer's latest order gets one sketch, also orders placed by an earlier run
            for (String customerId : customerIds) {
                for (String orderId : api.ids("/api/orders?customerId=" + customerId + "&size=1")) {
                    if (!api.ids("/api/style-images?orderId=" + orderId + "&size=1").isEmpty()) {
                        out.println("  style image for order " + orderId + ": already there");
                        continue;
                    }
                    Answer image = api.uploadImage(orderId, "first sketch", DemoApi.sketchPng());
                    report(out, "style image for order " + orderId, image, "");
                }
            }
        }
        out.println("Done: log in at " + gateway + "/api/auth/login as lead/lead or junior/junior and look around.");
        return 0;
    }

    private static void report(PrintStream out, String what, Answer answer, String note) {
        out.println("  " + what + ": " + (answer.status() == 201 ? "created" + (note.isEmpty() ? "" : ", " + note) : answer.summary()));
    }
}
