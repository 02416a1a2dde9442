-- The SQL GET /api/orders issues (OrderRepository.find/count, after migration V11), for
-- EXPLAIN (ANALYZE, BUFFERS) against a seeded database:
--   psql -f order-service/bench/list-queries.sql <database>
-- Page size 20; the columns are those the repository reads; values are bound in the service and
-- written out here. list-queries-before.sql has the shapes measured before V11.
\set cols 'id, customer_id, measurement_id, price_amount, price_currency, amount_paid, delivery_date, delivery_method, delivery_street, delivery_city, delivery_postal_code, delivery_country, notes, status, stock_status, item_list_version, delivered_at, version, created_at, created_by, updated_at, updated_by, measurement_snapshot::text AS measurement_snapshot, amount_refunded, stock_shortages::text AS stock_shortages'
\set customer '''' `echo -n customer-4242 | md5sum | cut -c1-32` ''''
\timing on

\echo '== 1 default: newest first, page 0'
EXPLAIN (ANALYZE, BUFFERS) SELECT :cols FROM customer_order WHERE id IN (SELECT id FROM customer_order ORDER BY created_at DESC, id ASC LIMIT 20 OFFSET 0) ORDER BY created_at DESC, id ASC;
\echo '== 1c count(*) without filters'
EXPLAIN (ANALYZE, BUFFERS) SELECT count(*) AS n FROM (SELECT 1 FROM customer_order LIMIT 10000) AS listed;

\echo '== 2 deep page: page 499 (offset 9980)'
EXPLAIN (ANALYZE, BUFFERS) SELECT :cols FROM customer_order WHERE id IN (SELECT id FROM customer_order ORDER BY created_at DESC, id ASC LIMIT 20 OFFSET 9980) ORDER BY created_at DESC, id ASC;
\echo '== 2b deep page: page 49999 (offset 999980)'
EXPLAIN (ANALYZE, BUFFERS) SELECT :cols FROM customer_order WHERE id IN (SELECT id FROM customer_order ORDER BY created_at DESC, id ASC LIMIT 20 OFFSET 999980) ORDER BY created_at DESC, id ASC;

\echo '== 3 status=IN_PROGRESS'
EXPLAIN (ANALYZE, BUFFERS) SELECT :cols FROM customer_order WHERE id IN (SELECT id FROM customer_order WHERE status = 'IN_PROGRESS' ORDER BY created_at DESC, id ASC LIMIT 20 OFFSET 0) ORDER BY created_at DESC, id ASC;
EXPLAIN (ANALYZE, BUFFERS) SELECT count(*) AS n FROM (SELECT 1 FROM customer_order WHERE status = 'IN_PROGRESS' LIMIT 10000) AS listed;
\echo '== 3b status=DELIVERED (88% of the rows)'
EXPLAIN (ANALYZE, BUFFERS) SELECT :cols FROM customer_order WHERE id IN (SELECT id FROM customer_order WHERE status = 'DELIVERED' ORDER BY created_at DESC, id ASC LIMIT 20 OFFSET 0) ORDER BY created_at DESC, id ASC;
EXPLAIN (ANALYZE, BUFFERS) SELECT count(*) AS n FROM (SELECT 1 FROM customer_order WHERE status = 'DELIVERED' LIMIT 10000) AS listed;

\echo '== 4 customerId'
EXPLAIN (ANALYZE, BUFFERS) SELECT :cols FROM customer_order WHERE id IN (SELECT id FROM customer_order WHERE customer_id = :customer ORDER BY created_at DESC, id ASC LIMIT 20 OFFSET 0) ORDER BY created_at DESC, id ASC;
EXPLAIN (ANALYZE, BUFFERS) SELECT count(*) AS n FROM (SELECT 1 FROM customer_order WHERE customer_id = :customer LIMIT 10000) AS listed;

\echo '== 5 delivery window (one month), sorted by deliveryDate'
EXPLAIN (ANALYZE, BUFFERS) SELECT :cols FROM customer_order WHERE id IN (SELECT id FROM customer_order WHERE delivery_date >= current_date - 400 AND delivery_date <= current_date - 370 AND created_at < (current_date - 369)::timestamptz ORDER BY delivery_date ASC, id ASC LIMIT 20 OFFSET 0) ORDER BY delivery_date ASC, id ASC;
EXPLAIN (ANALYZE, BUFFERS) SELECT count(*) AS n FROM (SELECT 1 FROM customer_order WHERE delivery_date >= current_date - 400 AND delivery_date <= current_date - 370 LIMIT 10000) AS listed;
\echo '== 5b delivery window, default sort (newest first)'
EXPLAIN (ANALYZE, BUFFERS) SELECT :cols FROM customer_order WHERE id IN (SELECT id FROM customer_order WHERE delivery_date >= current_date - 400 AND delivery_date <= current_date - 370 AND created_at < (current_date - 369)::timestamptz ORDER BY created_at DESC, id ASC LIMIT 20 OFFSET 0) ORDER BY created_at DESC, id ASC;

\echo '== 6 overdue=true'
EXPLAIN (ANALYZE, BUFFERS) SELECT :cols FROM customer_order WHERE id IN (SELECT id FROM customer_order WHERE delivery_date < current_date AND status NOT IN ('DELIVERED', 'CANCELLED') ORDER BY created_at DESC, id ASC LIMIT 20 OFFSET 0) ORDER BY created_at DESC, id ASC;
EXPLAIN (ANALYZE, BUFFERS) SELECT count(*) AS n FROM (SELECT 1 FROM customer_order WHERE delivery_date < current_date AND status NOT IN ('DELIVERED', 'CANCELLED') LIMIT 10000) AS listed;

\echo '== 7 paymentStatus=PARTIALLY_PAID'
EXPLAIN (ANALYZE, BUFFERS) SELECT :cols FROM customer_order WHERE id IN (SELECT id FROM customer_order WHERE payment_status = 'PARTIALLY_PAID' ORDER BY created_at DESC, id ASC LIMIT 20 OFFSET 0) ORDER BY created_at DESC, id ASC;
EXPLAIN (ANALYZE, BUFFERS) SELECT count(*) AS n FROM (SELECT 1 FROM customer_order WHERE payment_status = 'PARTIALLY_PAID' LIMIT 10000) AS listed;
\echo '== 7b paymentStatus=REFUNDED'
EXPLAIN (ANALYZE, BUFFERS) SELECT :cols FROM customer_order WHERE id IN (SELECT id FROM customer_order WHERE payment_status = 'REFUNDED' ORDER BY created_at DESC, id ASC LIMIT 20 OFFSET 0) ORDER BY created_at DESC, id ASC;
EXPLAIN (ANALYZE, BUFFERS) SELECT count(*) AS n FROM (SELECT 1 FROM customer_order WHERE payment_status = 'REFUNDED' LIMIT 10000) AS listed;

\echo '== 8 status + customer + paymentStatus=UNPAID'
EXPLAIN (ANALYZE, BUFFERS) SELECT :cols FROM customer_order WHERE id IN (SELECT id FROM customer_order WHERE status = 'PENDING' AND payment_status = 'UNPAID' AND customer_id = :customer ORDER BY created_at DESC, id ASC LIMIT 20 OFFSET 0) ORDER BY created_at DESC, id ASC;

\echo '== 9 the items of one page'
EXPLAIN (ANALYZE, BUFFERS) SELECT id, order_id, position, inventory_item_id, size, description, quantity FROM order_item WHERE order_id = ANY(ARRAY(SELECT id FROM customer_order ORDER BY created_at DESC, id LIMIT 20)) ORDER BY order_id, position;
