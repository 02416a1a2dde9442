package dev.atelier.drills.stock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atelier.drills.DrillReport;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StockLedgerTest {

    private static final UUID A = UUID.randomUUID();
    private static final UUID B = UUID.randomUUID();

    private static StockLedger.Change change(String reason, UUID order, long qBefore, long qAfter, long rBefore, long rAfter) {
        return new StockLedger.Change(reason, order, BigDecimal.valueOf(qBefore), BigDecimal.valueOf(qAfter),
                BigDecimal.valueOf(rBefore), BigDecimal.valueOf(rAfter));
    }

    private static final List<StockLedger.Change> SOUND = List.of(
            change("CREATED", null, 0, 50, 0, 0),
            change("RESERVED", A, 50, 50, 0, 2),
            change("RESERVED", B, 50, 50, 2, 3));

    @Test
    void a_sound_log_passes_every_check() {
        StockLedger ledger = new StockLedger(BigDecimal.valueOf(50), BigDecimal.valueOf(3), SOUND);

        assertThat(ledger.breaks()).isZero();
        assertThat(ledger.negativeOrOverReserved()).isZero();
        assertThat(ledger.ordersReservedTwice()).isZero();
        assertThat(ledger.endsAtRow()).isTrue();
        assertThat(ledger.loggedReserved()).isEqualByComparingTo("3");
        assertThat(ledger.count("RESERVED")).isEqualTo(2);

        DrillReport report = report();
        ledger.check(report, 3);
        assertThat(report.passed()).isTrue();
    }

    @Test
    void a_gap_a_double_reservation_and_an_overdraft_are_each_found() {
        StockLedger ledger = new StockLedger(BigDecimal.valueOf(50), BigDecimal.valueOf(60), List.of(
                change("CREATED", null, 0, 50, 0, 0),
                change("RESERVED", A, 50, 50, 0, 2),
                change("RESERVED", A, 50, 50, 5, 7),
                change("RESERVED", B, 50, 50, 7, 60)));

        assertThat(ledger.breaks()).isEqualTo(1);
        assertThat(ledger.ordersReservedTwice()).isEqualTo(1);
        assertThat(ledger.negativeOrOverReserved()).isEqualTo(1);
        assertThat(ledger.loggedReserved()).isEqualByComparingTo("57");

        DrillReport report = report();
        ledger.check(report, 60);
        assertThat(report.failures()).hasSize(4);
    }

    @Test
    void a_log_that_does_not_end_at_the_row_fails() {
        StockLedger ledger = new StockLedger(BigDecimal.valueOf(50), BigDecimal.valueOf(4), SOUND);

        assertThat(ledger.endsAtRow()).isFalse();
        DrillReport report = report();
        ledger.check(report, 4);
        assertThat(report.failures()).anyMatch(failure -> failure.contains("ends at the item's quantity"));
    }

    private static DrillReport report() {
        return new DrillReport("test", new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }
}
