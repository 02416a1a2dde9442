package dev.atelier.inventory;

import static dev.atelier.platform.test.RoleMatrixContract.Caller.JUNIOR;
import static dev.atelier.platform.test.RoleMatrixContract.Caller.LEAD;
import static dev.atelier.platform.test.RoleMatrixContract.Rule.allows;

import dev.atelier.platform.test.RoleMatrixContract;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The inventory endpoints' role matrix ({@link RoleMatrixContract}): a junior_designer reads and does
 * not write, a lead_designer may do everything. Each call acts on a fresh item.
 */
class InventoryRolesTest extends InventoryIntegrationTest implements RoleMatrixContract {

    @Override
    public List<Rule> roleMatrix() {
        return List.of(
                allows("POST /api/inventory", 201, LEAD),
                allows("GET /api/inventory", 200, JUNIOR, LEAD),
                allows("GET /api/inventory/{id}", 200, JUNIOR, LEAD),
                allows("PUT /api/inventory/{id}", 200, LEAD),
                allows("PATCH /api/inventory/{id}", 200, LEAD),
                allows("DELETE /api/inventory/{id}", 204, LEAD),
                allows("POST /api/inventory/{id}/adjustments", 201, LEAD),
                allows("GET /api/inventory/{id}/changes", 200, JUNIOR, LEAD),
                allows("GET /api/inventory-changes", 200, JUNIOR, LEAD),
                allows("GET /api/inventory-changes/{id}", 200, JUNIOR, LEAD));
    }

    @Override
    public Call prepare(String endpoint) {
        if (!endpoint.contains("{id}")) {
            Object body = endpoint.startsWith("POST") ? itemJson("ROLE-" + unique(), 1) : null;
            return token -> RoleMatrixContract.exchange(web, endpoint, token, body);
        }
        UUID item = createItem(2);
        Object body = switch (endpoint) {
            case "PUT /api/inventory/{id}" -> Map.of("sku", "R-" + unique(), "name", "Renamed " + unique(),
                    "category", "fabric", "unit", "PIECE", "price", Map.of("amount", 3, "currency", "EUR"), "version", 0);
            case "PATCH /api/inventory/{id}" -> Map.of("description", "patched", "version", 0);
            case "POST /api/inventory/{id}/adjustments" -> Map.of("delta", 1, "reason", "RESTOCKED");
            default -> null;
        };
        UUID id = endpoint.startsWith("GET /api/inventory-changes/") ? createdChangeOf(item) : item;
        return token -> RoleMatrixContract.exchange(web, endpoint, token, body, id);
    }

    /** The item's CREATED change-log row. */
    private UUID createdChangeOf(UUID item) {
        return database.sql("SELECT id FROM stock_change WHERE item_id = :id").bind("id", item)
                .map(row -> row.get("id", UUID.class)).one().block();
    }
}
