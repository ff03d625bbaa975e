#!/usr/bin/env bash
# The planner benchmark of issue 6 (docs/performance.md, "Planner"): the
# release `rete plan` end to end (process start, profiles read and scored,
# plan, JSON out), best of 5 runs each:
#   - tables: 100 people at tables of 5 for 12 rounds;
#   - pairs: 300 generated profiles (shared/bench/gen_profiles.py --seed 1)
#     for 8 rounds, each a maximum-weight matching on give-give scores;
#   - the classic 32 at tables of 4 for 10 rounds (8-4-10).
# The planner alone is timed by `cargo run -p rete-plan --release --example plan_bench`.
#
#   bench/plan.sh
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared}
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cargo build --release --bin rete >/dev/null 2>&1
python3 "$SHARED/bench/gen_profiles.py" --n 300 --seed 1 > "$work/profiles.jsonl"

best() { sort -n | head -n1; }
time_it() {
    local times=()
    for _ in 1 2 3 4 5; do
        local s e
        s=$(date +%s.%N); "$@" > "$work/out.json"; e=$(date +%s.%N)
        times+=("$(echo "$e - $s" | bc)")
    done
    printf '%s\n' "${times[@]}" | best
}
summary() { python3 -c 'import json,sys; p=json.load(open(sys.argv[1])); print("repeats", p["repeats"], "pairs_met", p["pairs_met"], "method:", p["method_detail"])' "$work/out.json"; }

t=$(time_it ./target/release/rete plan --people 100 --table-size 5 --rounds 12 --json)
echo "tables 100 people / 5 a table / 12 rounds: best of 5 ${t}s; $(summary)"
t=$(time_it ./target/release/rete plan --input "$work/profiles.jsonl" --table-size 2 --rounds 8 --json)
echo "pairs 300 profiles / 8 rounds: best of 5 ${t}s; $(summary)"
t=$(time_it ./target/release/rete plan --people 32 --table-size 4 --rounds 10 --json)
echo "tables 32 people / 4 a table / 10 rounds: best of 5 ${t}s; $(summary)"
