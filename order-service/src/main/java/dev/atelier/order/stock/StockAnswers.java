package dev.atelier.order.stock;

import dev.atelier.order.orders.domain.Order;
import dev.atelier.order.orders.domain.StockShortage;
import dev.atelier.order.orders.domain.StockStatus;
import dev.atelier.order.orders.persistence.OrderRepository;
import dev.atelier.order.orders.persistence.OrderRepository.StockUpdate;
import dev.atelier.platform.event.ReservationStatus;
import dev.atelier.platform.event.StockReservationUpdated;
import dev.atelier.platform.observability.AfterCommit;
import dev.atelier.platform.sql.BeforeCommit;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Inventory's answers in the stock saga: {@code stock.reservation-updated} sets the order's stock
 * status (and shortages) when it answers the order's current item-list version. Runs inside the
 * idempotent consumer's transaction, under the order's row lock: a poll's orders are locked in one
 * statement ({@link #lockAll}) and their answers written in one just before the commit.
 */
@Service
public class StockAnswers {

    private static final Logger log = LoggerFactory.getLogger(StockAnswers.class);

    /** The key of a transaction's {@link AnsweredOrders}. */
    private static final Object ANSWERED = new Object();

    private final OrderRepository orders;
    private final Clock clock;
    private final MeterRegistry meters;

    public StockAnswers(OrderRepository orders, Clock clock, MeterRegistry meters) {
        this.orders = orders;
        this.clock = clock;
        this.meters = meters;
    }

    /** Locks the orders that a poll's answers are for, in one statement, before any of them is applied. */
    public Mono<Void> lockAll(Collection<UUID> orderIds) {
        return answered().flatMap(work -> lock(work, orderIds));
    }

    /**
     * Applies one answer; {@code by} (the event's source, e.g. {@code /inventory-service}) becomes
     * the order's {@code updatedBy}. An answer for an order this service does not know is logged
     * and skipped: retrying cannot make the order appear.
     */
    public Mono<Void> apply(StockReservationUpdated answer, String source) {
        String by = source.length() > 100 ? source.substring(0, 100) : source; // updated_by is varchar(100)
        UUID orderId = answer.orderId();
        return answered().flatMap(work -> lock(work, List.of(orderId))
                .then(Mono.fromSupplier(() -> Optional.ofNullable(work.current(orderId))))
                .flatMap(order -> order.isPresent() ? applyTo(work, order.get(), answer, by) : Mono.fromRunnable(() ->
                        log.warn("Stock answer {} for unknown order {} skipped", answer.status(), orderId))));
    }

    private Mono<Void> applyTo(AnsweredOrders work, Order order, StockReservationUpdated answer, String by) {
        Order answered = order.withStockAnswer(answer.itemListVersion(), stockStatus(answer), shortages(answer),
                now(), by);
        if (answered == order) {
            log.debug("Stock answer {} for order {} item-list version {} changes nothing (order at version {}, {})",
                    answer.status(), order.id(), answer.itemListVersion(), order.reservation().itemListVersion(),
                    order.reservation().status());
            return Mono.empty();
        }
        work.answered(answered);
        return sagaLatency(answered, answer);
    }

    /** This transaction's answered orders, written by {@link #write} just before it commits. */
    private Mono<AnsweredOrders> answered() {
        return BeforeCommit.buffer(ANSWERED, AnsweredOrders.class, AnsweredOrders::new, this::write);
    }

    private Mono<Void> lock(AnsweredOrders work, Collection<UUID> orderIds) {
        Set<UUID> missing = work.notLookedUp(orderIds);
        return missing.isEmpty() ? Mono.empty()
                : orders.lockByIds(missing).collectList().doOnNext(found -> work.locked(missing, found)).then();
    }

    private Mono<Void> write(AnsweredOrders work) {
        List<StockUpdate> updates = work.updates();
        return orders.updateStock(updates).flatMap(updated -> updated == updates.size() ? Mono.<Void>empty()
                // Cannot happen under the row locks; fail the commit so that the consumer retries.
                : Mono.error(new OptimisticLockingFailureException((updates.size() - updated) + " of "
                        + updates.size() + " answered orders changed while their stock answers were applied")));
    }

    /**
     * The saga's latency, from the order's creation until inventory's first answer is applied
     * (item-list version 1; later item changes keep no time of their own to measure from).
     */
    private Mono<Void> sagaLatency(Order answered, StockReservationUpdated answer) {
        if (answered.reservation().itemListVersion() != 1 || answer.status() == ReservationStatus.RELEASED) {
            return Mono.empty();
        }
        Duration latency = Duration.between(answered.audit().createdAt(), answered.audit().updatedAt());
        return AfterCommit.run(() -> Timer.builder("atelier.saga.stock.answer")
                .description("From an order's creation until inventory's answer is applied")
                .tag("status", answer.status().name())
                .publishPercentileHistogram()
                .register(meters)
                .record(latency));
    }

    private static StockStatus stockStatus(StockReservationUpdated answer) {
        return switch (answer.status()) {
            case RESERVED -> StockStatus.RESERVED;
            case SHORT -> StockStatus.SHORT;
            case RELEASED -> StockStatus.RELEASED;
        };
    }

    private static List<StockShortage> shortages(StockReservationUpdated answer) {
        return answer.shortages().stream()
                .map(s -> new StockShortage(s.itemId(), s.requested(), s.available()))
                .toList();
    }

    private Instant now() {
        return clock.instant();
    }
}
