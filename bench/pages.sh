#!/usr/bin/env bash
# The pages under load: wrk on loopback, 20 connections, signed in with a
# browser's session cookie, against a user with 5,000 people and two
# years of history (`rete demo --people 5000`). Each page is compared with
# a trivial handler (/healthz) of the same server, measured in the same
# run; the network picture's first render (the layout of 5,000 people)
# is timed on its own, then served from the cache like the rest.
#
#   bench/pages.sh                 # SQLite
#   BACKENDS="sqlite postgres" bench/pages.sh
#
# Needs wrk (apt-get install wrk) and, for PostgreSQL, the server of
# RETE_BENCH_POSTGRES (default postgres://postgres@127.0.0.1:5432).
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-20}
BACKENDS=${BACKENDS:-sqlite}
PG=${RETE_BENCH_POSTGRES:-postgres://postgres@127.0.0.1:5432}
PASSWORD="una frase lunga per il benchmark"
BASE=http://127.0.0.1:7980

cargo build --release --bin rete >/dev/null
RETE=$PWD/target/release/rete
WORK=$(mktemp -d)
trap 'kill "${SERVER:-}" 2>/dev/null || true; rm -rf "$WORK"' EXIT
export RETE_CONFIG=$WORK/none.toml
touch "$RETE_CONFIG"

run_wrk() { # label url
    local out rps p50 p99
    out=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -H "cookie: rete_session=$COOKIE" "$2")
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
    p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
    printf '| %s | %s | %s | %s |\n' "$1" "$rps" "$p50" "$p99"
}

for backend in $BACKENDS; do
    case $backend in
        sqlite) DB=(--db "$WORK/bench.db") ;;
        postgres)
            psql "$PG/postgres" -qc 'DROP DATABASE IF EXISTS rete_pages' -c 'CREATE DATABASE rete_pages' >/dev/null
            DB=(--database-url "$PG/rete_pages") ;;
    esac
    "$RETE" "${DB[@]}" demo --no-serve --people 5000 >/dev/null
    [ "$backend" = postgres ] && psql "$PG/rete_pages" -qc ANALYZE
    echo "$PASSWORD" | "$RETE" "${DB[@]}" account set-password --email bench@example.it --password-stdin >/dev/null
    "$RETE" "${DB[@]}" serve --addr 127.0.0.1:7980 >/dev/null 2>&1 &
    SERVER=$!
    for _ in $(seq 1 50); do curl -sf $BASE/healthz >/dev/null && break; sleep 0.2; done
    COOKIE=$(curl -s -o /dev/null -D - -XPOST $BASE/login -H 'content-type: application/x-www-form-urlencoded' \
        --data-urlencode "email=bench@example.it" --data-urlencode "password=$PASSWORD" \
        | sed -n 's/^set-cookie: rete_session=\([^;]*\).*/\1/ip')
    ID=$(curl -s "$BASE/people?q=ross" -H "cookie: rete_session=$COOKIE" | grep -o 'href="/people/[0-9]*"' | head -1 | grep -o '[0-9]*')
    PEOPLE=$("$RETE" "${DB[@]}" person list --json | grep -o '"id":' | wc -l)
    LAYOUT=$(curl -s -o /dev/null -w '%{time_total}' "$BASE/network" -H "cookie: rete_session=$COOKIE")
    echo
    echo "### $backend: $PEOPLE people, $CONNECTIONS connections, $DURATION per page"
    echo
    echo "The network picture's first render (layout of everyone, then the SVG): ${LAYOUT} s."
    echo
    echo "| page | requests/s | p50 | p99 |"
    echo "|---|---|---|---|"
    run_wrk "GET /healthz (trivial)" "$BASE/healthz"
    run_wrk "GET /today" "$BASE/today"
    run_wrk "GET /people?q=ross" "$BASE/people?q=ross"
    run_wrk "GET /people/$ID" "$BASE/people/$ID"
    run_wrk "GET /network (cached layout)" "$BASE/network"
    echo
    echo "Server memory after the run: $(awk '/VmRSS/ {print $2, $3}' /proc/$SERVER/status) resident, peak $(awk '/VmHWM/ {print $2, $3}' /proc/$SERVER/status)."
    kill "$SERVER"
    wait "$SERVER" 2>/dev/null || true
    SERVER=
done
