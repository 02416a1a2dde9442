-- The customers order-service has heard of on customer.changed. A new order for a customer known here
-- and never heard archived needs no call to customer-service; any other customer is asked about there.
-- An archive is never undone here: once heard archived, a customer is always asked about.
CREATE TABLE known_customer (
    id         uuid PRIMARY KEY,
    archived   boolean     NOT NULL,
    version    bigint      NOT NULL,
    changed_at timestamptz NOT NULL
);
