package dev.atelier.order.payments;

import dev.atelier.order.orders.OrderEvents;
import dev.atelier.order.orders.Orders;
import dev.atelier.order.orders.persistence.OrderRepository;
import dev.atelier.order.payments.domain.Payment;
import dev.atelier.order.payments.persistence.PaymentRepository;
import dev.atelier.platform.error.ConflictException;
import dev.atelier.platform.error.NotFoundException;
import dev.atelier.platform.event.OrderPaymentRecorded;
import dev.atelier.platform.outbox.Outbox;
import dev.atelier.platform.security.CurrentUser;
import dev.atelier.platform.web.PageQuery;
import dev.atelier.platform.web.PageResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Recording payments and refunds. Each one is a row in {@code order_payment} plus the order's
 * paid and refunded sums and version, written in one transaction under the order's row lock, so
 * two designers recording at once cannot both take the last of the balance, with its
 * {@code order.payment-recorded} event in the outbox (the gateway's live updates pass it on to leads).
 */
@Service
public class Payments {

    public static final String RESOURCE = "payment";

    private final OrderRepository orders;
    private final Orders knownOrders;
    private final PaymentRepository payments;
    private final Outbox outbox;
    private final TransactionalOperator transactions;
    private final Clock clock;

    public Payments(OrderRepository orders, Orders knownOrders, PaymentRepository payments, Outbox outbox,
            TransactionalOperator transactions, Clock clock) {
        this.orders = orders;
        this.knownOrders = knownOrders;
        this.payments = payments;
        this.outbox = outbox;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Records a payment or refund, or nothing.
     *
     * @throws NotFoundException no such order
     * @throws dev.atelier.platform.domain.InvalidValueException a field is wrong for this order
     * @throws dev.atelier.order.orders.domain.PaymentRefusedException the order's state refuses it
     */
    public Mono<Payment.Recorded> record(UUID orderId, Payment.Terms terms) {
        return CurrentUser.name().flatMap(user -> orders.lockById(orderId)
                .switchIfEmpty(Mono.error(() -> new NotFoundException(Orders.RESOURCE, orderId)))
                .flatMap(order -> {
                    Payment.Recorded recorded = Payment.record(order, terms, now(), user);
                    return orders.updatePayments(recorded.order(), order.audit().version())
                            .flatMap(updated -> updated == 0
                                    ? Mono.error(new ConflictException("the order changed meanwhile; try again"))
                                    : payments.insert(recorded.payment()))
                            .then(outbox.append(paymentRecorded(recorded)))
                            .thenReturn(recorded);
                })
                .as(transactions::transactional));
    }

    public Mono<PageResponse<Payment>> list(UUID orderId, PageQuery page) {
        return knownOrders.require(orderId)
                .then(PageResponse.of(payments.findByOrder(orderId, page), payments.countByOrder(orderId), page));
    }

    public Mono<Payment> get(UUID orderId, UUID paymentId) {
        return knownOrders.require(orderId)
                .then(payments.findById(orderId, paymentId))
                .switchIfEmpty(Mono.error(() -> new NotFoundException(RESOURCE, paymentId)));
    }

    private static OrderPaymentRecorded paymentRecorded(Payment.Recorded recorded) {
        Payment payment = recorded.payment();
        return OrderEvents.paymentRecorded(recorded.order(), payment.id(), payment.kind().name(), payment.amount(),
                payment.recordedAt());
    }

    /** PostgreSQL keeps microseconds; an answer must equal a later read. */
    private Instant now() {
        return clock.instant();
    }
}
