#!/usr/bin/env bash
# Start-up time of numbers-web.war next to an empty WAR on the same Payara Micro (H2, no cluster).
# For each WAR: one first start on an empty data directory (Numbers creates its schema and its first secrets),
# then N restarts on the data the first start left (what a deployment sees every time after the first).
# Prints Payara's own "ready in" figure and the time until /health answers UP, and the ratio of the medians.
# Usage: benchmarks/startup.sh [restarts]   (after mvn -DskipTests install)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
micro=$(ls ~/.m2/repository/fish/payara/extras/payara-micro/*/payara-micro-*.jar | sort | tail -1)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/empty/WEB-INF" && echo ok > "$work/empty/index.html"
(cd "$work/empty" && jar cf "$work/empty.war" .)

start() { # name war run label
  local begun log=$work/$1-$3.log
  begun=$(date +%s%N)
  (cd "$work" && exec java -jar "$micro" --nocluster --port 8089 --contextroot / --deploy "$2" >"$log" 2>&1) &
  local pid=$!
  until curl -sf localhost:8089/health >/dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || { echo "$1 did not start; see $log" >&2; exit 1; }
    sleep 0.1
  done
  local up=$(( ($(date +%s%N) - begun) / 1000000 ))
  kill "$pid"; wait "$pid" 2>/dev/null || true
  printf '%-12s %-10s ready in %6s ms (Payara), /health UP after %6d ms\n' "$1" "$4" \
    "$(grep -o 'ready in [0-9,]* (ms)' "$log" | grep -o '[0-9,]*' | tr -d ,)" "$up"
  echo "$up"
}

measure() { # name war
  rm -rf "$work/data"
  start "$1" "$2" 0 "first" | tee /dev/stderr | tail -1 > "$work/$1.first"
  for run in $(seq 1 "$runs"); do
    start "$1" "$2" "$run" "restart $run" | tee /dev/stderr | tail -1 >> "$work/$1.ups"
  done
}
median() { sort -n "$work/$1.ups" | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
measure empty.war "$work/empty.war" 2>&1 | grep -v '^[0-9]*$'
measure numbers-web "$PWD/numbers-web/target/numbers-web.war" 2>&1 | grep -v '^[0-9]*$'
empty=$(median empty.war)
numbers=$(median numbers-web)
awk -v n="$(cat "$work/numbers-web.first")" -v e="$(cat "$work/empty.war.first")" \
  'BEGIN { printf "first start /health UP: numbers-web %d ms, empty WAR %d ms, ratio %.2f\n", n, e, n / e }'
awk -v n="$numbers" -v e="$empty" \
  'BEGIN { printf "median restart /health UP: numbers-web %d ms, empty WAR %d ms, ratio %.2f (goal <= 1.5)\n", n, e, n / e }'
