#!/usr/bin/env bash
# The server under load: wrk on loopback, 50 connections, against a user
# with 5,000 people and two years of history (`rete demo --people 5000`),
# on SQLite and on PostgreSQL. Each route is compared with a trivial
# handler (/healthz) of the same server, measured in the same run.
#
#   bench/serve.sh                # both backends
#   BACKENDS=sqlite bench/serve.sh
#
# Needs wrk (apt-get install wrk) and, for PostgreSQL, the server of
# RETE_BENCH_POSTGRES (default postgres://postgres@127.0.0.1:5432).
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-50}
BACKENDS=${BACKENDS:-"sqlite postgres"}
PG=${RETE_BENCH_POSTGRES:-postgres://postgres@127.0.0.1:5432}
PASSWORD="una frase lunga per il benchmark"

cargo build --release --bin rete >/dev/null
RETE=$PWD/target/release/rete
WORK=$(mktemp -d)
trap 'kill "${SERVER:-}" 2>/dev/null || true; rm -rf "$WORK"' EXIT
export RETE_CONFIG=$WORK/none.toml
touch "$RETE_CONFIG"

run_wrk() { # label url
    local out
    out=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -H "authorization: Bearer $TOKEN" "$2")
    local rps p50 p99
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
    p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
    # The first route of a backend is the trivial one: the others' ratio.
    [ -z "${TRIVIAL:-}" ] && TRIVIAL=$rps
    printf '| %s | %s | %s | %s | %s |\n' "$1" "$rps" "$(awk -v a="$rps" -v b="$TRIVIAL" 'BEGIN {printf "%.2f", a / b}')" "$p50" "$p99"
}

for backend in $BACKENDS; do
    case $backend in
        sqlite) DB=(--db "$WORK/bench.db") ;;
        postgres)
            psql "$PG/postgres" -qc 'DROP DATABASE IF EXISTS rete_bench' -c 'CREATE DATABASE rete_bench' >/dev/null
            DB=(--database-url "$PG/rete_bench") ;;
    esac
    start=$(date +%s.%N)
    "$RETE" "${DB[@]}" demo --no-serve --people 5000 >/dev/null
    built=$(echo "$(date +%s.%N) - $start" | bc)
    # Planner statistics, as a server that has run for a while has them.
    [ "$backend" = postgres ] && psql "$PG/rete_bench" -qc ANALYZE
    echo "$PASSWORD" | "$RETE" "${DB[@]}" account set-password --email bench@example.it --password-stdin >/dev/null
    "$RETE" "${DB[@]}" serve --addr 127.0.0.1:7979 >/dev/null 2>&1 &
    SERVER=$!
    for _ in $(seq 1 50); do curl -sf http://127.0.0.1:7979/healthz >/dev/null && break; sleep 0.2; done
    TOKEN=$(curl -sf -XPOST http://127.0.0.1:7979/api/v1/auth/token -H 'content-type: application/json' \
        -d "{\"email\":\"bench@example.it\",\"password\":\"$PASSWORD\"}" | sed 's/.*"token":"\([^"]*\)".*/\1/')
    ID=$(curl -sf "http://127.0.0.1:7979/api/v1/people?limit=1&q=ross" -H "authorization: Bearer $TOKEN" \
        | sed 's/^{"items":\[{"id":\([0-9]*\).*/\1/')
    PEOPLE=$("$RETE" "${DB[@]}" person list --json | grep -o '"id":' | wc -l)
    echo
    echo "### $backend: $PEOPLE people, demo built in ${built%.*} s, $CONNECTIONS connections, $DURATION per route"
    echo
    echo "| route | requests/s | ratio to trivial | p50 | p99 |"
    echo "|---|---|---|---|---|"
    TRIVIAL=
    run_wrk "GET /healthz (trivial)" "http://127.0.0.1:7979/healthz"
    run_wrk "GET /api/v1/people/$ID" "http://127.0.0.1:7979/api/v1/people/$ID"
    run_wrk "GET /api/v1/people?q=ross" "http://127.0.0.1:7979/api/v1/people?q=ross"
    run_wrk "GET /api/v1/today" "http://127.0.0.1:7979/api/v1/today"
    echo
    echo "Server memory after the run: $(awk '/VmRSS/ {print $2, $3}' /proc/$SERVER/status) resident, peak $(awk '/VmHWM/ {print $2, $3}' /proc/$SERVER/status)."
    kill "$SERVER"
    wait "$SERVER" 2>/dev/null || true
    SERVER=
done
