#!/usr/bin/env bash
# Load test of `mizan serve` on PostgreSQL: single-subject screenings from CLIENTS concurrent
# callers for SECONDS (after WARM-UP seconds of the same load, default 60: the optimising compiler
# is still at work on 2 cores after 10), then checks that every answered screening was stored and
# that the audit chain is intact. Not part of `./mvnw verify`: run it by hand, figures go to
# docs/performance.md.
#
#   bench/service-load.sh [SECONDS] [CLIENTS] [JDBC-URL] [WARM-UP]
#
# Default URL: a fresh schema mizan_load on the PostgreSQL server at 127.0.0.1:5432, database
# test (the development and CI machines' server); needs psql for that default.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
clients=${2:-16}
url=${3:-}
warm_up=${4:-60}
port=18089
work=$(mktemp -d)
trap 'kill $server 2>/dev/null || true; rm -rf "$work"' EXIT

if [ -z "$url" ]; then
  psql -q -h 127.0.0.1 -d test -c "drop schema if exists mizan_load cascade" -c "create schema mizan_load"
  url="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=mizan_load"
  count_sql() { psql -At -h 127.0.0.1 -d test -c "select count(*) from mizan_load.screenings"; }
else
  count_sql() { echo "(not counted: give no URL to count stored screenings)"; }
fi

./mvnw -B -q install -DskipTests
./mvnw -B -q -Pbench -pl bench package -DskipTests

./mizan serve --port "$port" --data-dir "$work" --db "$url" 2> "$work/serve.err" &
server=$!
for _ in $(seq 1 60); do
  grep -q "serving on" "$work/serve.err" 2>/dev/null && break
  sleep 1
done
admin=$(grep '^mzn_' "$work/serve.err")
key=$(curl -s -H "Authorization: Bearer $admin" -X POST "http://127.0.0.1:$port/api/v1/keys" \
  -d '{"name":"load","role":"analyst"}' | sed 's/.*"key":"\([^"]*\)".*/\1/')

java -cp bench/target/benchmarks.jar org.mizan.load.ServiceLoad "http://127.0.0.1:$port" "$key" \
  "$seconds" "$clients" "$warm_up" | tee "$work/result.json"

kill "$server"
wait "$server" || true
echo "screenings stored: $(count_sql)"
./mizan audit verify --data-dir "$work" --db "$url"
