#!/usr/bin/env bash
# bench/flood.sh: a newsroom's publish while one client floods the node with reads (docs: bench/README.md,
# "One client's flood of reads").
#
# For each binary in CRIERS, a fresh crier on the last core (taskset) with a channel of BENCH_FLOOD_SEED
# posts; on the other cores, in separate processes (bench/flood.mjs), one publisher posting every 100 ms
# and measuring each acknowledgement, alone and then beside one client at 127.0.0.2 that keeps K
# connections busy: `reads` loops on catch-up pages, `churn` opens streams with Last-Event-ID: 0 and drops
# them. Prints the publish p50/p99 of each round and what the flood got done.
#
# Env (defaults in brackets): CRIERS ["./crier"] (several: an A/B, alternated BENCH_FLOOD_REPEAT times),
# BENCH_FLOOD_K [500], BENCH_FLOOD_SECONDS [8], BENCH_FLOOD_SEED [1000], BENCH_FLOOD_REPEAT [1],
# BENCH_PORT [18700] (crier on +30).
set -uo pipefail
cd "$(dirname "$0")/.."

CRIERS=${CRIERS:-./crier}
K=${BENCH_FLOOD_K:-500}
SECS=${BENCH_FLOOD_SECONDS:-8}
SEED=${BENCH_FLOOD_SEED:-1000}
REPEAT=${BENCH_FLOOD_REPEAT:-1}
PORT=$((${BENCH_PORT:-18700} + 30))
last=$(($(nproc) - 1))
others=0
[ "$last" -gt 1 ] && others=0-$((last - 1))
[ "$last" -eq 0 ] && others=0

run_one() { # CRIER: prints "CRIER mode publish_p50 publish_p99 flood_per_s" lines
  local crier=$1 d tok pid
  d=$(mktemp -d /tmp/crier-flood.XXXXXX)
  "$crier" channel add flood --title Flood --create --data "$d" >/dev/null 2>&1
  tok=$("$crier" token create --channel flood --scope publish --data "$d" 2>/dev/null | tail -1)
  taskset -c "$last" "$crier" serve --data "$d" --listen "127.0.0.1:$PORT" --log-level warn >"$d/log" 2>&1 &
  pid=$!
  for _ in $(seq 100); do curl -s -o /dev/null "http://127.0.0.1:$PORT/healthz" && break; sleep 0.1; done
  taskset -c "$others" node bench/flood.mjs seed "$PORT" flood "$tok" "$SEED" >/dev/null || { kill "$pid"; rm -rf "$d"; return 1; }
  for mode in ${BENCH_FLOOD_MODES:-alone reads churn writes}; do
    local fpid="" flood="-"
    if [ "$mode" != alone ]; then
      taskset -c "$others" node bench/flood.mjs "$mode" "$PORT" flood "$K" $((SECS + 2)) >"$d/flood.txt" &
      fpid=$!
      sleep 1
    fi
    local pub
    pub=$(taskset -c "$others" node bench/flood.mjs publish "$PORT" flood "$tok" "$SECS" | grep RESULT)
    if [ -n "$fpid" ]; then wait "$fpid"; flood=$(sed -n 's/.*per_s=\([0-9]*\).*/\1/p' "$d/flood.txt"); fi
    echo "$crier $mode $(echo "$pub" | sed -n 's/.*p50_ms=\([0-9.]*\) p99_ms=\([0-9.]*\).*/\1 \2/p') $flood"
  done
  kill "$pid"
  wait "$pid" 2>/dev/null
  rm -rf "$d"
}

command -v node >/dev/null || { echo "bench/flood.sh: node is not installed" >&2; exit 1; }
echo "one client at 127.0.0.2 with $K connections; publish every 100 ms for $SECS s; crier on core $last"
printf '%-28s %-6s %12s %12s %14s\n' binary flood "publish p50" "publish p99" "flood per s"
for _ in $(seq "$REPEAT"); do
  for c in $CRIERS; do
    run_one "$c" | while read -r bin mode p50 p99 fl; do
      printf '%-28s %-6s %9s ms %9s ms %14s\n' "$bin" "$mode" "$p50" "$p99" "$fl"
    done
  done
done
