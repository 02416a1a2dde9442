package dev.atelier.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SagaTimesTest {

    @Test
    void reserved_orders_give_their_span_and_the_rest_are_failures_by_status() {
        Latencies latencies = new Latencies();

        SagaTimes.record(latencies, "RESERVED", 42_000);
        SagaTimes.record(latencies, "RESERVED", 58_000);
        SagaTimes.record(latencies, "SHORT", 10_000);
        SagaTimes.record(latencies, "RESERVING", 0);

        assertThat(latencies.count()).isEqualTo(2);
        assertThat(latencies.millisAt(100)).isBetween(57.9, 58.1);
        assertThat(latencies.errors()).isEqualTo(2);
        assertThat(latencies.reasons()).isEqualTo("SHORT×1, timeout×1");
    }

    @Test
    void a_phase_is_its_notes_since_its_start_and_the_span_is_creation_to_last_update() {
        assertThat(SagaTimes.SPANS).contains("updated_at - created_at").endsWith("WHERE created_at >= ? AND notes = ?");
        assertThat(SagaTimes.WAITING).contains("count(*)").endsWith("AND stock_status = 'RESERVING'");
    }
}
