#!/usr/bin/env bash
# Start-up time of numbers-web.war next to an empty WAR on the same Payara Micro (H2, no cluster).
# Prints Payara's own "ready in" figure and the time until /health answers UP, for each of N runs.
# Usage: benchmarks/startup.sh [runs]   (after mvn -DskipTests install)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
micro=$(ls ~/.m2/repository/fish/payara/extras/payara-micro/*/payara-micro-*.jar | sort | tail -1)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/empty/WEB-INF" && echo ok > "$work/empty/index.html"
(cd "$work/empty" && jar cf "$work/empty.war" .)

measure() { # name war
  for run in $(seq 1 "$runs"); do
    rm -rf "$work/data"
    local start log=$work/$1-$run.log
    start=$(date +%s%N)
    (cd "$work" && exec java -jar "$micro" --nocluster --port 8089 --contextroot / --deploy "$2" >"$log" 2>&1) &
    local pid=$!
    until curl -sf localhost:8089/health >/dev/null 2>&1; do
      kill -0 "$pid" 2>/dev/null || { echo "$1 did not start; see $log" >&2; exit 1; }
      sleep 0.1
    done
    local up=$(( ($(date +%s%N) - start) / 1000000 ))
    echo "$up" >> "$work/$1.ups"
    kill "$pid"; wait "$pid" 2>/dev/null || true
    printf '%-12s run %d: ready in %6s ms (Payara), /health UP after %6d ms\n' "$1" "$run" \
      "$(grep -o 'ready in [0-9,]* (ms)' "$log" | grep -o '[0-9,]*' | tr -d ,)" "$up"
  done
}
median() { sort -n "$work/$1.ups" | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
measure empty.war "$work/empty.war"
measure numbers-web "$PWD/numbers-web/target/numbers-web.war"
empty=$(median empty.war)
numbers=$(median numbers-web)
awk -v n="$numbers" -v e="$empty" 'BEGIN { printf "median /health UP: numbers-web %d ms, empty WAR %d ms, ratio %.2f (goal <= 1.5)\n", n, e, n / e }'
