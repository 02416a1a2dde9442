-- The list (GET /api/orders) measured on 1,000,000 orders: docs/order-list-performance.md.

-- Payment status exactly as Order.paymentStatus() derives it (net paid = paid - refunded), stored
-- so that a paymentStatus filter pages and counts through an index instead of scanning the table.
ALTER TABLE customer_order ADD COLUMN payment_status varchar(20) GENERATED ALWAYS AS (
    CASE WHEN amount_paid = 0 THEN 'UNPAID'
         WHEN amount_refunded = amount_paid THEN 'REFUNDED'
         WHEN amount_paid - amount_refunded >= price_amount THEN 'PAID'
         ELSE 'PARTIALLY_PAID' END) STORED;
CREATE INDEX customer_order_payment_status_idx ON customer_order (payment_status, created_at, id);

-- Open orders (neither DELIVERED nor CANCELLED) are a small part of a long-running order book:
-- partial indexes for the overdue filter, newest first (the delivery date included so the page's
-- ids come from the index alone) and counted.
CREATE INDEX customer_order_open_created_idx ON customer_order (created_at, id) INCLUDE (delivery_date)
    WHERE status NOT IN ('DELIVERED', 'CANCELLED');
CREATE INDEX customer_order_open_delivery_idx ON customer_order (delivery_date)
    WHERE status NOT IN ('DELIVERED', 'CANCELLED');

-- The delivery date is never before the order date (UTC), as Order.create checks. The list relies
-- on it: a delivery window ending on day D only holds orders created by D, which bounds the
-- newest-first scan of an old window.
ALTER TABLE customer_order ADD CONSTRAINT customer_order_delivery_not_before_order
    CHECK (delivery_date >= (created_at AT TIME ZONE 'UTC')::date);
