package dev.atelier.order.stock;

import dev.atelier.order.orders.domain.Order;
import dev.atelier.order.orders.persistence.OrderRepository.StockUpdate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The orders one transaction's stock answers work on: each locked once (a poll's together), answered in memory, so a
 * later answer sees what an earlier one did, and written together just before the commit.
 */
final class AnsweredOrders {

    /** Looked up: locked, or found not to exist. */
    private final Set<UUID> lookedUp = new HashSet<>();
    /** As this transaction left them. */
    private final Map<UUID, Order> current = new HashMap<>();
    private final Map<UUID, Long> lockedVersions = new HashMap<>();
    private final Map<UUID, Order> answered = new LinkedHashMap<>();

    /** Those of {@code ids} not looked up yet in this transaction. */
    Set<UUID> notLookedUp(Collection<UUID> ids) {
        Set<UUID> missing = new HashSet<>(ids);
        missing.removeAll(lookedUp);
        return missing;
    }

    /** {@code ids} were looked up and {@code found} locked; the others do not exist. */
    void locked(Collection<UUID> ids, List<Order> found) {
        lookedUp.addAll(ids);
        found.forEach(order -> {
            current.put(order.id(), order);
            lockedVersions.put(order.id(), order.audit().version());
        });
    }

    /** The order as this transaction left it, or null when it does not exist. */
    @Nullable Order current(UUID id) {
        return current.get(id);
    }

    void answered(Order order) {
        current.put(order.id(), order);
        answered.put(order.id(), order);
    }

    /** What to write: each answered order as the last answer left it, if its row still has the version it was locked at. */
    List<StockUpdate> updates() {
        return answered.values().stream().map(order -> new StockUpdate(order, lockedVersions.get(order.id()))).toList();
    }
}
