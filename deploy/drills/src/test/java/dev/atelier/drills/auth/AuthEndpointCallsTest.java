package dev.atelier.drills.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.drills.auth.Endpoint.Call;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The valid calls auth-endpoints.yaml describes, built as the drill builds them, against a stand-in gateway. */
class AuthEndpointCallsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private StubGateway gateway;
    private MatrixSetup setup;

    @BeforeEach
    void makeTheSharedThings() throws Exception {
        gateway = new StubGateway();
        setup = new MatrixSetup(gateway.api()).create();
    }

    @AfterEach
    void stop() {
        gateway.close();
    }

    @Test
    void every_call_builds_with_every_placeholder_filled_in_and_aims_at_its_documented_path() throws Exception {
        Map<String, String> sharedIds = Map.ofEntries(Map.entry("users", setup.user), Map.entry("customers", setup.customer),
                Map.entry("measurements", setup.measurement), Map.entry("inventory", setup.item), Map.entry("inventory-changes", setup.change),
                Map.entry("orders", setup.order), Map.entry("order-items", setup.orderItem), Map.entry("payments", setup.payment),
                Map.entry("style-images", setup.image), Map.entry("notifications", setup.notification), Map.entry("webhooks", setup.webhook));
        for (Endpoint endpoint : AuthEndpoints.all()) {
            for (boolean fresh : new boolean[] {false, true}) {
                Call call = endpoint.preparer().prepare(setup, fresh);
                String what = endpoint.name() + (fresh ? " (fresh)" : "");
                assertThat(call.path()).as(what).doesNotContain("$", "{", "}", "null")
                        .matches(endpoint.template().replaceAll("\\{[^}]+}", "[^/?]+") + "(\\?.*)?");
                // each {id} is the shared thing of the collection it follows: /api/orders/{id} the shared order
                String[] documented = endpoint.template().split("/");
                String[] sent = call.path().split("\\?")[0].split("/");
                for (int i = 0; i < documented.length && !fresh; i++) {
                    if (documented[i].startsWith("{")) {
                        assertThat(sent[i]).as(what).isEqualTo(sharedIds.get(documented[i - 1]));
                    }
                }
                if (call.body() != null && call.body().length > 0 && call.contentType().contains("json")) {
                    String body = new String(call.body(), StandardCharsets.UTF_8);
                    assertThat(body).as(what).doesNotContain("${");
                    assertThat(JSON.readTree(body).isObject()).as(what + ": " + body).isTrue();
                }
            }
        }
    }

    @Test
    void a_call_expected_to_delete_or_cancel_gets_a_new_thing_of_its_own() throws Exception {
        List<Endpoint> destructive = AuthEndpoints.all().stream()
                .filter(endpoint -> endpoint.method().equals("DELETE") || endpoint.template().endsWith("/status")).toList();
        assertThat(destructive).hasSize(8);
        for (Endpoint endpoint : destructive) {
            String shared = endpoint.preparer().prepare(setup, false).path();
            int before = gateway.requests().size();
            String fresh = endpoint.preparer().prepare(setup, true).path();

            assertThat(fresh).as(endpoint.name()).isNotEqualTo(shared);
            assertThat(gateway.requests().subList(before, gateway.requests().size())).as(endpoint.name())
                    .singleElement().asString().startsWith("POST ");
        }
    }

    @Test
    void a_change_is_made_to_the_current_state_of_what_it_changes() throws Exception {
        // the stand-in's order as it is: two items, version 7; the PUT keeps them without their ids
        assertThat(json(call("PUT /api/orders/{id}"))).isEqualTo(JSON.readTree("""
                {"items": [{"inventoryItemId": "stock-1", "description": "Drill custom work", "quantity": 1},
                 {"description": "Drill hemming", "quantity": 1}], "price": {"amount": 100.0, "currency": "EUR"},
                 "deliveryDate": "2030-01-01", "deliveryMethod": "PICKUP", "notes": "drill put", "version": 7}"""));
        assertThat(json(call("PUT /api/customers/{id}")).path("email").asString()).isEqualTo("shared@example.com");
        // an order's version moves with the stock saga's answer: the item's PATCH waits for it
        gateway.reserveOrders(2);
        assertThat(json(call("PATCH /api/order-items/{id}")).path("orderVersion").asInt()).isEqualTo(7);
        assertThat(gateway.requests()).filteredOn(request -> request.startsWith("GET /api/orders/")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(call("PATCH /api/customers/{id}").contentType()).isEqualTo("application/merge-patch+json");
        assertThat(call("PATCH /api/inventory/{id}").contentType()).isEqualTo("application/json");
    }

    @Test
    void a_create_gets_one_unique_name_per_call_and_a_refresh_a_new_login() throws Exception {
        JsonNode user = json(call("POST /api/users"));
        assertThat(user.path("username").asString()).startsWith(setup.tag() + "-");
        assertThat(user.path("email").asString()).isEqualTo(user.path("username").asString() + "@example.com");
        assertThat(json(call("POST /api/users")).path("username")).isNotEqualTo(user.path("username"));
        JsonNode item = json(call("POST /api/inventory"));
        String unique = item.path("name").asString().substring("Drill ".length());
        assertThat(item.path("sku").asString()).isEqualTo("DRILL-" + unique.toUpperCase(Locale.ROOT));

        int before = gateway.requests().size();
        assertThat(json(call("POST /api/auth/refresh")).path("refresh_token").asString()).startsWith("refresh-");
        assertThat(gateway.requests().subList(before, gateway.requests().size())).containsExactly("POST /api/auth/login");
    }

    @Test
    void the_upload_the_stream_and_the_empty_body_are_sent_as_such() throws Exception {
        Call upload = call("POST /api/style-images");
        assertThat(upload.contentType()).startsWith("multipart/form-data; boundary=");
        assertThat(new String(upload.body(), StandardCharsets.ISO_8859_1)).contains("name=\"orderId\"\r\n\r\n" + setup.order + "\r\n",
                "filename=\"auth.png\"", "Content-Type: image/png", "\u0089PNG");
        assertThat(call("GET /api/updates").stream()).isTrue();
        assertThat(call("GET /api/orders/{id}").stream()).isFalse();
        Call resend = call("POST /api/notifications/{id}/resend");
        assertThat(resend.contentType()).isEqualTo("application/json");
        assertThat(resend.body()).isEmpty();
    }

    private Call call(String name) throws Exception {
        Endpoint endpoint = AuthEndpoints.all().stream().filter(candidate -> candidate.name().equals(name)).findFirst().orElseThrow();
        return endpoint.preparer().prepare(setup, true);
    }

    private static JsonNode json(Call call) {
        return JSON.readTree(new String(call.body(), StandardCharsets.UTF_8));
    }
}
