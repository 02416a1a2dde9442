package dev.atelier.gateway.updates;

import dev.atelier.platform.event.EventType;
import java.util.Map;
import java.util.Set;

/**
 * Which event types the feed passes on, and to whom. A type not listed here is never passed on, so an
 * event added later stays private until someone decides its audience. Payments carry money: leads only,
 * as in the API. Item edits ({@code stock.item-changed}) carry no price, so every designer
 * gets them, as customer changes ({@code customer.changed}: ids and a version, every designer may read
 * customers). No type carries personal data beyond ids.
 */
final class UpdateTypes {

    /** Who may receive a type. */
    enum Audience { ANY_DESIGNER, LEAD_ONLY }

    private static final Map<String, Audience> AUDIENCES = Map.of(
            EventType.ORDER_CREATED.name(), Audience.ANY_DESIGNER,
            EventType.ORDER_ITEMS_CHANGED.name(), Audience.ANY_DESIGNER,
            EventType.ORDER_STATUS_CHANGED.name(), Audience.ANY_DESIGNER,
            EventType.ORDER_CANCELLED.name(), Audience.ANY_DESIGNER,
            EventType.ORDER_PAYMENT_RECORDED.name(), Audience.LEAD_ONLY,
            EventType.STOCK_CHANGED.name(), Audience.ANY_DESIGNER,
            EventType.STOCK_ITEM_CHANGED.name(), Audience.ANY_DESIGNER,
            EventType.STOCK_RESERVATION_UPDATED.name(), Audience.ANY_DESIGNER,
            EventType.CUSTOMER_CHANGED.name(), Audience.ANY_DESIGNER);

    private UpdateTypes() {
    }

    static Set<String> names() {
        return AUDIENCES.keySet();
    }

    static boolean leadOnly(String type) {
        return AUDIENCES.get(type) == Audience.LEAD_ONLY;
    }

    static boolean visible(String type, boolean lead) {
        Audience audience = AUDIENCES.get(type);
        return audience == Audience.ANY_DESIGNER || (audience == Audience.LEAD_ONLY && lead);
    }
}
