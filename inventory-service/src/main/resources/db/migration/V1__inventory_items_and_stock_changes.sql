-- Quantities are decimals with three fractional digits: fabric is sold by the metre (2.5 m),
-- trims by the piece. The CHECKs are the last line of defence against overselling; the service
-- also takes a row lock (SELECT ... FOR UPDATE) before every quantity change.
CREATE TABLE inventory_item (
    id                  uuid PRIMARY KEY,
    sku                 varchar(64)    NOT NULL,
    name                varchar(200)   NOT NULL,
    description         varchar(2000),
    category            varchar(100)   NOT NULL,
    unit                varchar(20)    NOT NULL,
    quantity            numeric(14, 3) NOT NULL CHECK (quantity >= 0),
    reserved            numeric(14, 3) NOT NULL DEFAULT 0 CHECK (reserved >= 0),
    price_amount        numeric(16, 4) NOT NULL CHECK (price_amount >= 0),
    price_currency      char(3)        NOT NULL,
    low_stock_threshold numeric(14, 3) NOT NULL DEFAULT 0 CHECK (low_stock_threshold >= 0),
    version             bigint         NOT NULL,
    created_at          timestamptz    NOT NULL,
    created_by          varchar(100)   NOT NULL,
    updated_at          timestamptz    NOT NULL,
    updated_by          varchar(100)   NOT NULL,
    CONSTRAINT inventory_item_reserved_within_quantity CHECK (reserved <= quantity)
);

CREATE UNIQUE INDEX inventory_item_sku_key ON inventory_item (lower(sku));
CREATE UNIQUE INDEX inventory_item_name_category_key ON inventory_item (lower(name), lower(category));
CREATE INDEX inventory_item_category_idx ON inventory_item (lower(category));
CREATE INDEX inventory_item_created_at_idx ON inventory_item (created_at);

-- The change log: one row per change of on-hand or reserved quantity, written in the same
-- transaction as the change. No foreign key: the log outlives a deleted item.
CREATE TABLE stock_change (
    id              uuid PRIMARY KEY,
    position        bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    item_id         uuid           NOT NULL,
    reason          varchar(20)    NOT NULL,
    quantity_before numeric(14, 3) NOT NULL,
    quantity_after  numeric(14, 3) NOT NULL,
    reserved_before numeric(14, 3) NOT NULL,
    reserved_after  numeric(14, 3) NOT NULL,
    order_id        uuid,
    note            varchar(500),
    at              timestamptz    NOT NULL,
    changed_by      varchar(100)   NOT NULL
);

CREATE INDEX stock_change_item_idx ON stock_change (item_id, position DESC);
CREATE INDEX stock_change_order_idx ON stock_change (order_id) WHERE order_id IS NOT NULL;
CREATE INDEX stock_change_at_idx ON stock_change (at);

-- Append-only, enforced by the database itself, not only by the absence of an endpoint.
CREATE FUNCTION stock_change_is_append_only() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'stock_change is append-only';
END;
$$;

CREATE TRIGGER stock_change_append_only
    BEFORE UPDATE OR DELETE ON stock_change
    FOR EACH ROW EXECUTE FUNCTION stock_change_is_append_only();
