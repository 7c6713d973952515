#!/usr/bin/env bash
# Starts a cluster of Numbers on this machine: instances on 127.0.0.1:8081, :8082, … over one MariaDB/MySQL
# database, and HAProxy in front of them on http://localhost:8080. Ctrl-C stops them all.
#
#   cluster/start.sh            two instances
#   cluster/start.sh 3          three (HAProxy is given one server line per instance)
#
# NUMBERS_DB_URL / NUMBERS_DB_USER / NUMBERS_DB_PASSWORD name the shared database (default: the database
# "numbers_cluster" on the MariaDB of 127.0.0.1:3306, user root, no password). Every other NUMBERS_* variable
# is handed to every instance, so they all share the same secrets (carrier credentials, numbers.admin.*).
set -euo pipefail
cd "$(dirname "$0")/.."

instances=${1:-2}
run=cluster/run
mkdir -p "$run"

export NUMBERS_DB_URL=${NUMBERS_DB_URL:-jdbc:mysql://127.0.0.1:3306/numbers_cluster?createDatabaseIfNotExist=true}
export NUMBERS_DB_USER=${NUMBERS_DB_USER:-root}
export NUMBERS_DB_PASSWORD=${NUMBERS_DB_PASSWORD:-}
if [[ $NUMBERS_DB_URL != jdbc:mysql:* ]]; then
  echo "A cluster shares one MySQL or MariaDB database: set NUMBERS_DB_URL to a jdbc:mysql: URL" >&2
  exit 2
fi
command -v haproxy >/dev/null || { echo "HAProxy is missing: apt-get install haproxy" >&2; exit 2; }

# The WAR and the Payara Micro it runs on (the start profile copies the jar, exec.skip keeps it from starting).
mvn -q -B -pl numbers-web -am -DskipTests -Pstart -Dexec.skip=true package
micro=numbers-web/target/payara-micro.jar
war=numbers-web/target/numbers-web.war

# The instances find each other over TCP/IP on their data grid ports 6900, 6901, … (loopback has no multicast).
members=$(for i in $(seq 1 "$instances"); do printf '127.0.0.1:%d,' $((6899 + i)); done)
members=${members%,}

pids=()
stop() {
  trap - INT TERM EXIT
  echo "stopping…"
  kill "${pids[@]}" 2>/dev/null || true
  wait 2>/dev/null || true
}
trap stop INT TERM EXIT

for i in $(seq 1 "$instances"); do
  NUMBERS_INSTANCE_NAME=numbers$i java -Xmx1g -jar "$micro" \
      --deploy "$war" --contextroot / --port $((8080 + i)) --name "numbers$i" \
      --clustername numbers --clustermode "tcpip:$members" --interfaces 127.0.0.1 --startport $((6899 + i)) \
      > "$run/numbers$i.log" 2>&1 &
  pids+=($!)
  echo "numbers$i: http://127.0.0.1:$((8080 + i)) (log $run/numbers$i.log)"
done

for i in $(seq 1 "$instances"); do
  until curl -sf "http://127.0.0.1:$((8080 + i))/health/ready" >/dev/null; do
    kill -0 "${pids[$((i - 1))]}" 2>/dev/null || { echo "numbers$i did not start; see $run/numbers$i.log" >&2; exit 1; }
    sleep 2
  done
done

# cluster/haproxy.cfg lists the two instances of the default; for another count its server lines are rewritten.
config=cluster/haproxy.cfg
if [[ $instances != 2 ]]; then
  config=$run/haproxy.cfg
  { grep -v '^    server numbers' cluster/haproxy.cfg
    for i in $(seq 1 "$instances"); do printf '    server numbers%d 127.0.0.1:%d\n' "$i" $((8080 + i)); done
  } > "$config"
fi
haproxy -f "$config" -db > "$run/haproxy.log" 2>&1 &
pids+=($!)
echo "Numbers on http://localhost:8080 through HAProxy, $instances instances; Ctrl-C stops them all"
for i in $(seq 1 "$instances"); do
  curl -s "http://127.0.0.1:$((8080 + i))/health" | python3 -c 'import json,sys
for c in json.load(sys.stdin)["checks"]:
    if c["name"] == "instance": print("  ", c["data"])' || true
done
wait
