#!/usr/bin/env bash
# Seeds a throw-away database with 1,000,000 orders on the machine's PostgreSQL cluster, measures
# the list queries before and after migration V11, and drops the database. Run as root from the
# repository root: order-service/bench/run-bench.sh [orders]   (output in /tmp/order-bench-*.txt)
set -euo pipefail
ORDERS=${1:-1000000}
MIGRATIONS=order-service/src/main/resources/db/migration
BENCH=order-service/bench
DB=order_bench_$$
psql_as_postgres() { (cd /tmp && runuser -u postgres -- psql -v ON_ERROR_STOP=1 "$@"); }
pg_ctlcluster 15 main start 2>/dev/null || true
until pg_isready -q; do sleep 0.2; done
psql_as_postgres -q -c "CREATE DATABASE $DB"
trap 'psql_as_postgres -q -c "DROP DATABASE IF EXISTS $DB"' EXIT
for migration in $(ls $MIGRATIONS/V*.sql | sort -V); do
  case $(basename "$migration") in V11__*) break ;; esac
  psql_as_postgres -q -d $DB -f "$PWD/$migration"
done
echo "seeding $ORDERS orders"; time psql_as_postgres -q -d $DB -v orders=$ORDERS -f "$PWD/$BENCH/seed-orders.sql"
psql_as_postgres -d $DB -c "SELECT status, count(*) FROM customer_order GROUP BY 1 ORDER BY 1" \
  -c "SELECT pg_size_pretty(pg_database_size(current_database())) AS database_size"
psql_as_postgres -d $DB -f "$PWD/$BENCH/list-queries-before.sql" > /tmp/order-bench-before.txt 2>&1
echo "migration V11"; time psql_as_postgres -q -d $DB -f "$PWD/$MIGRATIONS/V11__order_list_indexes.sql"
psql_as_postgres -q -d $DB -c "VACUUM ANALYZE customer_order"
for run in 1 2; do
  psql_as_postgres -d $DB -f "$PWD/$BENCH/list-queries.sql" > /tmp/order-bench-after-$run.txt 2>&1
done
grep -E "^==|Execution Time" /tmp/order-bench-before.txt /tmp/order-bench-after-2.txt
