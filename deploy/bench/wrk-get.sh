#!/usr/bin/env bash
# Cross-check of ./atelier bench's scenario a with wrk (C, event loop: a load generator that needs
# little CPU of its own): GET one order by id through the gateway and directly at order-service,
# 16 connections, 10 s warm-up and 20 s measured each, with lead's token (it lives 300 s: enough).
#   deploy/bench/wrk-get.sh ORDER_ID [connections] [seconds]     (apt-get install -y wrk)
set -euo pipefail
order=${1:?usage: deploy/bench/wrk-get.sh ORDER_ID [connections] [seconds]}
connections=${2:-16}
seconds=${3:-20}
token=$(curl -sf -X POST http://127.0.0.1:8080/api/auth/login -H 'Content-Type: application/json' \
  -d '{"username":"lead","password":"lead"}' | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
for target in "gateway http://127.0.0.1:8080" "direct http://127.0.0.1:8081"; do
  set -- $target
  wrk -t2 -c"$connections" -d10s -H "Authorization: Bearer $token" "$2/api/orders/$order" > /dev/null
  echo "== $1: GET $2/api/orders/$order, $connections connections, ${seconds} s"
  wrk -t2 -c"$connections" -d"${seconds}s" --latency -H "Authorization: Bearer $token" "$2/api/orders/$order" \
    | grep -E "Requests/sec|Latency|50%|90%|99%|Non-2xx|Socket errors"
done
