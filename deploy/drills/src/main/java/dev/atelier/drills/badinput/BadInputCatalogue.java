package dev.atelier.drills.badinput;

import dev.atelier.apiclient.Multipart;
import dev.atelier.drills.fixture.SuiteFixtures;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The bad-input drill's requests: for every endpoint that takes a body, the same malformed shapes
 * (broken JSON, wrong top-level type, wrong content type, invalid UTF-8, deep nesting, oversized), then
 * per endpoint wrongly typed fields, injection-style values in validated fields, huge numbers and
 * unicode oddities; for the reads, odd ids, paths and query parameters. Every write here must be
 * refused (a 4xx), so none of them may leave a row behind.
 */
public final class BadInputCatalogue {

    /** Endpoint groups, as printed. */
    public static final List<String> GROUPS = List.of("auth", "users", "customers", "measurements", "inventory", "inventory-changes",
            "orders", "order-status", "order-items", "payments", "style-images", "gateway");

    static final String SQL = "' OR 1=1; DROP TABLE customer; --";
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String TRAVERSAL = "../../../../etc/passwd";
    static final int OVERSIZED = 3 * 512 * 1024;

    private final Targets t;
    /** This run's tag in names, e-mails and SKUs: a bad request that were wrongly accepted could not collide with an earlier one. */
    private final String tag;
    private final String upper;
    private final List<Probe> probes = new ArrayList<>();

    private BadInputCatalogue(Targets targets) {
        this.t = targets;
        this.tag = targets.tag();
        this.upper = targets.tag().toUpperCase(java.util.Locale.ROOT);
    }

    public static List<Probe> probes(Targets targets) {
        BadInputCatalogue catalogue = new BadInputCatalogue(targets);
        catalogue.auth();
        catalogue.users();
        catalogue.customers();
        catalogue.measurements();
        catalogue.inventory();
        catalogue.inventoryChanges();
        catalogue.orders();
        catalogue.orderStatus();
        catalogue.orderItems();
        catalogue.payments();
        catalogue.styleImages();
        catalogue.gateway();
        return List.copyOf(catalogue.probes);
    }

    private void add(Probe probe) {
        probes.add(probe);
    }

    private void json(String group, String what, String method, String path, String body) {
        add(Probe.json(group, what, method, path, body));
    }

    private void get(String group, String what, String path) {
        add(Probe.call(group, what, "GET", path));
    }

    /** The malformed shapes every JSON endpoint gets. */
    private void shapes(String group, String method, String path) {
        json(group, "broken JSON", method, path, "{\"name\": ");
        json(group, "empty body", method, path, "");
        json(group, "array instead of object", method, path, "[{\"name\": \"x\"}]");
        json(group, "JSON null", method, path, "null");
        json(group, "bare number", method, path, "42");
        json(group, "bare string", method, path, "\"" + SQL + "\"");
        add(Probe.json(group, "text/plain body", method, path, "{}").withContentType("text/plain"));
        add(Probe.json(group, "XML body", method, path, "<?xml version=\"1.0\"?><x><name>x</name></x>").withContentType("application/xml"));
        add(Probe.json(group, "form-encoded body", method, path, "name=x&email=x%40example.com")
                .withContentType("application/x-www-form-urlencoded"));
        add(Probe.json(group, "no content type", method, path, "{\"name\": \"x\"}").withContentType(null));
        add(Probe.json(group, "unknown charset", method, path, "{}").withContentType("application/json; charset=x-klingon"));
        add(new Probe(group, "invalid UTF-8 bytes", "lead", method, path, Probe.JSON, invalidUtf8(), Map.of()));
        json(group, "nested 5,000 deep", method, path, "[".repeat(5000) + "]".repeat(5000));
        add(new Probe(group, "oversized body (1.5 MiB)", "lead", method, path, Probe.JSON, oversized(), Map.of()));
    }

    private void auth() {
        String g = "auth";
        for (String path : List.of("/api/auth/login", "/api/auth/refresh", "/api/auth/logout")) {
            shapes(g, "POST", path);
        }
        json(g, "username as object", "POST", "/api/auth/login", "{\"username\": {\"$ne\": null}, \"password\": \"x\"}");
        json(g, "SQL in username", "POST", "/api/auth/login", "{\"username\": \"" + SQL + "\", \"password\": \"" + SQL + "\"}");
        json(g, "NUL in password", "POST", "/api/auth/login", "{\"username\": \"lead\", \"password\": \"lead\\u0000\"}");
        json(g, "missing password", "POST", "/api/auth/login", "{\"username\": \"lead\"}");
        json(g, "10,000-character username", "POST", "/api/auth/login",
                "{\"username\": \"" + "a".repeat(10_000) + "\", \"password\": \"x\"}");
        json(g, "refresh token as number", "POST", "/api/auth/refresh", "{\"refresh_token\": 12345}");
        json(g, "forged refresh token", "POST", "/api/auth/refresh", "{\"refresh_token\": \"eyJhbGciOiJub25lIn0.e30.\"}");
        json(g, "logout with a junk refresh token", "POST", "/api/auth/logout", "{\"refresh_token\": \"" + SCRIPT + "\"}");
    }

    private void users() {
        String g = "users";
        String user = "/api/users/" + t.user();
        shapes(g, "POST", "/api/users");
        shapes(g, "PUT", user);
        shapes(g, "PATCH", user);
        shapes(g, "PUT", user + "/role");
        String valid = "\"email\": \"" + tag + "-bad@example.com\", \"firstName\": \"A\", \"lastName\": \"B\", \"role\": \"junior_designer\", "
                + "\"password\": \"long-enough-1\"";
        json(g, "SQL in username", "POST", "/api/users", "{\"username\": \"" + SQL + "\", " + valid + "}");
        json(g, "script in username", "POST", "/api/users", "{\"username\": \"" + SCRIPT + "\", " + valid + "}");
        json(g, "CRLF in username", "POST", "/api/users", "{\"username\": \"a\\r\\nSet-Cookie: x=1\", " + valid + "}");
        json(g, "role realm-admin", "POST", "/api/users", "{\"username\": \"" + tag + "-bad-role\", \"email\": \"" + tag + "-bad-role@example.com\", "
                + "\"firstName\": \"A\", \"lastName\": \"B\", \"role\": \"realm-admin\", \"password\": \"long-enough-1\"}");
        json(g, "password too short", "POST", "/api/users", "{\"username\": \"" + tag + "-bad-pw\", \"email\": \"" + tag + "-bad-pw@example.com\", "
                + "\"firstName\": \"A\", \"lastName\": \"B\", \"role\": \"junior_designer\", \"password\": \"x\"}");
        json(g, "enabled as string", "PUT", user, "{\"email\": \"a@example.com\", \"firstName\": \"A\", \"lastName\": \"B\", \"enabled\": \"yes please\"}");
        json(g, "e-mail with SQL", "PATCH", user, "{\"email\": \"" + SQL + "\"}");
        json(g, "blank first name", "PATCH", user, "{\"firstName\": \"   \"}");
        json(g, "role as array", "PUT", user + "/role", "{\"role\": [\"lead_designer\"]}");
        json(g, "unknown role", "PUT", user + "/role", "{\"role\": \"admin\"}");
        get(g, "id not a UUID", "/api/users/" + SQL.replace(" ", "%20").replace(";", "%3B").replace("'", "%27"));
        get(g, "negative page", "/api/users?page=-1");
        get(g, "huge size", "/api/users?size=99999999999999999999");
        get(g, "SQL in q", "/api/users?q=%27%20OR%201%3D1--");
        json(g, "junior with a valid body", "POST", "/api/users", "{\"username\": \"" + tag + "-junior-try\", " + valid + "}");
        probes.set(probes.size() - 1, probes.getLast().as("junior"));
        add(Probe.json(g, "junior with a broken body", "PATCH", user, "{\"enabled\": ").as("junior"));
        deletes(g, "/api/users");
    }

    private void customers() {
        String g = "customers";
        String customer = "/api/customers/" + t.customer();
        shapes(g, "POST", "/api/customers");
        shapes(g, "PUT", customer);
        shapes(g, "PATCH", customer);
        json(g, "name as object", "POST", "/api/customers", "{\"name\": {\"first\": \"A\"}, \"email\": \"" + tag + "-x@example.com\"}");
        json(g, "SQL in e-mail", "POST", "/api/customers", "{\"name\": \"A\", \"email\": \"" + SQL + "\"}");
        json(g, "script as e-mail", "POST", "/api/customers", "{\"name\": \"A\", \"email\": \"" + SCRIPT + "\"}");
        json(g, "missing name", "POST", "/api/customers", "{\"email\": \"" + tag + "-y@example.com\"}");
        json(g, "phone with letters", "POST", "/api/customers", "{\"name\": \"A\", \"email\": \"" + tag + "-z@example.com\", \"phone\": \"+1 555 DROP TABLE\"}");
        json(g, "address as array", "POST", "/api/customers", "{\"name\": \"A\", \"email\": \"" + tag + "-w@example.com\", \"address\": [\"x\"]}");
        json(g, "NUL in name", "POST", "/api/customers", "{\"name\": \"A\\u0000B\", \"email\": \"" + tag + "-nul@example.com\"}");
        json(g, "lone surrogate in name", "POST", "/api/customers", "{\"name\": \"A\\ud800B\", \"email\": \"" + tag + "-sur@example.com\"}");
        json(g, "e-mail with a right-to-left override", "POST", "/api/customers", "{\"name\": \"A\", \"email\": \"moc.elpmaxe@\\u202eevil\"}");
        json(g, "version as text", "PUT", customer, "{\"name\": \"A\", \"email\": \"" + tag + "-v@example.com\", \"version\": \"latest\"}");
        json(g, "version beyond a long", "PUT", customer, "{\"name\": \"A\", \"email\": \"" + tag + "-v@example.com\", \"version\": 92233720368547758070}");
        json(g, "version 1e400", "PUT", customer, "{\"name\": \"A\", \"email\": \"" + tag + "-v@example.com\", \"version\": 1e400}");
        add(Probe.json(g, "merge patch: e-mail as number", "PATCH", customer, "{\"email\": 12, \"version\": 0}")
                .withContentType("application/merge-patch+json"));
        add(Probe.json(g, "merge patch: NUL in notes", "PATCH", customer, "{\"notes\": \"\\u0000\", \"version\": 0}")
                .withContentType("application/merge-patch+json"));
        add(Probe.json(g, "merge patch: array", "PATCH", customer, "[{\"op\": \"remove\", \"path\": \"/name\"}]")
                .withContentType("application/json-patch+json"));
        reads(g, "/api/customers", customer);
        get(g, "exists of a non-UUID", "/api/customers/%27%20OR%20%271%27%3D%271/exists");
        get(g, "NUL in q", "/api/customers?q=%00");
        get(g, "includeArchived as text", "/api/customers?includeArchived=maybe");
        add(Probe.json(g, "junior with a valid body", "POST", "/api/customers", "{\"name\": \"A\", \"email\": \"" + tag + "-j@example.com\"}").as("junior"));
        add(Probe.call(g, "junior deletes", "DELETE", customer).as("junior"));
        deletes(g, "/api/customers");
    }

    private void measurements() {
        String g = "measurements";
        String measurement = "/api/measurements/" + t.measurement();
        shapes(g, "POST", "/api/measurements");
        shapes(g, "PUT", measurement);
        String customer = "\"customerId\": \"" + t.customer() + "\", ";
        json(g, "customerId not a UUID", "POST", "/api/measurements", "{\"customerId\": \"" + SQL + "\", \"type\": \"dress\", \"unit\": \"CM\", \"values\": {\"bust\": 90}}");
        json(g, "values as array", "POST", "/api/measurements", "{" + customer + "\"type\": \"dress\", \"unit\": \"CM\", \"values\": [90, 70]}");
        json(g, "value as text", "POST", "/api/measurements", "{" + customer + "\"type\": \"dress\", \"unit\": \"CM\", \"values\": {\"bust\": \"ninety\"}}");
        json(g, "value 1e400", "POST", "/api/measurements", "{" + customer + "\"type\": \"dress\", \"unit\": \"CM\", \"values\": {\"bust\": 1e400}}");
        json(g, "negative value", "POST", "/api/measurements", "{" + customer + "\"type\": \"dress\", \"unit\": \"CM\", \"values\": {\"bust\": -90}}");
        json(g, "value NaN", "POST", "/api/measurements", "{" + customer + "\"type\": \"dress\", \"unit\": \"CM\", \"values\": {\"bust\": NaN}}");
        json(g, "fullwidth unit", "POST", "/api/measurements", "{" + customer + "\"type\": \"dress\", \"unit\": \"\uff23\uff2d\", \"values\": {\"bust\": 90}}");
        json(g, "SQL as unit", "POST", "/api/measurements", "{" + customer + "\"type\": \"dress\", \"unit\": \"" + SQL + "\", \"values\": {\"bust\": 90}}");
        json(g, "101 values", "POST", "/api/measurements", "{" + customer + "\"type\": \"dress\", \"unit\": \"CM\", \"values\": " + manyValues(101) + "}");
        json(g, "NUL in a measurement name", "POST", "/api/measurements", "{" + customer + "\"type\": \"dress\", \"unit\": \"CM\", \"values\": {\"bu\\u0000st\": 90}}");
        json(g, "unpaired surrogate in a measurement name", "POST", "/api/measurements", "{" + customer + "\"type\": \"dress\", \"unit\": \"CM\", \"values\": {\"b\\ud800\": 90}}");
        json(g, "unknown customer", "POST", "/api/measurements", "{\"customerId\": \"00000000-0000-0000-0000-000000000000\", \"type\": \"dress\", \"unit\": \"CM\", \"values\": {\"bust\": 90}}");
        json(g, "PUT without version", "PUT", measurement, "{" + customer + "\"type\": \"dress\", \"unit\": \"CM\", \"values\": {\"bust\": 91}}");
        json(g, "PUT with a stale version", "PUT", measurement, "{" + customer + "\"type\": \"dress\", \"unit\": \"CM\", \"values\": {\"bust\": 91}, \"version\": 99}");
        add(Probe.json(g, "junior: NUL in type", "POST", "/api/measurements", "{" + customer + "\"type\": \"dr\\u0000ess\", \"unit\": \"CM\", \"values\": {\"bust\": 90}}").as("junior"));
        add(Probe.json(g, "junior: value as object", "PUT", measurement, "{" + customer + "\"type\": \"dress\", \"unit\": \"CM\", \"values\": {\"bust\": {}}, \"version\": 0}").as("junior"));
        reads(g, "/api/measurements", measurement);
        get(g, "history of a non-UUID", "/api/measurements/%3Cscript%3Ealert%281%29/history");
        get(g, "history of an unknown id", "/api/measurements/00000000-0000-0000-0000-000000000000/history");
        get(g, "unit SQL", measurement + "?unit=%27%3B--");
        get(g, "customer measurements of a non-UUID", "/api/customers/1%20OR%201=1/measurements");
        get(g, "customerId filter not a UUID", "/api/measurements?customerId=%27%20OR%20%27%27%3D%27");
    }

    private void inventory() {
        String g = "inventory";
        String item = "/api/inventory/" + t.inventoryItem();
        shapes(g, "POST", "/api/inventory");
        shapes(g, "PUT", item);
        shapes(g, "PATCH", item);
        String rest = "\"name\": \"Drill\", \"category\": \"drill\", \"unit\": \"PIECE\", \"quantity\": 5, \"price\": {\"amount\": 1, \"currency\": \"EUR\"}";
        json(g, "SQL as SKU", "POST", "/api/inventory", "{\"sku\": \"" + SQL + "\", " + rest + "}");
        json(g, "script as SKU", "POST", "/api/inventory", "{\"sku\": \"" + SCRIPT + "\", " + rest + "}");
        json(g, "path traversal as SKU", "POST", "/api/inventory", "{\"sku\": \"" + TRAVERSAL + "\", " + rest + "}");
        json(g, "SKU with a zero-width space", "POST", "/api/inventory", "{\"sku\": \"DRILL\\u200bX\", " + rest + "}");
        json(g, "quantity as text", "POST", "/api/inventory", "{\"sku\": \"" + upper + "-BAD-1\", \"name\": \"Drill\", \"category\": \"drill\", \"unit\": \"PIECE\", "
                + "\"quantity\": \"lots\", \"price\": {\"amount\": 1, \"currency\": \"EUR\"}}");
        json(g, "quantity 1e400", "POST", "/api/inventory", "{\"sku\": \"" + upper + "-BAD-2\", \"name\": \"Drill\", \"category\": \"drill\", \"unit\": \"PIECE\", "
                + "\"quantity\": 1e400, \"price\": {\"amount\": 1, \"currency\": \"EUR\"}}");
        json(g, "quantity with 40 digits", "POST", "/api/inventory", "{\"sku\": \"" + upper + "-BAD-3\", \"name\": \"Drill\", \"category\": \"drill\", \"unit\": \"PIECE\", "
                + "\"quantity\": 1234567890123456789012345678901234567890, \"price\": {\"amount\": 1, \"currency\": \"EUR\"}}");
        json(g, "negative quantity", "POST", "/api/inventory", "{\"sku\": \"" + upper + "-BAD-4\", \"name\": \"Drill\", \"category\": \"drill\", \"unit\": \"PIECE\", "
                + "\"quantity\": -5, \"price\": {\"amount\": 1, \"currency\": \"EUR\"}}");
        json(g, "price with 10 decimals", "POST", "/api/inventory", "{\"sku\": \"" + upper + "-BAD-5\", \"name\": \"Drill\", \"category\": \"drill\", \"unit\": \"PIECE\", "
                + "\"quantity\": 5, \"price\": {\"amount\": 1.0000000001, \"currency\": \"EUR\"}}");
        json(g, "currency SQL", "POST", "/api/inventory", "{\"sku\": \"" + upper + "-BAD-6\", \"name\": \"Drill\", \"category\": \"drill\", \"unit\": \"PIECE\", "
                + "\"quantity\": 5, \"price\": {\"amount\": 1, \"currency\": \"" + SQL + "\"}}");
        json(g, "unit lowercase unicode", "POST", "/api/inventory", "{\"sku\": \"" + upper + "-BAD-7\", \"name\": \"Drill\", \"category\": \"drill\", \"unit\": \"p\u0131ece\", "
                + "\"quantity\": 5, \"price\": {\"amount\": 1, \"currency\": \"EUR\"}}");
        json(g, "price as string", "POST", "/api/inventory", "{\"sku\": \"" + upper + "-BAD-8\", \"name\": \"Drill\", \"category\": \"drill\", \"unit\": \"PIECE\", "
                + "\"quantity\": 5, \"price\": \"1 EUR\"}");
        json(g, "NUL in name", "POST", "/api/inventory", "{\"sku\": \"" + upper + "-BAD-9\", \"name\": \"Dr\\u0000ill\", \"category\": \"drill\", \"unit\": \"PIECE\", "
                + "\"quantity\": 5, \"price\": {\"amount\": 1, \"currency\": \"EUR\"}}");
        json(g, "PUT changing quantity", "PUT", item, "{\"sku\": \"" + upper + "-BAD-10\", \"name\": \"Drill\", \"category\": \"drill\", \"unit\": \"PIECE\", "
                + "\"quantity\": 999999, \"price\": {\"amount\": 1, \"currency\": \"EUR\"}, \"version\": 0}");
        json(g, "PATCH with version as object", "PATCH", item, "{\"lowStockThreshold\": 8, \"version\": {}}");
        json(g, "PATCH negative threshold, huge", "PATCH", item, "{\"lowStockThreshold\": -1e300, \"version\": 0}");
        reads(g, "/api/inventory", item);
        get(g, "minPrice as text", "/api/inventory?minPrice=cheap");
        get(g, "minPrice above maxPrice", "/api/inventory?minPrice=10&maxPrice=1");
        get(g, "lowStock as text", "/api/inventory?lowStock=perhaps");
        get(g, "NUL in category", "/api/inventory?category=%00");
        add(Probe.json(g, "junior with a valid body", "POST", "/api/inventory", "{\"sku\": \"" + upper + "-JUNIOR\", " + rest + "}").as("junior"));
        deletes(g, "/api/inventory");
    }

    private void inventoryChanges() {
        String g = "inventory-changes";
        String adjust = "/api/inventory/" + t.inventoryItem() + "/adjustments";
        shapes(g, "POST", adjust);
        json(g, "delta as text", "POST", adjust, "{\"delta\": \"ten\", \"reason\": \"RESTOCKED\"}");
        json(g, "delta 1e400", "POST", adjust, "{\"delta\": 1e400, \"reason\": \"RESTOCKED\"}");
        json(g, "delta at the limit 1e11", "POST", adjust, "{\"delta\": 100000000000, \"reason\": \"RESTOCKED\"}");
        json(g, "delta zero", "POST", adjust, "{\"delta\": 0, \"reason\": \"ADJUSTED\"}");
        json(g, "negative restock", "POST", adjust, "{\"delta\": -3, \"reason\": \"RESTOCKED\"}");
        json(g, "reason RESERVED (the service's own)", "POST", adjust, "{\"delta\": 3, \"reason\": \"RESERVED\"}");
        json(g, "reason SQL", "POST", adjust, "{\"delta\": 3, \"reason\": \"" + SQL + "\"}");
        json(g, "below zero", "POST", adjust, "{\"delta\": -1000000, \"reason\": \"ADJUSTED\"}");
        json(g, "note of 501 characters", "POST", adjust, "{\"delta\": 1, \"reason\": \"RESTOCKED\", \"note\": \"" + "n".repeat(501) + "\"}");
        json(g, "NUL in note", "POST", adjust, "{\"delta\": 1, \"reason\": \"RESTOCKED\", \"note\": \"a\\u0000\"}");
        json(g, "delta with 20 decimals", "POST", adjust, "{\"delta\": 0.00000000000000000001, \"reason\": \"RESTOCKED\"}");
        json(g, "unknown item", "POST", "/api/inventory/00000000-0000-0000-0000-000000000000/adjustments", "{\"delta\": 1, \"reason\": \"RESTOCKED\"}");
        add(Probe.json(g, "junior with a valid body", "POST", adjust, "{\"delta\": 1, \"reason\": \"RESTOCKED\"}").as("junior"));
        get(g, "changes of a non-UUID", "/api/inventory/" + SQL.replace(" ", "%20").replace(";", "%3B").replace("'", "%27") + "/changes");
        get(g, "change log: reason not a reason", "/api/inventory-changes?reason=%3Cscript%3E");
        get(g, "change log: from not an instant", "/api/inventory-changes?from=yesterday");
        get(g, "change log: to before from", "/api/inventory-changes?from=2026-12-01T00:00:00Z&to=2026-11-01T00:00:00Z");
        get(g, "change log: orderId SQL", "/api/inventory-changes?orderId=1%27%20OR%20%271");
        get(g, "change log: sort on a secret column", "/api/inventory-changes?sort=note%3Bselect%201,asc");
        get(g, "change log: page -5", "/api/inventory-changes?page=-5");
        get(g, "change of a non-UUID", "/api/inventory-changes/%E2%80%AEabc");
        get(g, "change: year 99999 in from", "/api/inventory-changes?from=%2B99999-01-01T00:00:00Z");
        // far years were once 500s; every date a client sends lies in 1900-2200.
        get(g, "change log: from in the year 300000", "/api/inventory-changes?from=%2B300000-01-01T00:00:00Z");
        get(g, "change log: to in the year -300000", "/api/inventory-changes?to=-300000-01-01T00:00:00Z");
        get(g, "change log: to in 1899", "/api/inventory-changes?to=1899-12-31T23:59:59Z");
    }

    private void orders() {
        String g = "orders";
        String order = "/api/orders/" + t.order();
        shapes(g, "POST", "/api/orders");
        shapes(g, "PUT", order);
        shapes(g, "PATCH", order);
        String items = "\"items\": [{\"description\": \"Drill\", \"quantity\": 1}]";
        String price = "\"price\": {\"amount\": 10, \"currency\": \"EUR\"}";
        String terms = items + ", " + price + ", \"deliveryDate\": \"2030-01-01\", \"deliveryMethod\": \"PICKUP\"";
        String customer = "\"customerId\": \"" + t.customer() + "\", ";
        json(g, "customerId SQL", "POST", "/api/orders", "{\"customerId\": \"" + SQL + "\", " + terms + "}");
        json(g, "unknown customer", "POST", "/api/orders", "{\"customerId\": \"00000000-0000-0000-0000-000000000000\", " + terms + "}");
        json(g, "items as object", "POST", "/api/orders", "{" + customer + "\"items\": {\"description\": \"x\"}, " + price
                + ", \"deliveryDate\": \"2030-01-01\", \"deliveryMethod\": \"PICKUP\"}");
        json(g, "no items", "POST", "/api/orders", "{" + customer + "\"items\": [], " + price + ", \"deliveryDate\": \"2030-01-01\", \"deliveryMethod\": \"PICKUP\"}");
        json(g, "101 items", "POST", "/api/orders", "{" + customer + "\"items\": " + manyItems(101) + ", " + price
                + ", \"deliveryDate\": \"2030-01-01\", \"deliveryMethod\": \"PICKUP\"}");
        json(g, "item with both kinds", "POST", "/api/orders", "{" + customer + "\"items\": [{\"inventoryItemId\": \"" + t.inventoryItem()
                + "\", \"description\": \"x\", \"quantity\": 1}], " + price + ", \"deliveryDate\": \"2030-01-01\", \"deliveryMethod\": \"PICKUP\"}");
        json(g, "quantity 1e400", "POST", "/api/orders", "{" + customer + "\"items\": [{\"description\": \"x\", \"quantity\": 1e400}], " + price
                + ", \"deliveryDate\": \"2030-01-01\", \"deliveryMethod\": \"PICKUP\"}");
        json(g, "quantity with 4 decimals", "POST", "/api/orders", "{" + customer + "\"items\": [{\"inventoryItemId\": \"" + t.inventoryItem()
                + "\", \"quantity\": 1.0001}], " + price + ", \"deliveryDate\": \"2030-01-01\", \"deliveryMethod\": \"PICKUP\"}");
        json(g, "negative price", "POST", "/api/orders", "{" + customer + items + ", \"price\": {\"amount\": -10, \"currency\": \"EUR\"}, "
                + "\"deliveryDate\": \"2030-01-01\", \"deliveryMethod\": \"PICKUP\"}");
        json(g, "price 40 digits", "POST", "/api/orders", "{" + customer + items + ", \"price\": {\"amount\": 1234567890123456789012345678901234567890, "
                + "\"currency\": \"EUR\"}, \"deliveryDate\": \"2030-01-01\", \"deliveryMethod\": \"PICKUP\"}");
        json(g, "currency of 3 emoji", "POST", "/api/orders", "{" + customer + items + ", \"price\": {\"amount\": 10, \"currency\": \"\uD83D\uDCB6\uD83D\uDCB6\uD83D\uDCB6\"}, "
                + "\"deliveryDate\": \"2030-01-01\", \"deliveryMethod\": \"PICKUP\"}");
        json(g, "date not a date", "POST", "/api/orders", "{" + customer + items + ", " + price + ", \"deliveryDate\": \"2030-02-30\", \"deliveryMethod\": \"PICKUP\"}");
        json(g, "date of 2030-02-29", "POST", "/api/orders", "{" + customer + items + ", " + price + ", \"deliveryDate\": \"2030-02-29\", \"deliveryMethod\": \"PICKUP\"}");
        json(g, "date in the past", "POST", "/api/orders", "{" + customer + items + ", " + price + ", \"deliveryDate\": \"1999-01-01\", \"deliveryMethod\": \"PICKUP\"}");
        json(g, "date in the year 300000", "POST", "/api/orders", "{" + customer + items + ", " + price + ", \"deliveryDate\": \"+300000-01-01\", \"deliveryMethod\": \"PICKUP\"}");
        json(g, "date in 2201", "POST", "/api/orders", "{" + customer + items + ", " + price + ", \"deliveryDate\": \"2201-01-01\", \"deliveryMethod\": \"PICKUP\"}");
        // once each line passed, inventory refused their sum and the order waited for stock forever.
        json(g, "two lines of one item summing to 1.2e11", "POST", "/api/orders", "{" + customer + "\"items\": [{\"inventoryItemId\": \""
                + t.inventoryItem() + "\", \"quantity\": 60000000000}, {\"inventoryItemId\": \"" + t.inventoryItem()
                + "\", \"quantity\": 60000000000}], " + price + ", \"deliveryDate\": \"2030-01-01\", \"deliveryMethod\": \"PICKUP\"}");
        get(g, "list: deliveryTo in the year 300000", "/api/orders?deliveryTo=%2B300000-01-01");
        get(g, "list: deliveryFrom in the year -300000", "/api/orders?deliveryFrom=-300000-01-01");
        get(g, "list: deliveryFrom in 1899", "/api/orders?deliveryFrom=1899-12-31");
        json(g, "delivery method SQL", "POST", "/api/orders", "{" + customer + items + ", " + price + ", \"deliveryDate\": \"2030-01-01\", \"deliveryMethod\": \"" + SQL + "\"}");
        json(g, "delivery without address", "POST", "/api/orders", "{" + customer + items + ", " + price + ", \"deliveryDate\": \"2030-01-01\", \"deliveryMethod\": \"DELIVERY\"}");
        json(g, "NUL in notes", "POST", "/api/orders", "{" + customer + terms + ", \"notes\": \"\\u0000\"}");
        json(g, "notes of 2,001 characters", "POST", "/api/orders", "{" + customer + terms + ", \"notes\": \"" + "n".repeat(2001) + "\"}");
        json(g, "PUT without version", "PUT", order, "{" + customer + terms + "}");
        json(g, "PUT with version -1", "PUT", order, "{" + customer + terms + ", \"version\": -1}");
        json(g, "PUT moving to another customer", "PUT", order, "{\"customerId\": \"00000000-0000-0000-0000-000000000001\", " + terms + ", \"version\": 0}");
        add(Probe.json(g, "merge patch: price as text", "PATCH", order, "{\"price\": \"free\"}").withContentType("application/merge-patch+json"));
        add(Probe.json(g, "merge patch: items null", "PATCH", order, "{\"items\": null}").withContentType("application/merge-patch+json"));
        add(Probe.json(g, "merge patch: date 0000-00-00", "PATCH", order, "{\"deliveryDate\": \"0000-00-00\"}").withContentType("application/merge-patch+json"));
        add(Probe.json(g, "junior with a valid body", "POST", "/api/orders", "{" + customer + terms + "}").as("junior"));
        add(Probe.call(g, "junior deletes", "DELETE", order).as("junior"));
        deletes(g, "/api/orders");
        json(g, "DELETE with version as text", "DELETE", order + "?version=abc", null);
        reads(g, "/api/orders", order);
        get(g, "status filter SQL", "/api/orders?status=PENDING%27%20OR%201=1--");
        get(g, "deliveryFrom not a date", "/api/orders?deliveryFrom=tomorrow");
        get(g, "deliveryTo before deliveryFrom", "/api/orders?deliveryFrom=2030-01-02&deliveryTo=2030-01-01");
        get(g, "page beyond 10,000 orders", "/api/orders?page=500&size=100");
        get(g, "overdue as number", "/api/orders?overdue=2");
        get(g, "timeline of a non-UUID", "/api/orders/%2e%2e/timeline");
    }

    private void orderStatus() {
        String g = "order-status";
        String status = "/api/orders/" + t.order() + "/status";
        shapes(g, "PATCH", status);
        json(g, "status unknown", "PATCH", status, "{\"status\": \"SHIPPED_TO_MARS\"}");
        json(g, "status lowercase", "PATCH", status, "{\"status\": \"cancelled\"}");
        json(g, "status as number", "PATCH", status, "{\"status\": 4}");
        json(g, "status as array", "PATCH", status, "{\"status\": [\"CANCELLED\"]}");
        json(g, "status null", "PATCH", status, "{\"status\": null}");
        json(g, "jump to DELIVERED", "PATCH", status, "{\"status\": \"DELIVERED\"}");
        json(g, "note of 2,001 characters", "PATCH", status, "{\"status\": \"CANCELLED\", \"note\": \"" + "n".repeat(2001) + "\"}");
        json(g, "unknown order", "PATCH", "/api/orders/00000000-0000-0000-0000-000000000000/status", "{\"status\": \"CANCELLED\"}");
        json(g, "order id SQL", "PATCH", "/api/orders/1%27%3BDROP%20TABLE%20orders--/status", "{\"status\": \"CANCELLED\"}");
        add(Probe.json(g, "junior with a valid body", "PATCH", status, "{\"status\": \"CANCELLED\", \"note\": \"drill\"}").as("junior"));
    }

    private void orderItems() {
        String g = "order-items";
        String item = "/api/order-items/" + t.orderItem();
        String ofOrder = "/api/orders/" + t.order() + "/items";
        shapes(g, "POST", "/api/order-items");
        shapes(g, "POST", ofOrder);
        shapes(g, "PUT", item);
        shapes(g, "PATCH", item);
        json(g, "no orderId", "POST", "/api/order-items", "{\"description\": \"x\", \"quantity\": 1}");
        json(g, "orderId SQL", "POST", "/api/order-items", "{\"orderId\": \"" + SQL + "\", \"description\": \"x\", \"quantity\": 1}");
        json(g, "quantity zero", "POST", ofOrder, "{\"description\": \"x\", \"quantity\": 0}");
        json(g, "quantity as text", "POST", ofOrder, "{\"description\": \"x\", \"quantity\": \"one\"}");
        json(g, "quantity 1e400", "POST", ofOrder, "{\"description\": \"x\", \"quantity\": 1e400}");
        json(g, "both kinds", "POST", ofOrder, "{\"inventoryItemId\": \"" + t.inventoryItem() + "\", \"description\": \"x\", \"quantity\": 1}");
        json(g, "neither kind", "POST", ofOrder, "{\"quantity\": 1}");
        json(g, "size on custom work", "POST", ofOrder, "{\"description\": \"x\", \"size\": \"UK 12\", \"quantity\": 1}");
        json(g, "size of 51 characters", "POST", ofOrder, "{\"inventoryItemId\": \"" + t.inventoryItem() + "\", \"size\": \"" + "s".repeat(51) + "\", \"quantity\": 1}");
        json(g, "another order in the body", "POST", ofOrder, "{\"orderId\": \"00000000-0000-0000-0000-000000000000\", \"description\": \"x\", \"quantity\": 1}");
        json(g, "stale orderVersion", "POST", ofOrder, "{\"description\": \"x\", \"quantity\": 1, \"orderVersion\": 99999}");
        json(g, "orderVersion beyond a long", "POST", ofOrder, "{\"description\": \"x\", \"quantity\": 1, \"orderVersion\": 99999999999999999999999}");
        json(g, "NUL in description", "POST", ofOrder, "{\"description\": \"\\u0000\", \"quantity\": 1}");
        json(g, "unknown inventory item id as text", "POST", ofOrder, "{\"inventoryItemId\": \"" + SCRIPT + "\", \"quantity\": 1}");
        json(g, "PUT moving to another order", "PUT", item, "{\"orderId\": \"00000000-0000-0000-0000-000000000000\", \"description\": \"x\", \"quantity\": 1}");
        add(Probe.json(g, "merge patch: quantity -1", "PATCH", item, "{\"quantity\": -1}").withContentType("application/merge-patch+json"));
        add(Probe.json(g, "merge patch: switch kind halfway", "PATCH", item, "{\"inventoryItemId\": \"" + t.inventoryItem() + "\"}")
                .withContentType("application/merge-patch+json"));
        json(g, "DELETE with orderVersion as text", "DELETE", item + "?orderVersion=latest", null);
        add(Probe.json(g, "junior with a valid body", "POST", ofOrder, "{\"description\": \"x\", \"quantity\": 1}").as("junior"));
        add(Probe.call(g, "junior deletes", "DELETE", item).as("junior"));
        deletes(g, "/api/order-items");
        reads(g, "/api/order-items", item);
        get(g, "orderId filter SQL", "/api/order-items?orderId=%27%20OR%20%271%27%3D%271");
        get(g, "items of a non-UUID order", ofOrder.replace(t.order(), "not-an-order"));
    }

    private void payments() {
        String g = "payments";
        String payments = "/api/orders/" + t.order() + "/payments";
        shapes(g, "POST", payments);
        json(g, "amount zero", "POST", payments, "{\"amount\": {\"amount\": 0, \"currency\": \"EUR\"}, \"method\": \"CASH\"}");
        json(g, "amount negative", "POST", payments, "{\"amount\": {\"amount\": -5, \"currency\": \"EUR\"}, \"method\": \"CASH\"}");
        json(g, "amount 3 decimals", "POST", payments, "{\"amount\": {\"amount\": 1.001, \"currency\": \"EUR\"}, \"method\": \"CASH\"}");
        json(g, "amount 1e400", "POST", payments, "{\"amount\": {\"amount\": 1e400, \"currency\": \"EUR\"}, \"method\": \"CASH\"}");
        json(g, "amount as text", "POST", payments, "{\"amount\": {\"amount\": \"ten\", \"currency\": \"EUR\"}, \"method\": \"CASH\"}");
        json(g, "another currency", "POST", payments, "{\"amount\": {\"amount\": 1, \"currency\": \"USD\"}, \"method\": \"CASH\"}");
        json(g, "currency not ISO", "POST", payments, "{\"amount\": {\"amount\": 1, \"currency\": \"XXXX\"}, \"method\": \"CASH\"}");
        json(g, "overpayment", "POST", payments, "{\"amount\": {\"amount\": 1000000, \"currency\": \"EUR\"}, \"method\": \"CASH\"}");
        json(g, "refund beyond paid", "POST", payments, "{\"kind\": \"REFUND\", \"amount\": {\"amount\": 1000, \"currency\": \"EUR\"}, \"method\": \"CASH\"}");
        json(g, "method SQL", "POST", payments, "{\"amount\": {\"amount\": 1, \"currency\": \"EUR\"}, \"method\": \"" + SQL + "\"}");
        json(g, "kind unknown", "POST", payments, "{\"kind\": \"GIFT\", \"amount\": {\"amount\": 1, \"currency\": \"EUR\"}, \"method\": \"CASH\"}");
        json(g, "paid in a year from now", "POST", payments, "{\"amount\": {\"amount\": 1, \"currency\": \"EUR\"}, \"method\": \"CASH\", \"paidAt\": \"2099-01-01T00:00:00Z\"}");
        json(g, "paidAt not an instant", "POST", payments, "{\"amount\": {\"amount\": 1, \"currency\": \"EUR\"}, \"method\": \"CASH\", \"paidAt\": \"noon\"}");
        json(g, "paidAt in the year -300000", "POST", payments, "{\"amount\": {\"amount\": 1, \"currency\": \"EUR\"}, \"method\": \"CASH\", \"paidAt\": \"-300000-01-01T00:00:00Z\"}");
        json(g, "paidAt in 1899", "POST", payments, "{\"amount\": {\"amount\": 1, \"currency\": \"EUR\"}, \"method\": \"CASH\", \"paidAt\": \"1899-12-31T00:00:00Z\"}");
        json(g, "amount as array", "POST", payments, "{\"amount\": [1, \"EUR\"], \"method\": \"CASH\"}");
        json(g, "note of 2,001 characters", "POST", payments, "{\"amount\": {\"amount\": 1, \"currency\": \"EUR\"}, \"method\": \"CASH\", \"note\": \"" + "n".repeat(2001) + "\"}");
        json(g, "unknown order", "POST", "/api/orders/00000000-0000-0000-0000-000000000000/payments", "{\"amount\": {\"amount\": 1, \"currency\": \"EUR\"}, \"method\": \"CASH\"}");
        add(Probe.json(g, "junior with a valid body", "POST", payments, "{\"amount\": {\"amount\": 1, \"currency\": \"EUR\"}, \"method\": \"CASH\"}").as("junior"));
        get(g, "payment of a non-UUID", payments + "/%3Cscript%3E");
        get(g, "payment of another order", "/api/orders/00000000-0000-0000-0000-000000000000/payments/" + t.payment());
        get(g, "sort by a column that is not offered", payments + "?sort=amount;drop,asc");
        get(g, "size 0", payments + "?size=0");
    }

    private void styleImages() {
        String g = "style-images";
        String image = "/api/style-images/" + t.image();
        shapes(g, "PATCH", image);
        json(g, "description of 2,001 characters", "PATCH", image, "{\"description\": \"" + "d".repeat(2001) + "\", \"version\": 0}");
        json(g, "version negative", "PATCH", image, "{\"description\": \"x\", \"version\": -1}");
        json(g, "version as text", "PATCH", image, "{\"description\": \"x\", \"version\": \"zero\"}");
        json(g, "stale version", "PATCH", image, "{\"description\": \"x\", \"version\": 99999}");
        json(g, "no version, no If-Match", "PATCH", image, "{\"description\": \"x\"}");
        add(Probe.json(g, "If-Match not a version", "PATCH", image, "{\"description\": \"x\"}").withHeader("If-Match", "\"'; DROP TABLE style_image;--\""));
        json(g, "NUL in description", "PATCH", image, "{\"description\": \"\\u0000\", \"version\": 0}");
        String upload = "/api/style-images";
        byte[] png = SuiteFixtures.tinyPng();
        upload(g, "no file part", Multipart.create().field("orderId", t.order()));
        upload(g, "no orderId", Multipart.create().file("file", "a.png", "image/png", png));
        upload(g, "orderId SQL", Multipart.create().field("orderId", SQL).file("file", "a.png", "image/png", png));
        upload(g, "unknown order", Multipart.create().field("orderId", "00000000-0000-0000-0000-000000000000").file("file", "a.png", "image/png", png));
        upload(g, "not an image", Multipart.create().field("orderId", t.order()).file("file", "a.png", "image/png",
                "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.UTF_8)));
        upload(g, "HTML posing as JPEG", Multipart.create().field("orderId", t.order()).file("file", "x.jpg", "image/jpeg",
                ("<html>" + SCRIPT + "</html>").getBytes(StandardCharsets.UTF_8)));
        upload(g, "empty file", Multipart.create().field("orderId", t.order()).file("file", "a.png", "image/png", new byte[0]));
        upload(g, "truncated PNG", Multipart.create().field("orderId", t.order()).file("file", "a.png", "image/png",
                java.util.Arrays.copyOf(png, 40)));
        upload(g, "path traversal file name", Multipart.create().field("orderId", t.order()).file("file", TRAVERSAL, "image/png",
                "not a png".getBytes(StandardCharsets.UTF_8)));
        upload(g, "two files", Multipart.create().field("orderId", t.order()).file("file", "a.png", "image/png", png)
                .file("file", "b.png", "image/png", png).field("description", "x".repeat(2001)));
        upload(g, "description of 2,001 characters", Multipart.create().field("orderId", t.order()).field("description", "d".repeat(2001))
                .file("file", "a.png", "image/png", png));
        upload(g, "CRLF in a part header", Multipart.create().field("orderId", t.order())
                .part(Map.of("Content-Type", "image/png\r\nX-Injected: 1"), "form-data; name=\"file\"; filename=\"a.png\"", new byte[] {1, 2}));
        upload(g, "NUL in the description", Multipart.create().field("orderId", t.order()).field("description", "a\u0000b")
                .file("file", "a.png", "image/png", png));
        upload(g, "NUL and CRLF in the file name of a non-image", Multipart.create().field("orderId", t.order())
                .file("file", "a\u0000\r\nb.png", "image/png", "GIF89a? no".getBytes(StandardCharsets.UTF_8)));
        upload(g, "part without a name", Multipart.create().field("orderId", t.order())
                .part(Map.of(), "form-data; filename=\"a.png\"", png));
        Multipart cut = Multipart.create().field("orderId", t.order()).file("file", "a.png", "image/png", png);
        add(new Probe(g, "unterminated multipart", "lead", "POST", upload, cut.contentType(), cut.unterminated(), Map.of()));
        Multipart noBoundary = Multipart.create().field("orderId", t.order());
        add(new Probe(g, "multipart without boundary", "lead", "POST", upload, "multipart/form-data", noBoundary.body(), Map.of()));
        add(new Probe(g, "boundary that never appears", "lead", "POST", upload, "multipart/form-data; boundary=nothing-like-it",
                noBoundary.body(), Map.of()));
        add(new Probe(g, "JSON instead of multipart", "lead", "POST", upload, Probe.JSON,
                Probe.utf8("{\"orderId\": \"" + t.order() + "\"}"), Map.of()));
        add(new Probe(g, "raw PNG body", "lead", "POST", upload, "image/png", png, Map.of()));
        add(new Probe(g, "oversized upload (11 MiB)", "lead", "POST", upload, "multipart/form-data; boundary=x", new byte[11 * 1024 * 1024], Map.of()));
        upload(g, "junior: unknown order", Multipart.create().field("orderId", "00000000-0000-0000-0000-000000000000")
                .file("file", "a.png", "image/png", png));
        probes.set(probes.size() - 1, probes.getLast().as("junior"));
        reads(g, "/api/style-images", image);
        get(g, "content of a non-UUID", "/api/style-images/%2e%2e%2f%2e%2e%2fetc%2fpasswd/content");
        get(g, "content: redirect as text", image + "/content?redirect=please");
        get(g, "thumbnail of an unknown image", "/api/style-images/00000000-0000-0000-0000-000000000000/thumbnail");
        get(g, "url of an unknown image", "/api/style-images/00000000-0000-0000-0000-000000000000/url");
        get(g, "customerId filter not a UUID", "/api/style-images?customerId=%3Cscript%3E");
        add(Probe.call(g, "content with a huge If-None-Match", "GET", image + "/content").withHeader("If-None-Match", "\"" + "a".repeat(4000) + "\""));
        add(Probe.call(g, "DELETE of an unknown image", "DELETE", "/api/style-images/00000000-0000-0000-0000-000000000000"));
        deletes(g, "/api/style-images");
    }

    private void upload(String group, String what, Multipart form) {
        add(new Probe(group, what, "lead", "POST", "/api/style-images", form.contentType(), form.body(), Map.of()));
    }

    /** Deletes that must find nothing to delete: an id that is no UUID, one nobody has, one with SQL in it. */
    private void deletes(String group, String collection) {
        add(Probe.call(group, "DELETE of a non-UUID", "DELETE", collection + "/not-a-uuid"));
        add(Probe.call(group, "DELETE of an unknown id", "DELETE", collection + "/00000000-0000-0000-0000-00000000dead"));
        add(Probe.call(group, "DELETE with SQL as the id", "DELETE", collection + "/1%27%20OR%20%271%27%3D%271"));
    }

    /** Odd ids and query parameters of a collection and one of its members. */
    private void reads(String group, String collection, String member) {
        get(group, "id not a UUID", collection + "/not-a-uuid");
        get(group, "id SQL", collection + "/1%27%20OR%20%271%27%3D%271");
        get(group, "id in fullwidth digits", collection + "/%EF%BC%91%EF%BC%92%EF%BC%93");
        get(group, "id of 2,000 characters", collection + "/" + "9".repeat(2000));
        get(group, "unknown id", collection + "/00000000-0000-0000-0000-000000000000");
        get(group, "SQL in q", collection + "?q=%27%20OR%201%3D1%3B--");
        get(group, "script in q", collection + "?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        get(group, "CRLF in q", collection + "?q=%0D%0ASet-Cookie%3A%20x%3D1");
        get(group, "page as text", collection + "?page=first");
        get(group, "size 10^20", collection + "?size=100000000000000000000");
        get(group, "sort injection", collection + "?sort=createdAt%3B%20DROP%20TABLE%20x,asc");
        get(group, "sort direction sideways", collection + "?sort=createdAt,sideways");
        add(Probe.call(group, "PUT on the collection", "PUT", collection));
        add(Probe.json(group, "POST on a member", "POST", member, "{}"));
    }

    private void gateway() {
        String g = "gateway";
        get(g, "unrouted path", "/api/nothing-here");
        get(g, "path sharing a prefix", "/api/customersXYZ");
        get(g, "encoded traversal", "/api/customers/..%2F..%2Fetc%2Fpasswd");
        get(g, "encoded dot segments", "/api/%2e%2e/actuator/env");
        get(g, "double slash", "/api//customers");
        get(g, "semicolon path parameter", "/api/customers;jsessionid=1");
        get(g, "encoded NUL in the path", "/api/customers/%00");
        get(g, "encoded percent", "/api/customers/%25");
        get(g, "backslash", "/api/customers/%5C..%5C");
        get(g, "actuator env", "/actuator/env");
        add(Probe.call(g, "TRACE", "TRACE", "/api/customers"));
        add(Probe.call(g, "unknown method", "BREW", "/api/customers"));
        add(Probe.call(g, "CRLF-looking X-Correlation-Id", "GET", "/api/customers").withHeader("X-Correlation-Id", "a%0d%0aSet-Cookie:x=1"));
        add(Probe.call(g, "garbage traceparent", "GET", "/api/customers").withHeader("traceparent", "00-" + "z".repeat(32) + "-" + "0".repeat(16) + "-01"));
        add(Probe.call(g, "Accept: XML only", "GET", "/api/customers/not-a-uuid").withHeader("Accept", "application/xml"));
        add(Probe.call(g, "Authorization: Basic", "GET", "/api/customers").withHeader("Authorization", "Basic bGVhZDpsZWFk").as("none"));
        add(Probe.call(g, "Authorization: Bearer with nothing", "GET", "/api/customers").withHeader("Authorization", "Bearer ").as("none"));
        add(Probe.call(g, "two bearer tokens", "GET", "/api/customers").withHeader("Authorization", "Bearer a Bearer b").as("none"));
    }

    private static byte[] invalidUtf8() {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes("{\"name\": \"".getBytes(StandardCharsets.UTF_8));
        body.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE});
        body.writeBytes("\"}".getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private static byte[] oversized() {
        return Probe.utf8("{\"name\": \"" + "x".repeat(OVERSIZED) + "\"}");
    }

    private static String manyValues(int count) {
        StringBuilder values = new StringBuilder("{");
        for (int i = 0; i < count; i++) {
            values.append(i == 0 ? "" : ", ").append("\"m").append(i).append("\": 10");
        }
        return values.append('}').toString();
    }

    private static String manyItems(int count) {
        StringBuilder items = new StringBuilder("[");
        for (int i = 0; i < count; i++) {
            items.append(i == 0 ? "" : ", ").append("{\"description\": \"piece ").append(i).append("\", \"quantity\": 1}");
        }
        return items.append(']').toString();
    }
}
