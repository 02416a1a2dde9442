package dev.atelier.drills.auth;

import static dev.atelier.drills.auth.Access.ANY_DESIGNER;
import static dev.atelier.drills.auth.Access.AUTHENTICATED;
import static dev.atelier.drills.auth.Access.LEAD_ONLY;
import static dev.atelier.drills.auth.Access.PUBLIC;

import dev.atelier.apiclient.Multipart;
import dev.atelier.drills.auth.Endpoint.Call;
import dev.atelier.drills.fixture.SuiteFixtures;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every endpoint of the API through the gateway, with who may call it as documented (README's API
 * overview, docs/gateway.md, docs/services/*.md; confirmed against the controllers' {@code @PreAuthorize})
 * and a valid request for it.
 */
public final class AuthEndpoints {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AuthEndpoints() {}

    public static List<Endpoint> all() {
        List<Endpoint> all = new ArrayList<>();
        auth(all);
        users(all);
        customers(all);
        measurements(all);
        inventory(all);
        orders(all);
        orderItems(all);
        payments(all);
        styleImages(all);
        notifications(all);
        webhooks(all);
        return List.copyOf(all);
    }

    private static void auth(List<Endpoint> all) {
        String g = "auth";
        all.add(new Endpoint(g, "POST", "/api/auth/login", PUBLIC, 200,
                (s, fresh) -> Call.json("/api/auth/login", "{\"username\": \"junior\", \"password\": \"junior\"}")));
        all.add(new Endpoint(g, "POST", "/api/auth/refresh", PUBLIC, 200, (s, fresh) -> Call.json("/api/auth/refresh",
                "{\"refresh_token\": \"" + s.login("junior").path("refresh_token").asString() + "\"}")));
        all.add(new Endpoint(g, "POST", "/api/auth/logout", AUTHENTICATED, 204, (s, fresh) -> Call.json("/api/auth/logout",
                "{\"refresh_token\": \"" + s.login("junior").path("refresh_token").asString() + "\"}")));
        all.add(new Endpoint(g, "GET", "/actuator/health", PUBLIC, 200, (s, fresh) -> Call.to("/actuator/health")));
        all.add(new Endpoint("updates", "GET", "/api/updates", ANY_DESIGNER, 200,
                (s, fresh) -> Call.stream("/api/updates?orderId=" + s.order)));
    }

    private static void users(List<Endpoint> all) {
        String g = "users";
        all.add(new Endpoint(g, "GET", "/api/users", LEAD_ONLY, 200, (s, fresh) -> Call.to("/api/users?q=drill")));
        all.add(new Endpoint(g, "POST", "/api/users", LEAD_ONLY, 201, (s, fresh) -> {
            String name = s.unique();
            return Call.json("/api/users", """
                    {"username": "%s", "email": "%s@example.com", "firstName": "Drill", "lastName": "Auth",
                     "role": "junior_designer", "password": "drill-password-1", "temporaryPassword": true}""".formatted(name, name));
        }));
        all.add(new Endpoint(g, "GET", "/api/users/{id}", LEAD_ONLY, 200, (s, fresh) -> Call.to("/api/users/" + s.user)));
        all.add(new Endpoint(g, "PUT", "/api/users/{id}", LEAD_ONLY, 200, (s, fresh) -> Call.json("/api/users/" + s.user,
                "{\"email\": \"" + s.tag() + "-shared@example.com\", \"firstName\": \"Drill\", \"lastName\": \"Shared\", \"enabled\": true}")));
        all.add(new Endpoint(g, "PATCH", "/api/users/{id}", LEAD_ONLY, 200,
                (s, fresh) -> Call.json("/api/users/" + s.user, "{\"lastName\": \"Patched\"}")));
        all.add(new Endpoint(g, "PUT", "/api/users/{id}/role", LEAD_ONLY, 200,
                (s, fresh) -> Call.json("/api/users/" + s.user + "/role", "{\"role\": \"junior_designer\"}")));
        all.add(new Endpoint(g, "DELETE", "/api/users/{id}", LEAD_ONLY, 204,
                (s, fresh) -> Call.to("/api/users/" + (fresh ? s.account() : s.user))));
    }

    private static void customers(List<Endpoint> all) {
        String g = "customers";
        all.add(new Endpoint(g, "GET", "/api/customers", ANY_DESIGNER, 200, (s, fresh) -> Call.to("/api/customers?q=drill")));
        all.add(new Endpoint(g, "POST", "/api/customers", LEAD_ONLY, 201, (s, fresh) -> Call.json("/api/customers",
                "{\"name\": \"Drill auth\", \"email\": \"" + s.unique() + "@example.com\"}")));
        all.add(new Endpoint(g, "GET", "/api/customers/{id}", ANY_DESIGNER, 200, (s, fresh) -> Call.to("/api/customers/" + s.customer)));
        all.add(new Endpoint(g, "GET", "/api/customers/{id}/exists", ANY_DESIGNER, 200,
                (s, fresh) -> Call.to("/api/customers/" + s.customer + "/exists")));
        all.add(new Endpoint(g, "GET", "/api/customers/{id}/contact", ANY_DESIGNER, 200,
                (s, fresh) -> Call.to("/api/customers/" + s.customer + "/contact")));
        all.add(new Endpoint(g, "PUT", "/api/customers/{id}", LEAD_ONLY, 200, (s, fresh) -> {
            JsonNode current = s.fixtures().get("/api/customers/" + s.customer);
            return Call.json("/api/customers/" + s.customer, "{\"name\": \"Drill auth\", \"email\": \"" + current.path("email").asString()
                    + "\", \"notes\": \"put\", \"version\": " + current.path("version").asLong() + "}");
        }));
        all.add(new Endpoint(g, "PATCH", "/api/customers/{id}", LEAD_ONLY, 200, (s, fresh) -> Call.mergePatch("/api/customers/" + s.customer,
                "{\"notes\": \"patched\", \"version\": " + s.fixtures().version("/api/customers/" + s.customer) + "}")));
        all.add(new Endpoint(g, "DELETE", "/api/customers/{id}", LEAD_ONLY, 204,
                (s, fresh) -> Call.to("/api/customers/" + (fresh ? s.fixtures().customer() : s.customer))));
    }

    private static void measurements(List<Endpoint> all) {
        String g = "measurements";
        all.add(new Endpoint(g, "GET", "/api/measurements", ANY_DESIGNER, 200,
                (s, fresh) -> Call.to("/api/measurements?customerId=" + s.customer)));
        all.add(new Endpoint(g, "POST", "/api/measurements", ANY_DESIGNER, 201, (s, fresh) -> Call.json("/api/measurements",
                "{\"customerId\": \"" + s.customer + "\", \"type\": \"jacket\", \"unit\": \"IN\", \"values\": {\"chest\": 38}}")));
        all.add(new Endpoint(g, "GET", "/api/measurements/{id}", ANY_DESIGNER, 200,
                (s, fresh) -> Call.to("/api/measurements/" + s.measurement + "?unit=IN")));
        all.add(new Endpoint(g, "PUT", "/api/measurements/{id}", ANY_DESIGNER, 200, (s, fresh) -> Call.json("/api/measurements/" + s.measurement,
                "{\"customerId\": \"" + s.customer + "\", \"type\": \"dress\", \"unit\": \"CM\", \"values\": {\"bust\": 93}, \"version\": "
                        + s.fixtures().version("/api/measurements/" + s.measurement) + "}")));
        all.add(new Endpoint(g, "GET", "/api/measurements/{id}/history", ANY_DESIGNER, 200,
                (s, fresh) -> Call.to("/api/measurements/" + s.measurement + "/history")));
        all.add(new Endpoint(g, "GET", "/api/customers/{id}/measurements", ANY_DESIGNER, 200,
                (s, fresh) -> Call.to("/api/customers/" + s.customer + "/measurements")));
    }

    private static void inventory(List<Endpoint> all) {
        String g = "inventory";
        all.add(new Endpoint(g, "GET", "/api/inventory", ANY_DESIGNER, 200, (s, fresh) -> Call.to("/api/inventory?category=drill")));
        all.add(new Endpoint(g, "POST", "/api/inventory", LEAD_ONLY, 201, (s, fresh) -> {
            String name = s.unique();
            return Call.json("/api/inventory", "{\"sku\": \"DRILL-" + name.toUpperCase(java.util.Locale.ROOT) + "\", \"name\": \"Drill "
                    + name + "\", \"category\": \"drill\", \"unit\": \"METRE\", \"quantity\": 3, \"price\": {\"amount\": 4.50, \"currency\": \"EUR\"}}");
        }));
        all.add(new Endpoint(g, "GET", "/api/inventory/{id}", ANY_DESIGNER, 200, (s, fresh) -> Call.to("/api/inventory/" + s.item)));
        all.add(new Endpoint(g, "PUT", "/api/inventory/{id}", LEAD_ONLY, 200, (s, fresh) -> {
            JsonNode current = s.fixtures().get("/api/inventory/" + s.item);
            return Call.json("/api/inventory/" + s.item, "{\"sku\": \"" + current.path("sku").asString() + "\", \"name\": \""
                    + current.path("name").asString() + "\","
                    + " \"category\": \"drill\", \"unit\": \"PIECE\", \"price\": {\"amount\": 2.00, \"currency\": \"EUR\"}, \"version\": "
                    + current.path("version").asLong() + "}");
        }));
        all.add(new Endpoint(g, "PATCH", "/api/inventory/{id}", LEAD_ONLY, 200, (s, fresh) -> Call.json("/api/inventory/" + s.item,
                "{\"lowStockThreshold\": 5, \"version\": " + s.fixtures().version("/api/inventory/" + s.item) + "}")));
        all.add(new Endpoint(g, "DELETE", "/api/inventory/{id}", LEAD_ONLY, 204,
                (s, fresh) -> Call.to("/api/inventory/" + (fresh ? s.fixtures().inventoryItem() : s.item))));
        all.add(new Endpoint(g, "POST", "/api/inventory/{id}/adjustments", LEAD_ONLY, 201,
                (s, fresh) -> Call.json("/api/inventory/" + s.item + "/adjustments", "{\"delta\": 1, \"reason\": \"RESTOCKED\", \"note\": \"drill\"}")));
        all.add(new Endpoint(g, "GET", "/api/inventory/{id}/changes", ANY_DESIGNER, 200,
                (s, fresh) -> Call.to("/api/inventory/" + s.item + "/changes")));
        all.add(new Endpoint(g, "GET", "/api/inventory-changes", ANY_DESIGNER, 200,
                (s, fresh) -> Call.to("/api/inventory-changes?itemId=" + s.item)));
        all.add(new Endpoint(g, "GET", "/api/inventory-changes/{id}", ANY_DESIGNER, 200,
                (s, fresh) -> Call.to("/api/inventory-changes/" + s.change)));
    }

    private static void orders(List<Endpoint> all) {
        String g = "orders";
        all.add(new Endpoint(g, "GET", "/api/orders", ANY_DESIGNER, 200, (s, fresh) -> Call.to("/api/orders?customerId=" + s.customer)));
        all.add(new Endpoint(g, "POST", "/api/orders", LEAD_ONLY, 201, (s, fresh) -> Call.json("/api/orders", """
                {"customerId": "%s", "items": [{"description": "Drill auth", "quantity": 1}], "price": {"amount": 50, "currency": "EUR"},
                 "deliveryDate": "%s", "deliveryMethod": "PICKUP"}""".formatted(s.customer, java.time.LocalDate.now().plusDays(20)))));
        all.add(new Endpoint(g, "GET", "/api/orders/{id}", ANY_DESIGNER, 200, (s, fresh) -> Call.to("/api/orders/" + s.order)));
        all.add(new Endpoint(g, "PUT", "/api/orders/{id}", LEAD_ONLY, 200,
                (s, fresh) -> Call.json("/api/orders/" + s.order, replacement(s.fixtures().get("/api/orders/" + s.order)))));
        all.add(new Endpoint(g, "PATCH", "/api/orders/{id}", LEAD_ONLY, 200,
                (s, fresh) -> Call.mergePatch("/api/orders/" + s.order, "{\"notes\": \"drill patch\", \"version\": "
                        + s.fixtures().version("/api/orders/" + s.order) + "}")));
        all.add(new Endpoint(g, "DELETE", "/api/orders/{id}", LEAD_ONLY, 204,
                (s, fresh) -> Call.to("/api/orders/" + (fresh ? s.fixtures().order(s.customer, null) : s.order))));
        all.add(new Endpoint(g, "PATCH", "/api/orders/{id}/status", LEAD_ONLY, 200,
                (s, fresh) -> Call.json("/api/orders/" + (fresh ? s.fixtures().order(s.customer, null) : s.order) + "/status",
                        "{\"status\": \"CANCELLED\", \"note\": \"drill\"}")));
        all.add(new Endpoint(g, "GET", "/api/orders/{id}/timeline", ANY_DESIGNER, 200,
                (s, fresh) -> Call.to("/api/orders/" + s.order + "/timeline")));
    }

    private static void orderItems(List<Endpoint> all) {
        String g = "order-items";
        all.add(new Endpoint(g, "GET", "/api/orders/{id}/items", ANY_DESIGNER, 200, (s, fresh) -> Call.to("/api/orders/" + s.order + "/items")));
        all.add(new Endpoint(g, "POST", "/api/orders/{id}/items", LEAD_ONLY, 201,
                (s, fresh) -> Call.json("/api/orders/" + s.order + "/items", "{\"description\": \"Drill auth item\", \"quantity\": 2}")));
        all.add(new Endpoint(g, "GET", "/api/order-items", ANY_DESIGNER, 200, (s, fresh) -> Call.to("/api/order-items?orderId=" + s.order)));
        all.add(new Endpoint(g, "POST", "/api/order-items", LEAD_ONLY, 201, (s, fresh) -> Call.json("/api/order-items",
                "{\"orderId\": \"" + s.order + "\", \"description\": \"Drill auth item\", \"quantity\": 1}")));
        all.add(new Endpoint(g, "GET", "/api/order-items/{id}", ANY_DESIGNER, 200, (s, fresh) -> Call.to("/api/order-items/" + s.orderItem)));
        all.add(new Endpoint(g, "PUT", "/api/order-items/{id}", LEAD_ONLY, 200,
                (s, fresh) -> Call.json("/api/order-items/" + s.orderItem, "{\"description\": \"Drill hemming, put\", \"quantity\": 1}")));
        all.add(new Endpoint(g, "PATCH", "/api/order-items/{id}", LEAD_ONLY, 200,
                (s, fresh) -> Call.mergePatch("/api/order-items/" + s.orderItem, "{\"quantity\": 3, \"orderVersion\": "
                        + s.fixtures().settledOrderVersion("/api/orders/" + s.order) + "}")));
        all.add(new Endpoint(g, "DELETE", "/api/order-items/{id}", LEAD_ONLY, 204,
                (s, fresh) -> Call.to("/api/order-items/" + (fresh ? s.extraOrderItem() : s.orderItem))));
    }

    private static void payments(List<Endpoint> all) {
        String g = "payments";
        all.add(new Endpoint(g, "GET", "/api/orders/{id}/payments", LEAD_ONLY, 200, (s, fresh) -> Call.to("/api/orders/" + s.order + "/payments")));
        all.add(new Endpoint(g, "POST", "/api/orders/{id}/payments", LEAD_ONLY, 201, (s, fresh) -> Call.json("/api/orders/" + s.order + "/payments",
                "{\"amount\": {\"amount\": 1.00, \"currency\": \"EUR\"}, \"method\": \"CARD\", \"note\": \"drill\"}")));
        all.add(new Endpoint(g, "GET", "/api/orders/{id}/payments/{paymentId}", LEAD_ONLY, 200,
                (s, fresh) -> Call.to("/api/orders/" + s.order + "/payments/" + s.payment)));
    }

    private static void styleImages(List<Endpoint> all) {
        String g = "style-images";
        all.add(new Endpoint(g, "GET", "/api/style-images", ANY_DESIGNER, 200, (s, fresh) -> Call.to("/api/style-images?orderId=" + s.order)));
        all.add(new Endpoint(g, "POST", "/api/style-images", ANY_DESIGNER, 201, (s, fresh) -> {
            Multipart form = Multipart.create().field("orderId", s.order).file("file", "auth.png", "image/png", SuiteFixtures.tinyPng());
            return new Call("/api/style-images", form.contentType(), form.body(), false);
        }));
        all.add(new Endpoint(g, "GET", "/api/style-images/{id}", ANY_DESIGNER, 200, (s, fresh) -> Call.to("/api/style-images/" + s.image)));
        all.add(new Endpoint(g, "GET", "/api/style-images/{id}/content", ANY_DESIGNER, 200,
                (s, fresh) -> Call.to("/api/style-images/" + s.image + "/content")));
        all.add(new Endpoint(g, "GET", "/api/style-images/{id}/thumbnail", ANY_DESIGNER, 200,
                (s, fresh) -> Call.to("/api/style-images/" + s.image + "/thumbnail")));
        all.add(new Endpoint(g, "GET", "/api/style-images/{id}/url", ANY_DESIGNER, 200,
                (s, fresh) -> Call.to("/api/style-images/" + s.image + "/url")));
        all.add(new Endpoint(g, "PATCH", "/api/style-images/{id}", ANY_DESIGNER, 200, (s, fresh) -> Call.json("/api/style-images/" + s.image,
                "{\"description\": \"drill auth\", \"version\": " + s.fixtures().version("/api/style-images/" + s.image) + "}")));
        all.add(new Endpoint(g, "DELETE", "/api/style-images/{id}", ANY_DESIGNER, 204,
                (s, fresh) -> Call.to("/api/style-images/" + (fresh ? s.fixtures().styleImage(s.order) : s.image))));
    }

    private static void notifications(List<Endpoint> all) {
        String g = "notifications";
        all.add(new Endpoint(g, "GET", "/api/orders/{id}/notifications", ANY_DESIGNER, 200,
                (s, fresh) -> Call.to("/api/orders/" + s.order + "/notifications")));
        all.add(new Endpoint(g, "GET", "/api/notifications/{id}", ANY_DESIGNER, 200,
                (s, fresh) -> Call.to("/api/notifications/" + s.notification)));
        all.add(new Endpoint(g, "POST", "/api/notifications/{id}/resend", LEAD_ONLY, 201,
                (s, fresh) -> Call.json("/api/notifications/" + s.notification + "/resend", "")));
    }

    private static void webhooks(List<Endpoint> all) {
        String g = "webhooks";
        all.add(new Endpoint(g, "GET", "/api/webhooks", LEAD_ONLY, 200, (s, fresh) -> Call.to("/api/webhooks")));
        all.add(new Endpoint(g, "POST", "/api/webhooks", LEAD_ONLY, 201, (s, fresh) -> Call.json("/api/webhooks",
                "{\"url\": \"https://127.0.0.1:9/" + s.unique() + "\", \"eventTypes\": [\"order.cancelled\"]}")));
        all.add(new Endpoint(g, "GET", "/api/webhooks/{id}", LEAD_ONLY, 200, (s, fresh) -> Call.to("/api/webhooks/" + s.webhook)));
        all.add(new Endpoint(g, "GET", "/api/webhooks/{id}/deliveries", LEAD_ONLY, 200,
                (s, fresh) -> Call.to("/api/webhooks/" + s.webhook + "/deliveries")));
        all.add(new Endpoint(g, "POST", "/api/webhooks/{id}/test", LEAD_ONLY, 202,
                (s, fresh) -> Call.json("/api/webhooks/" + s.webhook + "/test", "")));
        all.add(new Endpoint(g, "DELETE", "/api/webhooks/{id}", LEAD_ONLY, 204,
                (s, fresh) -> Call.to("/api/webhooks/" + (fresh ? s.webhook() : s.webhook))));
    }

    /** A PUT body for the order as it is now: same items, price and delivery, new notes, current version. */
    static String replacement(JsonNode order) {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode items = body.putArray("items");
        for (JsonNode item : order.path("items")) {
            ObjectNode copy = items.addObject();
            for (String field : List.of("inventoryItemId", "size", "description")) {
                if (item.hasNonNull(field)) {
                    copy.set(field, item.get(field));
                }
            }
            copy.set("quantity", item.get("quantity"));
        }
        body.set("price", order.get("price"));
        body.set("deliveryDate", order.get("deliveryDate"));
        body.set("deliveryMethod", order.get("deliveryMethod"));
        body.put("notes", "drill put");
        body.set("version", order.get("version"));
        return body.toString();
    }
}
