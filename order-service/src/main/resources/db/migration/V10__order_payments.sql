-- Payments and refunds of an order, only ever inserted. customer_order.amount_paid and
-- amount_refunded are their sums, kept in the same transaction under the order's row lock, so
-- lists filter and derive payment status without reading this table.
-- No ON DELETE CASCADE: an order that money was paid for is not deleted with its payment records.
CREATE TABLE order_payment (
    id          uuid PRIMARY KEY,
    order_id    uuid           NOT NULL REFERENCES customer_order (id),
    kind        varchar(10)    NOT NULL CHECK (kind IN ('PAYMENT', 'REFUND')),
    amount      numeric(16, 4) NOT NULL CHECK (amount > 0),
    currency    char(3)        NOT NULL,
    method      varchar(20)    NOT NULL,
    paid_at     timestamptz    NOT NULL,
    note        varchar(2000),
    recorded_at timestamptz    NOT NULL,
    recorded_by varchar(100)   NOT NULL
);

CREATE INDEX order_payment_order_paid_at_idx ON order_payment (order_id, paid_at, id);

-- A refund never takes back more than was paid.
ALTER TABLE customer_order
    ADD CONSTRAINT customer_order_refund_within_paid CHECK (amount_refunded <= amount_paid);
