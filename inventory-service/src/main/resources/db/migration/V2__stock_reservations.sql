-- What inventory holds for each order: the item-list version it last applied and the lines held.
-- A row is created on the order's first event (version -1, no status) so that it can be locked.
CREATE TABLE order_reservation (
    order_id          uuid PRIMARY KEY,
    item_list_version bigint      NOT NULL,
    status            varchar(20),
    updated_at        timestamptz NOT NULL
);

-- The sum of an item's lines always equals its inventory_item.reserved (same transaction).
CREATE TABLE reservation_line (
    order_id uuid           NOT NULL REFERENCES order_reservation (order_id),
    item_id  uuid           NOT NULL REFERENCES inventory_item (id),
    quantity numeric(14, 3) NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (order_id, item_id)
);

CREATE INDEX reservation_line_item_idx ON reservation_line (item_id);
