#!/usr/bin/env bash
# The import benchmark of issue 4: a LinkedIn export of N connections
# (default 30,000) imported by rete (parsing, deduplication against the
# network, one transaction, the search index) against sqlite3's own
# `.import` of the same rows into a plain table, in the same run.
#
#   bench/import.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-30000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cargo build --release --bin rete >/dev/null 2>&1
python3 bench/gen_linkedin.py --n "$N" --seed 1 > "$work/Connections.csv"
# sqlite3 reads the header as column names; the Notes preamble is LinkedIn's, not CSV.
tail -n +4 "$work/Connections.csv" > "$work/plain.csv"

best() { sort -n | head -n1; }
runs=5
rete_times=(); sqlite_times=(); reimport_times=()
for _ in $(seq $runs); do
    rm -f "$work"/r.db*
    ./target/release/rete --db "$work/r.db" init >/dev/null
    s=$(date +%s.%N); ./target/release/rete --db "$work/r.db" import linkedin "$work/Connections.csv" >/dev/null; e=$(date +%s.%N)
    rete_times+=("$(echo "$e - $s" | bc)")
    s=$(date +%s.%N); ./target/release/rete --db "$work/r.db" import linkedin "$work/Connections.csv" >/dev/null; e=$(date +%s.%N)
    reimport_times+=("$(echo "$e - $s" | bc)")
    rm -f "$work"/s.db
    s=$(date +%s.%N); sqlite3 "$work/s.db" ".mode csv" ".import $work/plain.csv connections"; e=$(date +%s.%N)
    sqlite_times+=("$(echo "$e - $s" | bc)")
done
r=$(printf '%s\n' "${rete_times[@]}" | best)
q=$(printf '%s\n' "${sqlite_times[@]}" | best)
u=$(printf '%s\n' "${reimport_times[@]}" | best)
people=$(sqlite3 "$work/r.db" "select count(*) from people")
rows=$(sqlite3 "$work/s.db" "select count(*) from connections")
echo "connections: $N (rete stored $people people, sqlite3 stored $rows rows)"
echo "rete import linkedin (empty database): best of $runs ${r}s"
echo "rete import linkedin again (all unchanged): best of $runs ${u}s"
echo "sqlite3 .import: best of $runs ${q}s"
echo "ratio rete/sqlite3: $(echo "scale=2; $r / $q" | bc)"
