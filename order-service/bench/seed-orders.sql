-- Seeds :orders orders (default 1,000,000) with two items each into an order-service database
-- that has the service's migrations applied (see docs/order-list-performance.md). Plain
-- generate_series in one transaction: about a minute on a laptop-class machine.
--
--   psql -v orders=1000000 -f order-service/bench/seed-orders.sql <database>
--
-- The shape follows a busy atelier over three years: 20,000 customers; orders older than 60 days
-- are nearly all DELIVERED (some CANCELLED); recent ones spread over the open statuses; delivery
-- 14 to 90 days after the order; prices 50 to 5,000 EUR; delivered orders paid, open ones unpaid,
-- with a deposit or paid; cancelled ones mostly refunded.
\if :{?orders}
\else
\set orders 1000000
\endif

BEGIN;

CREATE TEMP TABLE seed AS
SELECT g AS n,
       now() - (random() * interval '1095 days') AS created_at,
       random() AS status_roll,
       random() AS pay_roll,
       round((50 + random() * 4950)::numeric, 2) AS price
FROM generate_series(1, :orders) AS g;

INSERT INTO customer_order (id, customer_id, measurement_id, price_amount, price_currency, amount_paid,
                            amount_refunded, delivery_date, delivery_method, delivery_street, delivery_city,
                            delivery_postal_code, delivery_country, notes, status, stock_status, item_list_version,
                            delivered_at, version, created_at, created_by, updated_at, updated_by)
SELECT gen_random_uuid(),
       md5('customer-' || (n % 20000))::uuid,
       NULL,
       price,
       'EUR',
       CASE WHEN status IN ('DELIVERED', 'CANCELLED') THEN price
            WHEN pay_roll < 0.4 THEN 0
            WHEN pay_roll < 0.8 THEN round(price * 0.3, 2)
            ELSE price END,
       CASE WHEN status = 'CANCELLED' AND pay_roll < 0.8 THEN price ELSE 0 END,
       delivery_date,
       CASE WHEN n % 3 = 0 THEN 'DELIVERY' ELSE 'PICKUP' END,
       CASE WHEN n % 3 = 0 THEN n || ' Marina Road' END,
       CASE WHEN n % 3 = 0 THEN 'Lagos' END,
       CASE WHEN n % 3 = 0 THEN '100001' END,
       CASE WHEN n % 3 = 0 THEN 'NG' END,
       'seeded order ' || n,
       status,
       CASE status WHEN 'CANCELLED' THEN 'RELEASED'
                   WHEN 'PENDING' THEN (ARRAY['RESERVING', 'RESERVED', 'SHORT'])[1 + n % 3]
                   ELSE 'RESERVED' END,
       1,
       CASE WHEN status = 'DELIVERED' THEN delivery_date::timestamptz END,
       3,
       created_at,
       'lead',
       created_at,
       'lead'
FROM (SELECT s.*,
             (s.created_at + (14 + (s.n % 77)) * interval '1 day')::date AS delivery_date,
             CASE WHEN s.created_at < now() - interval '60 days'
                      THEN CASE WHEN status_roll < 0.93 THEN 'DELIVERED' ELSE 'CANCELLED' END
                  WHEN status_roll < 0.30 THEN 'PENDING'
                  WHEN status_roll < 0.70 THEN 'IN_PROGRESS'
                  WHEN status_roll < 0.90 THEN 'COMPLETED'
                  WHEN status_roll < 0.97 THEN 'DELIVERED'
                  ELSE 'CANCELLED' END AS status
      FROM seed s) AS o
-- Rows arrive in the order they were made, as in the live table.
ORDER BY created_at;

-- Two items per order: a stock-tracked one and custom work.
INSERT INTO order_item (id, order_id, position, inventory_item_id, size, description, quantity)
SELECT gen_random_uuid(), o.id, p,
       CASE WHEN p = 0 THEN md5('item-' || (abs(hashtext(o.id::text)) % 500))::uuid END,
       CASE WHEN p = 0 THEN 'UK 12' END,
       CASE WHEN p = 1 THEN 'Hand-beaded bodice' END,
       CASE WHEN p = 0 THEN 2.5 ELSE 1 END
FROM customer_order o CROSS JOIN generate_series(0, 1) AS p
ORDER BY o.created_at, p;

COMMIT;

VACUUM ANALYZE customer_order;
VACUUM ANALYZE order_item;
