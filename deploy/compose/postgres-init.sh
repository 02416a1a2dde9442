#!/bin/sh
# docker-entrypoint-initdb.d hook: creates the service roles and databases with the passwords given
# to the postgres container (docker-compose.yml passes them from .env).
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -v customer_password="${CUSTOMER_DB_PASSWORD:-customer_service}" \
  -v order_password="${ORDER_DB_PASSWORD:-order_service}" \
  -v inventory_password="${INVENTORY_DB_PASSWORD:-inventory_service}" \
  -v media_password="${MEDIA_DB_PASSWORD:-media_service}" \
  -v notification_password="${NOTIFICATION_DB_PASSWORD:-notification_service}" \
  -f /atelier/postgres-init.sql
