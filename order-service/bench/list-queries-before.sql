-- The SQL GET /api/orders issued BEFORE migration V11 and the bounded list (plain OFFSET, exact
-- count(*), payment status as arithmetic), kept to reproduce the "before" figures of
-- docs/order-list-performance.md on a database migrated up to V10 only:
--   psql -f order-service/bench/list-queries-before.sql <database>
\set cols 'id, customer_id, measurement_id, price_amount, price_currency, amount_paid, delivery_date, delivery_method, delivery_street, delivery_city, delivery_postal_code, delivery_country, notes, status, stock_status, item_list_version, delivered_at, version, created_at, created_by, updated_at, updated_by, measurement_snapshot::text AS measurement_snapshot, amount_refunded, stock_shortages::text AS stock_shortages'
\set customer '''' `echo -n customer-4242 | md5sum | cut -c1-32` ''''
\timing on

\echo '== 1 default: newest first, page 0'
EXPLAIN (ANALYZE, BUFFERS) SELECT :cols FROM customer_order ORDER BY created_at DESC, id ASC LIMIT 20 OFFSET 0;
\echo '== 1c count(*) without filters'
EXPLAIN (ANALYZE, BUFFERS) SELECT count(*) AS n FROM customer_order;

\echo '== 2 deep page: page 499 (offset 9980)'
EXPLAIN (ANALYZE, BUFFERS) SELECT :cols FROM customer_order ORDER BY created_at DESC, id ASC LIMIT 20 OFFSET 9980;
\echo '== 2b deep page: page 49999 (offset 999980)'
EXPLAIN (ANALYZE, BUFFERS) SELECT :cols FROM customer_order ORDER BY created_at DESC, id ASC LIMIT 20 OFFSET 999980;

\echo '== 3 status=IN_PROGRESS'
EXPLAIN (ANALYZE, BUFFERS) SELECT :cols FROM customer_order WHERE status = 'IN_PROGRESS' ORDER BY created_at DESC, id ASC LIMIT 20 OFFSET 0;
EXPLAIN (ANALYZE, BUFFERS) SELECT count(*) AS n FROM customer_order WHERE status = 'IN_PROGRESS';
\echo '== 3b status=DELIVERED (88% of the rows)'
EXPLAIN (ANALYZE, BUFFERS) SELECT :cols FROM customer_order WHERE status = 'DELIVERED' ORDER BY created_at DESC, id ASC LIMIT 20 OFFSET 0;
EXPLAIN (ANALYZE, BUFFERS) SELECT count(*) AS n FROM customer_order WHERE status = 'DELIVERED';

\echo '== 4 customerId'
EXPLAIN (ANALYZE, BUFFERS) SELECT :cols FROM customer_order WHERE customer_id = :customer ORDER BY created_at DESC, id ASC LIMIT 20 OFFSET 0;
EXPLAIN (ANALYZE, BUFFERS) SELECT count(*) AS n FROM customer_order WHERE customer_id = :customer;

\echo '== 5 delivery window (one month), sorted by deliveryDate'
EXPLAIN (ANALYZE, BUFFERS) SELECT :cols FROM customer_order WHERE delivery_date >= current_date - 400 AND delivery_date <= current_date - 370 ORDER BY delivery_date ASC, id ASC LIMIT 20 OFFSET 0;
EXPLAIN (ANALYZE, BUFFERS) SELECT count(*) AS n FROM customer_order WHERE delivery_date >= current_date - 400 AND delivery_date <= current_date - 370;
\echo '== 5b delivery window, default sort (newest first)'
EXPLAIN (ANALYZE, BUFFERS) SELECT :cols FROM customer_order WHERE delivery_date >= current_date - 400 AND delivery_date <= current_date - 370 ORDER BY created_at DESC, id ASC LIMIT 20 OFFSET 0;

\echo '== 6 overdue=true'
EXPLAIN (ANALYZE, BUFFERS) SELECT :cols FROM customer_order WHERE delivery_date < current_date AND status NOT IN ('DELIVERED', 'CANCELLED') ORDER BY created_at DESC, id ASC LIMIT 20 OFFSET 0;
EXPLAIN (ANALYZE, BUFFERS) SELECT count(*) AS n FROM customer_order WHERE delivery_date < current_date AND status NOT IN ('DELIVERED', 'CANCELLED');

\echo '== 7 paymentStatus=PARTIALLY_PAID'
EXPLAIN (ANALYZE, BUFFERS) SELECT :cols FROM customer_order WHERE amount_paid > amount_refunded AND amount_paid - amount_refunded < price_amount ORDER BY created_at DESC, id ASC LIMIT 20 OFFSET 0;
EXPLAIN (ANALYZE, BUFFERS) SELECT count(*) AS n FROM customer_order WHERE amount_paid > amount_refunded AND amount_paid - amount_refunded < price_amount;
\echo '== 7b paymentStatus=REFUNDED'
EXPLAIN (ANALYZE, BUFFERS) SELECT :cols FROM customer_order WHERE amount_paid > 0 AND amount_refunded = amount_paid ORDER BY created_at DESC, id ASC LIMIT 20 OFFSET 0;
EXPLAIN (ANALYZE, BUFFERS) SELECT count(*) AS n FROM customer_order WHERE amount_paid > 0 AND amount_refunded = amount_paid;

\echo '== 8 status + customer + paymentStatus=UNPAID'
EXPLAIN (ANALYZE, BUFFERS) SELECT :cols FROM customer_order WHERE status = 'PENDING' AND amount_paid = 0 AND customer_id = :customer ORDER BY created_at DESC, id ASC LIMIT 20 OFFSET 0;

\echo '== 9 the items of one page'
EXPLAIN (ANALYZE, BUFFERS) SELECT id, order_id, position, inventory_item_id, size, description, quantity FROM order_item WHERE order_id = ANY(ARRAY(SELECT id FROM customer_order ORDER BY created_at DESC, id LIMIT 20)) ORDER BY order_id, position;
