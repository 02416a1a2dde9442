#!/usr/bin/env bash
# One full benchmark run as docs/benchmark.md describes it: starts the suite if needed, seeds the
# million orders if they are not there, runs ./atelier bench with the given options and keeps its
# output (with the machine's load before and after) in .atelier/bench/bench-<UTC time>.txt.
#   deploy/bench/run.sh [./atelier bench options, e.g. --duration 30s]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
mkdir -p .atelier/bench
out=".atelier/bench/bench-$(date -u +%Y%m%dT%H%M%SZ).txt"
./atelier status > /dev/null 2>&1 || ./atelier up --detach
{
  echo "# $(date -u) on $(hostname): $(nproc) cores; uptime: $(uptime)"
  ./atelier bench --seed "$@"
  echo "# uptime after: $(uptime)"
} 2>&1 | tee "$out"
echo "saved in $out"
