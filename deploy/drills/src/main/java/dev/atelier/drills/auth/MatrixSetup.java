package dev.atelier.drills.auth;

import dev.atelier.apiclient.Answer;
import dev.atelier.apiclient.GatewayApi;
import dev.atelier.drills.fixture.SuiteFixtures;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The things the auth matrix's valid requests aim at: shared ones for reads and refused calls, fresh
 * ones (made by the lead) for calls expected to change or delete something. Designer accounts it made
 * are deleted again at the end.
 */
public final class MatrixSetup {

    private final GatewayApi api;
    private final SuiteFixtures fixtures;
    private final List<String> accounts = new ArrayList<>();
    String customer;
    String measurement;
    String item;
    String change;
    String order;
    String orderItem;
    String payment;
    String image;
    String user;
    String notification;
    String webhook;
    private final List<String> webhooks = new ArrayList<>();

    public MatrixSetup(GatewayApi api) {
        this.api = api;
        this.fixtures = new SuiteFixtures(api, "auth");
    }

    /** For the catalogue's unit tests: ids that are never sent anywhere. */
    static MatrixSetup offline(String id) {
        MatrixSetup setup = new MatrixSetup(null);
        setup.customer = setup.measurement = setup.item = setup.change = setup.order = setup.orderItem = setup.payment = setup.image = id;
        setup.user = setup.notification = setup.webhook = id;
        return setup;
    }

    public MatrixSetup create() throws IOException, InterruptedException {
        customer = fixtures.customer();
        measurement = fixtures.measurement(customer);
        item = fixtures.inventoryItem();
        change = fixtures.firstChange(item);
        order = fixtures.order(customer, null);
        orderItem = fixtures.orderItem(order);
        payment = fixtures.payment(order);
        image = fixtures.styleImage(order);
        user = account();
        notification = fixtures.notification(customer);
        webhook = webhook();
        return this;
    }

    /** The shared things' ids and the run's tag, by their names in auth-endpoints.yaml. */
    Map<String, String> shared() {
        Map<String, String> ids = new HashMap<>();
        ids.put("customer", customer);
        ids.put("measurement", measurement);
        ids.put("inventoryItem", item);
        ids.put("change", change);
        ids.put("order", order);
        ids.put("orderItem", orderItem);
        ids.put("payment", payment);
        ids.put("image", image);
        ids.put("user", user);
        ids.put("notification", notification);
        ids.put("webhook", webhook);
        ids.put("tag", tag());
        return ids;
    }

    /** A new thing of the kind {@code name} names in auth-endpoints.yaml, for a call that is to change or delete it. */
    String fresh(String name) throws IOException, InterruptedException {
        return switch (name) {
            case "user" -> account();
            case "customer" -> fixtures.customer();
            case "inventoryItem" -> fixtures.inventoryItem();
            case "order" -> fixtures.order(customer, null);
            case "orderItem" -> extraOrderItem();
            case "image" -> fixtures.styleImage(order);
            case "webhook" -> webhook();
            default -> throw new IllegalArgumentException("auth-endpoints.yaml: nothing fresh is made for '" + name + "'");
        };
    }

    public SuiteFixtures fixtures() {
        return fixtures;
    }

    public String tag() {
        return fixtures.tag();
    }

    public String account() throws IOException, InterruptedException {
        String id = fixtures.user();
        accounts.add(id);
        return id;
    }

    /** Unique names for creates (user names, e-mails, SKUs). */
    public String unique() {
        return fixtures.tag() + "-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    }

    /** A new session of {@code username}: its tokens, straight from the gateway's login. */
    public JsonNode login(String username) throws IOException, InterruptedException {
        Answer answer = api.postJson("/api/auth/login", null, "{\"username\": \"" + username + "\", \"password\": \"" + username + "\"}");
        if (!answer.ok()) {
            throw new IOException("login as " + username + " failed: HTTP " + answer.status());
        }
        return answer.json();
    }

    /** An item added to the shared order, to be deleted. */
    public String extraOrderItem() throws IOException, InterruptedException {
        Answer answer = api.postJson("/api/orders/" + order + "/items", api.token("lead"), "{\"description\": \"Drill extra\", \"quantity\": 1}");
        if (!answer.ok()) {
            throw new IOException("adding an item to order " + order + " failed: HTTP " + answer.status() + " " + answer.body());
        }
        return answer.json().path("id").asString();
    }

    /** A webhook for the drill, deleted again with the accounts. */
    public String webhook() throws IOException, InterruptedException {
        String id = fixtures.webhook();
        webhooks.add(id);
        return id;
    }

    /** Accounts and webhooks made for the drill (the shared ones, and those lead's POSTs created), deleted again. */
    public void deleteAccounts() throws IOException, InterruptedException {
        for (String id : accounts) {
            fixtures.deleteUser(id);
        }
        for (String id : webhooks) {
            fixtures.deleteWebhook(id);
        }
    }

    /** A webhook a lead's POST made, to delete with the rest. */
    public void createdWebhook(String id) {
        if (id != null && !id.isBlank()) {
            webhooks.add(id);
        }
    }

    public void created(String account) {
        if (account != null && !account.isBlank()) {
            accounts.add(account);
        }
    }
}
