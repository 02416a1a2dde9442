package dev.atelier.platform.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CloudEventsJsonTest {

    private final JsonMapper mapper = JsonMapper.builder().build();
    private final CloudEventsJson json = new CloudEventsJson(mapper);

    @Test
    void an_event_is_one_structured_cloudevents_json_object_with_its_payload_as_data() {
        UUID orderId = UUID.randomUUID();
        EventEnvelope<OrderCreated> envelope = EventEnvelope.of("/order-service", SampleEvents.orderCreated(orderId));

        JsonNode written = mapper.readTree(json.structured(envelope));

        assertThat(written.get("specversion").asString()).isEqualTo("1.0");
        assertThat(written.get("id").asString()).isEqualTo(envelope.id().toString());
        assertThat(written.get("source").asString()).isEqualTo("/order-service");
        assertThat(written.get("type").asString()).isEqualTo("order.created");
        assertThat(written.get("subject").asString()).isEqualTo(orderId.toString());
        assertThat(Instant.parse(written.get("time").asString())).isEqualTo(envelope.time());
        assertThat(written.get("datacontenttype").asString()).isEqualTo("application/json");
        JsonNode data = written.get("data");
        assertThat(data.get("orderId").asString()).isEqualTo(orderId.toString());
        assertThat(data.get("itemListVersion").asLong()).isEqualTo(1);
        assertThat(data.get("items").get(0).has("inventoryItemId")).isTrue();
        assertThat(data.has("aggregateId")).as("the aggregate travels as key and subject, not in data").isFalse();
    }

    @Test
    void decimal_quantities_keep_their_exact_digits_on_the_wire_and_back() {
        OrderCreated created = SampleEvents.orderCreated(UUID.randomUUID());
        EventEnvelope<OrderCreated> envelope = EventEnvelope.of("/order-service", created);

        byte[] wire = json.structured(envelope);

        assertThat(new String(wire, StandardCharsets.UTF_8)).contains("\"quantity\":2.50");
        EventEnvelope<?> read = json.read(wire);
        assertThat(read).isEqualTo(envelope);
        assertThat(((OrderCreated) read.data()).items().getFirst().quantity()).isEqualTo(new BigDecimal("2.50"));
    }

    @Test
    void stored_data_json_is_copied_into_the_envelope_as_is() {
        EventEnvelope<OrderCreated> envelope = EventEnvelope.of("/order-service", SampleEvents.orderCreated(UUID.randomUUID()));
        String stored = json.dataJson(envelope.data()).replace(",", ", ");

        byte[] wire = json.structured(envelope.attributes(), stored);

        assertThat(new String(wire, StandardCharsets.UTF_8)).contains(stored);
        assertThat(json.read(wire)).isEqualTo(envelope);
    }

    @Test
    void every_payload_type_round_trips() {
        UUID orderId = UUID.randomUUID();
        Instant at = Instant.parse("2026-11-23T10:15:30.123456Z");
        List<EventPayload> payloads = List.of(
                SampleEvents.orderCreated(orderId),
                SampleEvents.itemsChanged(orderId, 4),
                new OrderStatusChanged(orderId, UUID.randomUUID(), 2, List.of(), "IN_PROGRESS", "COMPLETED", at),
                new OrderCancelled(orderId, UUID.randomUUID(), 3, List.of(), "PENDING", at),
                new StockChanged(UUID.randomUUID(), "FAB-SILK-001", "RESERVED", new BigDecimal("40"), new BigDecimal("40"),
                        BigDecimal.ZERO, new BigDecimal("2.5"), new BigDecimal("37.5"), false, orderId, at),
                new StockReservationUpdated(orderId, 3, ReservationStatus.SHORT,
                        List.of(new Shortage(UUID.randomUUID(), new BigDecimal("3.5"), new BigDecimal("1.25"))), at));

        for (EventPayload payload : payloads) {
            EventEnvelope<EventPayload> envelope = EventEnvelope.of("/test", payload);
            assertThat(json.read(json.structured(envelope))).as(envelope.type()).isEqualTo(envelope);
        }
    }

    @Test
    void headers_repeat_the_attributes_and_mark_the_record_as_structured() {
        EventEnvelope<OrderCreated> envelope = EventEnvelope.of("/order-service", SampleEvents.orderCreated(UUID.randomUUID()));

        assertThat(CloudEventsJson.headers(envelope.attributes()))
                .containsEntry("content-type", "application/cloudevents+json; charset=UTF-8")
                .containsEntry("ce_specversion", "1.0")
                .containsEntry("ce_id", envelope.id().toString())
                .containsEntry("ce_source", "/order-service")
                .containsEntry("ce_type", "order.created")
                .containsEntry("ce_subject", envelope.subject())
                .containsEntry("ce_time", envelope.time().toString());
    }

    @Test
    void unknown_fields_in_data_are_ignored_so_producers_can_add_some() {
        EventEnvelope<OrderCreated> envelope = EventEnvelope.of("/order-service", SampleEvents.orderCreated(UUID.randomUUID()));
        String data = json.dataJson(envelope.data()).replaceFirst("\\{", "{\"addedLater\":true,");

        assertThat(json.read(json.structured(envelope.attributes(), data))).isEqualTo(envelope);
    }

    @Test
    void records_that_are_not_valid_events_are_malformed() {
        EventEnvelope<OrderCreated> valid = EventEnvelope.of("/order-service", SampleEvents.orderCreated(UUID.randomUUID()));
        String text = new String(json.structured(valid), StandardCharsets.UTF_8);

        assertMalformed("not json at all", "not JSON");
        assertMalformed("[1,2]", "not a JSON object");
        assertMalformed(text.replace("\"specversion\":\"1.0\"", "\"specversion\":\"0.3\""), "specversion");
        assertMalformed(text.replace(valid.id().toString(), "not-a-uuid"), "'id'");
        assertMalformed(text.replace(valid.time().toString(), "yesterday"), "'time'");
        assertMalformed(text.replace("\"type\":\"order.created\"", "\"type\":\"order.shipped\""), "unknown event type");
        assertMalformed(text.replace("\"quantity\":2.50", "\"quantity\":\"lots\""), "does not fit");
        assertMalformed(text.replaceAll("\"orderId\":\"[^\"]+\",", ""), "aggregate id");
        assertThatThrownBy(() -> json.read(new byte[0])).isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> json.read(null)).isInstanceOf(MalformedEventException.class);
    }

    private void assertMalformed(String value, String reason) {
        assertThatThrownBy(() -> json.read(value.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining(reason);
    }
}
