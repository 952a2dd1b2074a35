#!/usr/bin/env bash
# bench/insns.sh: a publish's user-space instructions, counted by callgrind (docs: bench/README.md,
# "A post's JSON written and read without jansson's per-character paths").
#
# Timing a change of a few percent is hopeless on a noisy two-core virtual machine without hardware
# counters; counting is not. crier runs under `valgrind --tool=callgrind` (every thread) with one
# WebSocket subscriber; the counters are zeroed once it answers /healthz; bench/build/load publishes
# FEW and then MANY posts (1 KiB bodies) at RATE/s in two runs. (MANY - FEW) / (MANY - FEW posts) is
# what one more post costs, its share of the idle wake-ups included; two runs of one binary agree to
# about 0.2 %. Prints that figure; BENCH_INSNS_KEEP=DIR keeps the callgrind files there for
# callgrind_annotate.
#
# Env (defaults in brackets): CRIER [./crier], BENCH_INSNS_FEW [20], BENCH_INSNS_MANY [120],
# BENCH_INSNS_RATE [5], BENCH_PORT [18700] (crier on +20).
set -uo pipefail
cd "$(dirname "$0")/.."

CRIER=${CRIER:-./crier}
FEW=${BENCH_INSNS_FEW:-20}
MANY=${BENCH_INSNS_MANY:-120}
RATE=${BENCH_INSNS_RATE:-5}
PORT=$((${BENCH_PORT:-18700} + 20))
command -v valgrind >/dev/null || { echo "bench/insns.sh: valgrind is not installed" >&2; exit 1; }
[ -x bench/build/load ] || { echo "bench/insns.sh: build bench/build/load first (make bench)" >&2; exit 1; }
tmp=$(mktemp -d /tmp/crier-insns.XXXXXX)
trap 'rm -rf "$tmp"' EXIT

# count POSTS: the total instructions of a run with that many posts
count() {
  local posts=$1 d="$tmp/data-$1" out="$tmp/callgrind-$1.out" tok pid
  mkdir -p "$d"
  "$CRIER" channel add bench --title Bench --create --data "$d" >/dev/null 2>&1
  tok=$("$CRIER" token create --channel bench --scope publish --data "$d" 2>/dev/null | tail -1)
  valgrind --tool=callgrind --callgrind-out-file="$out" "$CRIER" serve --data "$d" \
    --listen "127.0.0.1:$PORT" --threads 1 --log-level warn >/dev/null 2>"$tmp/valgrind-$1.txt" &
  pid=$!
  for _ in $(seq 150); do curl -s -o /dev/null "http://127.0.0.1:$PORT/healthz" && break; sleep 0.2; done
  callgrind_control -z "$pid" >/dev/null 2>&1
  bench/build/load --label crier --host 127.0.0.1 --port "$PORT" --path /bench/ws \
    --publish-url "http://127.0.0.1:$PORT/api/v1/channels/bench/posts" --publish-mode crier \
    --token "$tok" --subs 1 --posts "$posts" --rate "$RATE" --target ws --payload-bytes 1024 \
    --max-seconds 300 >"$tmp/load-$1.txt" 2>&1
  kill -INT "$pid"
  wait "$pid" 2>/dev/null
  grep -q "deliveries=$posts " "$tmp/load-$1.txt" || { echo "bench/insns.sh: $posts posts not all delivered" >&2; exit 1; }
  [ -n "${BENCH_INSNS_KEEP:-}" ] && mkdir -p "$BENCH_INSNS_KEEP" && cp "$out" "$BENCH_INSNS_KEEP/"
  awk '/^summary:/ {print $2}' "$out"
}

few=$(count "$FEW") || exit 1
many=$(count "$MANY") || exit 1
echo "insns_per_post=$(( (many - few) / (MANY - FEW) )) few=$few many=$many posts=$FEW,$MANY rate=$RATE"
