#!/usr/bin/env bash
# bench/cluster.sh: the cluster round of `make bench` (issue 13): N concurrent subscribers
# (default 100,000), WebSocket and SSE half each, on several crier nodes (default 6) sharing one
# throwaway PostgreSQL, one post every 2 s for 60 s published through node 1; then, for comparison,
# one node on SQLite with BENCH_CLUSTER_SQLITE_N (10,000) subscribers, mixed the same way.
#
# HAProxy cannot carry 100,000 connections under the file limit of 20,000 (two descriptors each),
# so the load processes connect to the nodes directly: two per node (ws and sse), each holding
# half the node's share. They meet in a sync directory (bench/load.c --sync-dir): every process
# writes ready.<label> when its subscribers are connected and idle; this script then reads every
# node's RSS and writes `go`; the publisher (the ws process on node 1) posts, writes `published`,
# waits for every other process's finished.<label> and lat.<label>, and prints RESULT cluster.
#
# Env overrides (defaults in brackets):
#   BENCH_CLUSTER_N [100000]         subscribers over all nodes
#   BENCH_CLUSTER_NODES [6]          crier nodes on PostgreSQL
#   BENCH_CLUSTER_POSTS [30]         posts
#   BENCH_CLUSTER_INTERVAL_MS [2000] between posts
#   BENCH_CLUSTER_SQLITE_N [10000]   subscribers of the single SQLite node (0: skip it)
#   BENCH_CLUSTER_THREADS [1]        crier --threads on every node (2 cores for 6 nodes)
#   BENCH_PAYLOAD [1024]             body bytes per post
#   CRIER [./crier], CRIER_LOG_LEVEL [warn]
# Output: bench/out/cluster-<date>/ (summary.txt, results.txt, one log per process).
set -uo pipefail
cd "$(dirname "$0")/.." || exit 1
root=$(pwd)

N=${BENCH_CLUSTER_N:-100000}
NODES=${BENCH_CLUSTER_NODES:-6}
POSTS=${BENCH_CLUSTER_POSTS:-30}
INTERVAL_MS=${BENCH_CLUSTER_INTERVAL_MS:-2000}
SQLITE_N=${BENCH_CLUSTER_SQLITE_N:-10000}
THREADS=${BENCH_CLUSTER_THREADS:-1}
PAYLOAD=${BENCH_PAYLOAD:-1024}
CRIER=${CRIER:-./crier}
case $CRIER in /*) ;; *) CRIER=$root/$CRIER ;; esac
RATE=$(awk -v ms="$INTERVAL_MS" 'BEGIN { printf "%.6f", 1000 / ms }')

stamp=$(date +%Y%m%d-%H%M%S)
out=$root/bench/out/cluster-$stamp
mkdir -p "$out"
results=$out/results.txt
: >"$results"
t_begin=$(date +%s)
log() { printf '[cluster %4ds] %s\n' $(($(date +%s) - t_begin)) "$*" >&2; }
fail() { log "$*"; echo "cluster round skipped: $*" >"$out/summary.txt"; exit 1; }

mkdir -p bench/build
cc -O2 -Wall -pthread -o bench/build/load bench/load.c -lz || fail "cannot build bench/load.c"
LOAD=$root/bench/build/load
[ -x "$CRIER" ] || fail "no $CRIER binary (make)"

# ---- limits: open files, ephemeral ports, memory
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
nofile=$(ulimit -n)
per_node=$(((N + NODES - 1) / NODES))
per_proc=$(((per_node + 1) / 2))
big_n=$N; [ "$SQLITE_N" -gt "$big_n" ] && big_n=$SQLITE_N
# crier's default --max-connections is the file limit less 5%; a load process needs subs + 64.
if [ "$per_node" -gt $((nofile * 95 / 100 - 64)) ] || [ $(((SQLITE_N + 1) / 2 + 64)) -gt "$nofile" ]; then
  fail "$per_node subscribers per node do not fit $nofile open files per process: raise BENCH_CLUSTER_NODES"
fi
read -r plo phi </proc/sys/net/ipv4/ip_local_port_range
ports=$(((phi - plo + 1) * 253)) # load.c binds 127.0.0.2-254, each with its own port range per node
[ "$per_node" -gt "$ports" ] && fail "ephemeral ports: $ports per destination, $per_node needed"
avail_kb=$(awk '/MemAvailable/ { print $2 }' /proc/meminfo)
need_kb=$((big_n * 24)) # crier ~4 KB, two loopback sockets ~16 KB, load.c ~1 KB, each
[ "$avail_kb" -lt "$need_kb" ] && fail "memory: ${avail_kb} KiB available, about ${need_kb} KiB needed for $big_n subscribers"
log "N=$N on $NODES nodes ($per_node each, $per_proc per load process); open files $nofile;" \
  "ephemeral ports $plo-$phi x 253 sources; memory available $((avail_kb / 1024)) MiB;" \
  "load average $(cut -d' ' -f1-3 /proc/loadavg); output in $out"
loadavg_start=$(cut -d' ' -f1-3 /proc/loadavg)

rss_kb() { awk '/^VmRSS/ { print $2 }' "/proc/$1/status" 2>/dev/null || echo 0; }

# run_mix NAME NSUBS PIDS PORTS TOKEN [DBPIDS]: NSUBS subscribers spread evenly over the nodes
# (space-separated PIDS and PORTS, node 1 first), ws and sse half each, the posts through node 1.
run_mix() {
  local name=$1 nsubs=$2 token=$5 pids ports dbpids
  read -r -a pids <<<"$3"
  read -r -a ports <<<"$4"
  read -r -a dbpids <<<"${6:-}"
  local nn=${#pids[@]} sync="$out/$name.sync" k t
  rm -rf "$sync"; mkdir -p "$sync"
  local nprocs=$((2 * nn)) lpids=() rss0=() common
  common=(--posts "$POSTS" --rate "$RATE" --payload-bytes "$PAYLOAD" --sync-dir "$sync"
    --max-seconds 900 --connect-timeout 300 --drain-timeout 20)
  for k in $(seq 0 $((nn - 1))); do rss0[k]=$(rss_kb "${pids[k]}"); done
  local idx=0
  for k in $(seq 0 $((nn - 1))); do
    for t in ws sse; do
      # nsubs split over the 2*nn processes, the remainder to the first ones
      local share=$((nsubs / nprocs + (idx < nsubs % nprocs ? 1 : 0)))
      local path=/bench/ws; [ "$t" = sse ] && path=/bench/events
      local label="n$((k + 1))-$t" args
      args=(--label "$label" --target "$t" --host 127.0.0.1 --port "${ports[k]}" --path "$path"
        "${common[@]}" --subs "$share")
      if [ "$idx" = 0 ]; then
        args+=(--publish-url "http://127.0.0.1:${ports[0]}/api/v1/channels/bench/posts" --publish-mode crier
          --token "$token" --peers $((nprocs - 1)) --server-pid "${pids[0]}")
        for p in "${pids[@]}"; do args+=(--cluster-pid "$p"); done
        for p in "${dbpids[@]}"; do args+=(--db-pid "$p"); done
      else
        args+=(--no-publish)
      fi
      "$LOAD" "${args[@]}" >"$out/$name-$label.log" 2>&1 &
      lpids+=($!)
      idx=$((idx + 1))
    done
  done
  # every process connected and idle: read the nodes' RSS, then start the posts
  local waited=0
  while [ "$(find "$sync" -maxdepth 1 -name 'ready.*' ! -name '*.tmp*' | wc -l)" -lt "$nprocs" ]; do
    sleep 1; waited=$((waited + 1))
    local alive=0; for p in "${lpids[@]}"; do kill -0 "$p" 2>/dev/null && alive=$((alive + 1)); done
    if [ "$alive" -lt "$nprocs" ] || [ "$waited" -gt 600 ]; then
      log "$name: a load process exited (or 600 s passed) before every one was ready"
      for p in "${lpids[@]}"; do kill "$p" 2>/dev/null; done
      wait "${lpids[@]}" 2>/dev/null
      return 1
    fi
    [ $((waited % 10)) = 0 ] && log "$name: $(find "$sync" -maxdepth 1 -name 'ready.*' ! -name '*.tmp*' | wc -l)/$nprocs load processes ready"
  done
  for k in $(seq 0 $((nn - 1))); do
    local r1 subs_k
    r1=$(rss_kb "${pids[k]}")
    subs_k=$(cat "$sync/ready.n$((k + 1))-ws" "$sync/ready.n$((k + 1))-sse" | awk '{ s += $1 } END { print s }')
    echo "RESULT node name=$name node=$((k + 1)) subs=$subs_k rss0_kb=${rss0[k]} rss1_kb=$r1" \
      "rss_bytes_per_sub=$(awk -v a="${rss0[k]}" -v b="$r1" -v n="$subs_k" 'BEGIN { printf "%.0f", n ? (b - a) * 1024 / n : 0 }')" >>"$results"
  done
  log "$name: all $nprocs load processes ready after ${waited} s; publishing $POSTS posts, one every $INTERVAL_MS ms"
  touch "$sync/go"
  local rc=0
  for p in "${lpids[@]}"; do wait "$p" || rc=1; done
  local line
  line=$(grep '^RESULT cluster' "$out/$name-n1-ws.log" | tail -1)
  if [ -z "$line" ]; then log "$name: no RESULT cluster (see $out/$name-n1-ws.log)"; return 1; fi
  echo "$line name=$name nodes=$nn" >>"$results"
  grep -h '^cluster: \|^  latency' "$out/$name-n1-ws.log" | sed "s/^/  [$name] /" >&2
  [ "$rc" = 0 ] || log "$name: a load process exited non-zero (see $out/$name-*.log)"
  rm -f "$sync"/lat.*
  return 0
}

# ---- the cluster on PostgreSQL
cdir=
sdir=
spid=
cleanup() {
  [ -n "$cdir" ] && scripts/cluster.sh stop "$cdir" >/dev/null 2>&1
  if [ -n "$spid" ] && kill -0 "$spid" 2>/dev/null; then kill "$spid"; wait "$spid" 2>/dev/null; fi
  [ -n "$cdir" ] && rm -rf "$cdir"
  [ -n "$sdir" ] && rm -rf "$sdir"
  cdir='' sdir='' spid=''
}
trap cleanup EXIT
trap 'cleanup; exit 130' INT TERM

cluster_ok=0
if [ "$N" -gt 0 ] && [ "$NODES" -gt 0 ]; then
  if ! command -v haproxy >/dev/null || [ ! -x "${PGBIN:-/usr/lib/postgresql/15/bin}/pg_ctl" ]; then
    log "no PostgreSQL 15 or HAProxy (scripts/deps.sh test): cluster round skipped"
  else
    cdir=$(mktemp -d /tmp/crier-bench-cluster.XXXXXX)
    chmod 0755 "$cdir"
    log "starting PostgreSQL and $NODES nodes (--threads $THREADS)"
    if CRIER_BIN=$CRIER CRIER_NODE_ARGS="--threads $THREADS --log-level ${CRIER_LOG_LEVEL:-warn}" \
      scripts/cluster.sh start "$cdir" "$NODES" >"$out/cluster-env.txt" 2>"$out/cluster-start.log"; then
      store=$(cat "$cdir/store")
      "$CRIER" channel add bench --title Bench --store "$store" --data "$cdir/node1" >>"$out/cluster-start.log" 2>&1
      token=$("$CRIER" token create --channel bench --scope publish --store "$store" --data "$cdir/node1" 2>>"$out/cluster-start.log" | tail -1)
      node_pids="" node_ports=""
      for k in $(seq 1 "$NODES"); do node_pids="$node_pids $(cat "$cdir/node$k/pid")"; node_ports="$node_ports $(cat "$cdir/node$k/port")"; done
      pgpid=$(head -1 "$cdir/pg/data/postmaster.pid")
      db_pids="$pgpid $(pgrep -P "$pgpid" | tr "\n" " ")"
      if [ -z "$token" ]; then
        log "no publish token (see $out/cluster-start.log)"
      elif run_mix pg "$N" "$node_pids" "$node_ports" "$token" "$db_pids"; then
        cluster_ok=1
      fi
      for k in $(seq 1 "$NODES"); do cp "$cdir/node$k/log" "$out/pg-node$k.crier.log" 2>/dev/null; done
    else
      log "scripts/cluster.sh start failed (see $out/cluster-start.log)"
    fi
    cleanup
  fi
fi

# ---- one node on SQLite, for comparison
if [ "$SQLITE_N" -gt 0 ]; then
  sdir=$(mktemp -d /tmp/crier-bench-sqlite.XXXXXX)
  "$CRIER" channel add bench --title Bench --create --data "$sdir" >>"$out/sqlite.log" 2>&1
  token=$("$CRIER" token create --channel bench --scope publish --data "$sdir" 2>>"$out/sqlite.log" | tail -1)
  "$CRIER" serve --data "$sdir" --listen 127.0.0.1:0 --port-file "$sdir/port" --threads "$THREADS" \
    --log-level "${CRIER_LOG_LEVEL:-warn}" >>"$out/sqlite.log" 2>&1 &
  spid=$!
  for _ in $(seq 1 100); do [ -s "$sdir/port" ] && break; sleep 0.1; done
  if [ -s "$sdir/port" ] && [ -n "$token" ]; then
    log "one node on SQLite, N=$SQLITE_N"
    run_mix sqlite "$SQLITE_N" "$spid" "$(cat "$sdir/port")" "$token" || log "the SQLite round failed"
  else
    log "the SQLite node did not start (see $out/sqlite.log)"
  fi
  cleanup
fi

# ---- summary
{
  echo "Crier cluster benchmark, $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)"
  echo "commit $(git rev-parse --short HEAD 2>/dev/null || echo '?'); load average at start $loadavg_start, at end $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "$POSTS posts of $PAYLOAD B, one every $INTERVAL_MS ms; crier --threads $THREADS on every node; ws and sse half each"
  echo "raw results: $results"
  echo
  awk -f bench/cluster_summary.awk "$results"
} >"$out/summary.txt"
echo
cat "$out/summary.txt"
log "done in $(($(date +%s) - t_begin)) s"
[ "$cluster_ok" = 1 ] || [ "$N" = 0 ] || [ "$NODES" = 0 ]
