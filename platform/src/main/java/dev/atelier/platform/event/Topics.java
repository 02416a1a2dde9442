package dev.atelier.platform.event;

/** The Kafka topics Atelier publishes, and how their dead-letter topics are named. */
public final class Topics {

    /** {@code order.*} events from order-service, keyed by order id. */
    public static final String ORDER_EVENTS = "atelier.order-events";

    /** {@code stock.*} events from inventory-service, keyed by inventory item id or order id (see each payload). */
    public static final String STOCK_EVENTS = "atelier.stock-events";

    /** {@code customer.*} events from customer-service, keyed by customer id; ids only, never personal data. */
    public static final String CUSTOMER_EVENTS = "atelier.customer-events";

    /** Suffix of the topic where a consumer parks records it could not apply: {@code atelier.order-events.dlt}. */
    public static final String DEAD_LETTER_SUFFIX = ".dlt";

    private Topics() {}

    public static String deadLetterTopicOf(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
