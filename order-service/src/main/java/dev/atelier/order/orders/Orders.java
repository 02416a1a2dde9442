package dev.atelier.order.orders;

import dev.atelier.order.orders.domain.Order;
import dev.atelier.order.orders.persistence.OrderFilter;
import dev.atelier.order.orders.persistence.OrderRepository;
import dev.atelier.platform.error.NotFoundException;
import dev.atelier.platform.security.CurrentUser;
import dev.atelier.platform.web.PageQuery;
import dev.atelier.platform.web.PageResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/** The order use cases: each write is one transaction. */
@Service
public class Orders {

    public static final String RESOURCE = "order";

    private final OrderRepository orders;
    private final TransactionalOperator transactions;
    private final Clock clock;

    public Orders(OrderRepository orders, TransactionalOperator transactions, Clock clock) {
        this.orders = orders;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Stores a new PENDING order with all its items, or nothing. */
    public Mono<Order> create(Order.Terms terms) {
        return CurrentUser.name().flatMap(user -> {
            // PostgreSQL keeps microseconds; the answer must equal a later read.
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            Order order = Order.create(terms, now, user);
            return orders.insert(order).thenReturn(order).as(transactions::transactional);
        });
    }

    public Mono<Order> get(UUID id) {
        return orders.findById(id).switchIfEmpty(Mono.error(() -> new NotFoundException(RESOURCE, id)));
    }

    public Mono<PageResponse<Order>> list(OrderFilter filter, PageQuery page) {
        return PageResponse.of(orders.find(filter, page), orders.count(filter), page);
    }
}
