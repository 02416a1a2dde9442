package dev.atelier.platform.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/** Payloads for tests. */
public final class SampleEvents {

    private SampleEvents() {}

    public static OrderCreated orderCreated(UUID orderId) {
        return new OrderCreated(orderId, UUID.randomUUID(), 1,
                List.of(new StockTrackedItem(UUID.randomUUID(), new BigDecimal("2.50")),
                        new StockTrackedItem(UUID.randomUUID(), new BigDecimal("3"))),
                "PENDING", now());
    }

    /** An item-list change whose version tells the order of a key's events apart. */
    public static OrderItemsChanged itemsChanged(UUID orderId, long version) {
        return new OrderItemsChanged(orderId, UUID.randomUUID(), version,
                List.of(new StockTrackedItem(UUID.randomUUID(), BigDecimal.valueOf(version, 1))), "PENDING", now());
    }

    /** An order with so many lines that its event is larger than {@code bytes}. */
    public static OrderItemsChanged itemsChangedLargerThan(UUID orderId, long version, int bytes) {
        List<StockTrackedItem> items = IntStream.range(0, bytes / 60 + 1)
                .mapToObj(i -> new StockTrackedItem(UUID.randomUUID(), new BigDecimal("1.25")))
                .toList();
        return new OrderItemsChanged(orderId, UUID.randomUUID(), version, items, "PENDING", now());
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
