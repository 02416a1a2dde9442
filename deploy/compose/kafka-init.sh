#!/bin/sh
# Users, topics and ACLs of the production compose Kafka (deploy/compose/production.yml runs this once in
# the `kafka-init` container, as the broker's `admin`). The same rules as the Kubernetes production
# overlay's KafkaUsers: each service writes only its own topic and the dead-letter twin of the topic it
# reads, reads with its own consumer group, and may look at the `atelier-dlt-replay` group (its dead-letter
# gauge); customer-service writes only customer events and reads nothing; the gateway reads the three event
# topics for its live updates (a group atelier-gateway-updates-* per replica); notification-service reads the
# three event topics with its own group and writes their dead letters; outside shop systems read the three
# event topics with consumer groups named subscriber-*.
# Safe to run again: users are updated, topics created only when missing, ACLs added once.
# Needs: BOOTSTRAP, ADMIN_PASSWORD, ORDER_SERVICE_PASSWORD, INVENTORY_SERVICE_PASSWORD, SUBSCRIBER_PASSWORD,
# GATEWAY_SERVICE_PASSWORD, NOTIFICATION_SERVICE_PASSWORD, CUSTOMER_SERVICE_PASSWORD;
# KAFKA_BIN (default /opt/kafka/bin, the apache/kafka image's tools).
set -eu

bin=${KAFKA_BIN:-/opt/kafka/bin}
: "${BOOTSTRAP:?set BOOTSTRAP, the broker's host:port}"

# SCRAM's set-up syntax ([password=...]) and the JAAS line cannot carry every character safely.
for name in ADMIN_PASSWORD ORDER_SERVICE_PASSWORD INVENTORY_SERVICE_PASSWORD SUBSCRIBER_PASSWORD GATEWAY_SERVICE_PASSWORD \
    NOTIFICATION_SERVICE_PASSWORD CUSTOMER_SERVICE_PASSWORD; do
  eval "value=\${$name:-}"
  case "$value" in
    '' | *[!A-Za-z0-9._~-]*)
      echo "kafka-init: set $name (letters, digits and . _ ~ - only)" >&2
      exit 2 ;;
  esac
done

admin=$(mktemp)
trap 'rm -f "$admin"' EXIT
chmod 600 "$admin"
cat > "$admin" <<CONFIG
security.protocol=SASL_PLAINTEXT
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="admin" password="$ADMIN_PASSWORD";
CONFIG

scram_user() { # name password
  "$bin/kafka-configs.sh" --bootstrap-server "$BOOTSTRAP" --command-config "$admin" --alter \
    --entity-type users --entity-name "$1" --add-config "SCRAM-SHA-512=[password=$2]"
}

topic() { # name partitions
  "$bin/kafka-topics.sh" --bootstrap-server "$BOOTSTRAP" --command-config "$admin" --create --if-not-exists \
    --topic "$1" --partitions "$2" --replication-factor 1
}

allow() { # principal and resource options for kafka-acls.sh
  "$bin/kafka-acls.sh" --bootstrap-server "$BOOTSTRAP" --command-config "$admin" --add "$@"
}

scram_user order-service "$ORDER_SERVICE_PASSWORD"
scram_user inventory-service "$INVENTORY_SERVICE_PASSWORD"
scram_user atelier-subscriber "$SUBSCRIBER_PASSWORD"
scram_user gateway-service "$GATEWAY_SERVICE_PASSWORD"
scram_user notification-service "$NOTIFICATION_SERVICE_PASSWORD"
scram_user customer-service "$CUSTOMER_SERVICE_PASSWORD"

topic atelier.order-events 3
topic atelier.stock-events 3
topic atelier.customer-events 3
topic atelier.order-events.dlt 1
topic atelier.stock-events.dlt 1
topic atelier.customer-events.dlt 1

allow --allow-principal User:order-service --operation Write --operation Describe \
  --topic atelier.order-events --topic atelier.stock-events.dlt
allow --allow-principal User:order-service --operation Read --operation Describe \
  --topic atelier.stock-events --group order-service
allow --allow-principal User:inventory-service --operation Write --operation Describe \
  --topic atelier.stock-events --topic atelier.order-events.dlt
allow --allow-principal User:inventory-service --operation Read --operation Describe \
  --topic atelier.order-events --group inventory-service
# customer-service: publishes customer events (its outbox relay) and consumes none
allow --allow-principal User:customer-service --operation Write --operation Describe \
  --topic atelier.customer-events
allow --allow-principal User:order-service --allow-principal User:inventory-service \
  --allow-principal User:notification-service --operation Describe --group atelier-dlt-replay
allow --allow-principal User:atelier-subscriber --operation Read --operation Describe \
  --topic atelier.order-events --topic atelier.stock-events --topic atelier.customer-events
allow --allow-principal User:atelier-subscriber --operation Read --operation Describe \
  --group subscriber- --resource-pattern-type prefixed

# the gateway's live updates (/api/updates): read the three event topics, a consumer group per replica
allow --allow-principal User:gateway-service --operation Read --operation Describe \
  --topic atelier.order-events --topic atelier.stock-events --topic atelier.customer-events
allow --allow-principal User:gateway-service --operation Read --operation Describe \
  --group atelier-gateway-updates- --resource-pattern-type prefixed

# notification-service: reads the three event topics with its own group (customers' e-mails from order
# events, webhooks from any event); its consumer's dead letters go to their dead-letter twins; it publishes
# no events
allow --allow-principal User:notification-service --operation Read --operation Describe \
  --topic atelier.order-events --topic atelier.stock-events --topic atelier.customer-events \
  --group notification-service
allow --allow-principal User:notification-service --operation Write --operation Describe \
  --topic atelier.order-events.dlt --topic atelier.stock-events.dlt --topic atelier.customer-events.dlt

echo "kafka-init: users, topics and ACLs are in place"
