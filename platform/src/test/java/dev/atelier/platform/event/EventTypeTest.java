package dev.atelier.platform.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventTypeTest {

    @Test
    void every_type_is_found_by_its_name_and_by_its_payload_class() {
        assertThat(EventType.all()).hasSize(9);
        for (EventType<?> type : EventType.all()) {
            assertThat(EventType.named(type.name())).contains(type);
            assertThat(EventType.of(type.payloadClass())).isSameAs(type);
        }
    }

    @Test
    void order_stock_and_customer_events_travel_on_their_own_topics() {
        assertThat(EventType.all()).allSatisfy(type -> assertThat(type.topic())
                .isEqualTo(type.name().startsWith("order.") ? Topics.ORDER_EVENTS
                        : type.name().startsWith("customer.") ? Topics.CUSTOMER_EVENTS : Topics.STOCK_EVENTS));
        assertThat(Topics.CUSTOMER_EVENTS).isEqualTo("atelier.customer-events");
        assertThat(Topics.deadLetterTopicOf(Topics.ORDER_EVENTS)).isEqualTo("atelier.order-events.dlt");
    }

    @Test
    void an_envelope_takes_type_subject_and_time_from_its_payload() {
        UUID orderId = UUID.randomUUID();
        OrderCreated created = SampleEvents.orderCreated(orderId);

        EventEnvelope<OrderCreated> envelope = EventEnvelope.of("/order-service", created);

        assertThat(envelope.type()).isEqualTo("order.created");
        assertThat(envelope.eventType()).isSameAs(EventType.ORDER_CREATED);
        assertThat(envelope.subject()).isEqualTo(orderId.toString());
        assertThat(envelope.time()).isEqualTo(created.at());
        assertThat(envelope.specversion()).isEqualTo("1.0");
        assertThat(envelope.datacontenttype()).isEqualTo("application/json");
    }

    @Test
    void an_unknown_name_or_payload_is_not_a_type() {
        assertThat(EventType.named("order.shipped")).isEmpty();
        record Stranger(UUID aggregateId, Instant at) implements EventPayload {}
        assertThatThrownBy(() -> EventType.of(Stranger.class)).isInstanceOf(IllegalArgumentException.class);
    }
}
