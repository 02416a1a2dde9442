package dev.atelier.notification.orders;

import java.util.List;

/** One page of order-service's order list, as much of it as reminders need. */
public record OrderPage(List<OrderDetails> content, Page page) {

    public record Page(int number, int totalPages) {
    }

    public boolean isLast() {
        return page == null || page.number() + 1 >= page.totalPages();
    }
}
