package dev.atelier.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SagaWatchTest {

    @Test
    void only_reserved_ends_a_saga_well_and_reserving_keeps_waiting() {
        assertThat(SagaWatch.outcome("RESERVED")).isEqualTo(SagaWatch.Outcome.RESERVED);
        assertThat(SagaWatch.outcome("RESERVING")).isEqualTo(SagaWatch.Outcome.WAITING);
        assertThat(SagaWatch.outcome("SHORT")).isEqualTo(SagaWatch.Outcome.FAILED);
        assertThat(SagaWatch.outcome("RELEASED")).isEqualTo(SagaWatch.Outcome.FAILED);
    }

    @Test
    void all_pending_orders_are_read_in_one_query() {
        assertThat(SagaWatch.QUERY).contains("= ANY(?)").contains("stock_status").doesNotContain("IN (");
    }
}
