-- An order and its items. Money keeps four decimals in the database; the API answers the
-- currency's own scale. amount_paid is what payments add up to (none in this version), so
-- balance due and payment status are derived, never typed in.
CREATE TABLE customer_order (
    id                   uuid PRIMARY KEY,
    customer_id          uuid           NOT NULL,
    measurement_id       uuid,
    price_amount         numeric(16, 4) NOT NULL CHECK (price_amount >= 0),
    price_currency       char(3)        NOT NULL,
    amount_paid          numeric(16, 4) NOT NULL DEFAULT 0 CHECK (amount_paid >= 0),
    delivery_date        date           NOT NULL,
    delivery_method      varchar(20)    NOT NULL,
    delivery_street      varchar(200),
    delivery_city        varchar(100),
    delivery_postal_code varchar(20),
    delivery_country     varchar(2),
    notes                varchar(2000),
    status               varchar(20)    NOT NULL,
    stock_status         varchar(20)    NOT NULL,
    item_list_version    integer        NOT NULL,
    delivered_at         timestamptz,
    version              bigint         NOT NULL,
    created_at           timestamptz    NOT NULL,
    created_by           varchar(100)   NOT NULL,
    updated_at           timestamptz    NOT NULL,
    updated_by           varchar(100)   NOT NULL,
    CONSTRAINT customer_order_delivery_needs_address
        CHECK (delivery_method <> 'DELIVERY' OR (delivery_street IS NOT NULL AND delivery_city IS NOT NULL
                                                 AND delivery_country IS NOT NULL))
);

-- The list's filters and sorts: status and delivery window (the order book), one customer's
-- orders, and the default newest-first order.
CREATE INDEX customer_order_status_delivery_idx ON customer_order (status, delivery_date);
CREATE INDEX customer_order_delivery_date_idx ON customer_order (delivery_date);
CREATE INDEX customer_order_customer_idx ON customer_order (customer_id, created_at);
CREATE INDEX customer_order_created_at_idx ON customer_order (created_at, id);

-- An item is an inventory item (stock-tracked: inventory_item_id, size) or custom work
-- (description), never both; quantities are decimals because fabric is sold by the metre.
CREATE TABLE order_item (
    id                uuid PRIMARY KEY,
    order_id          uuid           NOT NULL REFERENCES customer_order (id) ON DELETE CASCADE,
    position          integer        NOT NULL,
    inventory_item_id uuid,
    size              varchar(50),
    description       varchar(2000),
    quantity          numeric(14, 3) NOT NULL CHECK (quantity > 0),
    CONSTRAINT order_item_inventory_or_custom CHECK ((inventory_item_id IS NULL) <> (description IS NULL)),
    CONSTRAINT order_item_position_key UNIQUE (order_id, position)
);

-- The status timeline: one row per move (the first from NULL to PENDING at creation), written
-- in the same transaction as the move.
CREATE TABLE order_status_change (
    id          uuid PRIMARY KEY,
    position    bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    order_id    uuid          NOT NULL REFERENCES customer_order (id) ON DELETE CASCADE,
    from_status varchar(20),
    to_status   varchar(20)   NOT NULL,
    changed_at  timestamptz   NOT NULL,
    changed_by  varchar(100)  NOT NULL,
    note        varchar(2000)
);

CREATE INDEX order_status_change_order_idx ON order_status_change (order_id, position);
