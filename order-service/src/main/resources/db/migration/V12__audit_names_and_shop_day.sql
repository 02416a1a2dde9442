-- A user name may be up to 255 characters (Keycloak's limit); varchar(100) refused longer ones with a 500
-- on every write (issue 16).
ALTER TABLE customer_order ALTER COLUMN created_by TYPE varchar(255), ALTER COLUMN updated_by TYPE varchar(255);
ALTER TABLE order_status_change ALTER COLUMN changed_by TYPE varchar(255);
ALTER TABLE order_payment ALTER COLUMN recorded_by TYPE varchar(255);

-- "Today" is the shop's day (ATELIER_TIME_ZONE), which may be the day before the UTC date (a shop west
-- of UTC in the evening). The order date is the shop's, so the safety net allows one day less than UTC;
-- OrderRepository's delivery-window bound relies on exactly this.
ALTER TABLE customer_order DROP CONSTRAINT customer_order_delivery_not_before_order;
ALTER TABLE customer_order ADD CONSTRAINT customer_order_delivery_not_before_order
    CHECK (delivery_date >= (created_at AT TIME ZONE 'UTC')::date - 1);
