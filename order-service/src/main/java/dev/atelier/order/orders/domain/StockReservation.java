package dev.atelier.order.orders.domain;

import java.util.List;

/**
 * Where the order's stock reservation stands: inventory's last answer ({@code status}, and what it
 * could not reserve) for the item list it answers, {@code itemListVersion}. A new item list is a
 * new version for inventory to reserve for; an answer for another version is stale.
 */
public record StockReservation(StockStatus status, List<StockShortage> shortages, int itemListVersion) {

    public StockReservation {
        shortages = List.copyOf(shortages);
    }

    /** A new order's: its first item list, waiting for inventory. */
    static StockReservation first() {
        return new StockReservation(StockStatus.RESERVING, List.of(), 1);
    }

    /** After the item list changed: the next version, waiting for inventory again. */
    StockReservation forNewItemList() {
        return new StockReservation(StockStatus.RESERVING, List.of(), itemListVersion + 1);
    }

    /**
     * After inventory answered {@code answer} for item-list version {@code answeredVersion}: itself
     * when the answer is stale (another version), changes nothing, or comes after the stock was
     * RELEASED (final: the order was cancelled). Only a SHORT answer keeps shortages.
     */
    StockReservation answered(long answeredVersion, StockStatus answer, List<StockShortage> answerShortages) {
        List<StockShortage> newShortages = answer == StockStatus.SHORT ? List.copyOf(answerShortages) : List.of();
        if (answeredVersion != itemListVersion || status == StockStatus.RELEASED
                || (answer == status && newShortages.equals(shortages))) {
            return this;
        }
        return new StockReservation(answer, newShortages, itemListVersion);
    }
}
