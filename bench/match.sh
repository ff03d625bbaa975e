#!/usr/bin/env bash
# The matching benchmark of docs/performance.md ("Matching"): the exact
# give-give top-k of rete-match against the Python peer baseline
# (shared/bench/match_reference.py) on the same generated profiles.
#
#   bench/match.sh [N]            N profiles (default 100000), engine + peer
#   PEER=0 bench/match.sh 1000000 engine only (the peer needs ~N^2 work)
#
# Environment: THREADS (engine threads, default 2), JOBS (peer processes,
# default 2), K (default 10), QUERIES (single-query latency sample, default
# 1000), WORK (where files go, default a new temporary directory), SHARED
# (the shared/ folder, default ../shared beside the repository).
set -euo pipefail

N=${1:-100000}
THREADS=${THREADS:-2}
JOBS=${JOBS:-2}
K=${K:-10}
QUERIES=${QUERIES:-1000}
PEER=${PEER:-1}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SHARED=${SHARED:-$ROOT/../shared}
BENCH=$SHARED/bench
WORK=${WORK:-$(mktemp -d)}
mkdir -p "$WORK"

if [ ! -x /usr/bin/time ]; then
  echo "installing GNU time (apt-get install time)" >&2
  apt-get install -y time >/dev/null
fi
if [ "$PEER" = 1 ] && ! python3 -c 'import numpy, scipy, sklearn, snowballstemmer' 2>/dev/null; then
  echo "installing the peer's Python packages" >&2
  pip install numpy==2.4.6 scipy==1.17.1 scikit-learn==1.9.1 snowballstemmer==2.2.0 >/dev/null
fi

profiles=$WORK/profiles-$N.jsonl
if [ ! -s "$profiles" ]; then
  python3 "$BENCH/gen_profiles.py" --n "$N" --seed 1 >"$profiles"
fi

(cd "$ROOT" && cargo build --release -p rete-match --example match_batch --example match_latency)
bin=$ROOT/target/release/examples

# "Elapsed (wall clock) time (h:mm:ss or m:ss): 1:02.34" -> seconds.
wall() { awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); s = 0;
  for (i = 1; i <= n; i++) s = s * 60 + t[i]; printf "%.2f", s}' "$1"; }
rss_mib() { awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$1"; }

echo "== rete-match: N=$N k=$K threads=$THREADS ($(nproc) cores), $(date -u +%F)"
/usr/bin/time -v -o "$WORK/engine.time" \
  "$bin/match_batch" --input "$profiles" --k "$K" --threads "$THREADS" \
  >"$WORK/engine.jsonl" 2>"$WORK/engine.err"
cat "$WORK/engine.err"
engine_wall=$(wall "$WORK/engine.time")
engine_rss=$(rss_mib "$WORK/engine.time")
echo "engine: wall $engine_wall s, max RSS $engine_rss MiB"

"$bin/match_latency" --input "$profiles" --queries "$QUERIES" --k "$K"

if [ "$PEER" = 1 ]; then
  echo "== peer: match_reference.py --k $K --jobs $JOBS"
  /usr/bin/time -v -o "$WORK/peer.time" \
    python3 "$BENCH/match_reference.py" --k "$K" --jobs "$JOBS" \
    <"$profiles" >"$WORK/peer.jsonl" 2>"$WORK/peer.err"
  cat "$WORK/peer.err"
  peer_wall=$(wall "$WORK/peer.time")
  peer_rss=$(rss_mib "$WORK/peer.time")
  echo "peer: wall $peer_wall s, max RSS $peer_rss MiB"
  echo "== recall against the peer"
  python3 "$BENCH/recall.py" "$WORK/peer.jsonl" "$WORK/engine.jsonl" --k "$K" --min 0.999
  echo "== summary: N=$N engine $engine_wall s / $engine_rss MiB, peer $peer_wall s / $peer_rss MiB," \
    "speed-up $(awk -v p="$peer_wall" -v e="$engine_wall" 'BEGIN {printf "%.1f", p / e}')x"
else
  echo "== summary: N=$N engine $engine_wall s / $engine_rss MiB (peer not run)"
fi
echo "files in $WORK"
