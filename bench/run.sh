#!/usr/bin/env bash
# bench/run.sh: the fan-out and publish benchmark suite behind `make bench`.
#
# For each N in BENCH_NS and each wire format (ws, sse) it runs the load tool against four servers,
# each started fresh for the run: the bare broadcaster (bench/bare.c, the reference), the same with
# an fdatasync() per post ("bared", the durable floor), nginx + nchan (bench/nchan.sh, the peer) and
# crier. It then runs a burst round (10 posts within 100 ms) and a
# publish-throughput round, and prints a table of ratios against bare from the same run.
# See bench/README.md for what each number means.
#
# Env overrides (defaults in brackets):
#   BENCH_NS ["1000 10000"]          subscriber counts (at most 19000: one load process)
#   BENCH_TARGETS ["ws wsz sse"]     wire formats (wsz: WebSocket offering permessage-deflate)
#   BENCH_SERVERS ["bare bared nchan crier"]
#   BENCH_POSTS [100 if N<=2000, else 30]   posts per fan-out run
#   BENCH_RATE [20 if N<=2000, else 5]      posts per second
#   BENCH_PAYLOAD [1024]             body bytes per post
#   BENCH_REPEAT [3]                 runs per cell; the table shows medians
#   BENCH_BURST [10]                 posts per burst for the burst round (0: skip the round)
#   BENCH_BURST_NS ["1000"]          subscriber counts for the burst round
#   BENCH_BURST_POSTS [50]           posts in the burst round (bursts of BENCH_BURST, 1 s apart)
#   BENCH_COALESCE_MS [100]          crier's --coalesce-ms in the burst round (0: off)
#   BENCH_PUB_POSTS [20000]          posts in the publish-throughput round (0: skip it)
#   BENCH_PUB_CONC [64]              concurrent keep-alive connections for it
#   BENCH_PUB_PG [1]                 also the publish round on a throwaway PostgreSQL (0: skip)
#   BENCH_PORT [18700]               bare on +1, nchan on +2, crier on +3
#   CRIER [./crier]                  the crier binary
#   CRIER_PUB_THREADS [1]            crier --threads for the publish round
#   CRIER_LOG_LEVEL [warn]           its --log-level (per-request info logs cost CPU)
#   NCHAN_WORKERS [1]                nginx worker_processes (1 matches crier --threads 1)
#   BENCH_CLUSTER [1]                0 skips bench/cluster.sh (its own BENCH_CLUSTER_* variables)
#   BENCH_PIN [1]                    fan-out rounds: the server on the last core, the load tool on the
#                                    others (taskset); 0 lets the scheduler place them (see bench/README.md)
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

NS=${BENCH_NS:-"1000 10000"}
TARGETS=${BENCH_TARGETS:-"ws wsz sse"}
SERVERS=${BENCH_SERVERS:-"bare bared nchan crier"}
PAYLOAD=${BENCH_PAYLOAD:-1024}
REPEAT=${BENCH_REPEAT:-3}
BURST=${BENCH_BURST:-10}
BURST_NS=${BENCH_BURST_NS:-"1000"}
BURST_POSTS=${BENCH_BURST_POSTS:-50}
PUB_POSTS=${BENCH_PUB_POSTS:-20000}
PUB_CONC=${BENCH_PUB_CONC:-64}
PORT=${BENCH_PORT:-18700}
CRIER=${CRIER:-./crier}
BARE_PORT=$((PORT + 1)) NCHAN_PORT=$((PORT + 2)) CRIER_PORT=$((PORT + 3))
export NCHAN_PORT

stamp=$(date +%Y%m%d-%H%M%S)
out=bench/out/$stamp
mkdir -p "$out"
ln -sfn "$stamp" bench/out/latest
results=$out/results.txt
: >"$results"
t_begin=$(date +%s)

log() { printf '[bench %4ds] %s\n' $(($(date +%s) - t_begin)) "$*" >&2; }

# ---- build the tools
mkdir -p bench/build
cc -O2 -Wall -o bench/build/bare bench/bare.c -lcrypto || { echo "bench: cannot build bare.c" >&2; exit 1; }
cc -O2 -Wall -pthread -o bench/build/load bench/load.c -lz || { echo "bench: cannot build load.c" >&2; exit 1; }
LOAD=$root/bench/build/load
export LOAD

# In the fan-out rounds the server under test gets the last core and the load tool the others, as if
# each had its own machine. Left to the scheduler on two cores, the load tool's reader shared the
# server's core in some runs and not in others: it preempted the server at every wake-up (thousands a
# second) and moved each run's CPU per delivery by up to a fifth. Every server gets the same placement.
pin_srv=() pin_load=()
ncpu=$(nproc)
if [ "${BENCH_PIN:-1}" != 0 ] && [ "$ncpu" -ge 2 ] && command -v taskset >/dev/null; then
  pin_srv=(taskset -c $((ncpu - 1)))
  pin_load=(taskset -c 0-$((ncpu - 2)))
fi
srv_pin=() # the prefix for the server being started: pin_srv in the fan-out rounds, none otherwise
export NCHAN_PIN_SERVER="${pin_srv[*]}" NCHAN_PIN_LOAD="${pin_load[*]}"

ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
log "open files per process: $(ulimit -n); cores: $(nproc); load average: $(cut -d' ' -f1-3 /proc/loadavg); output in $out"
loadavg_start=$(cut -d' ' -f1-3 /proc/loadavg)
commit_start=$(git rev-parse --short HEAD 2>/dev/null || echo '?')

# ---- server lifecycle
srv_pid=
crier_data=
bared_dir=
crier_token=
pg_dir=
stop_server() {
  if [ -n "$srv_pid" ] && kill -0 "$srv_pid" 2>/dev/null; then
    kill -TERM "$srv_pid" 2>/dev/null
    for _ in $(seq 1 50); do kill -0 "$srv_pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$srv_pid" 2>/dev/null
    wait "$srv_pid" 2>/dev/null
  fi
  srv_pid=
  if [ -n "$crier_data" ]; then rm -rf "$crier_data"; crier_data=; fi
  if [ -n "$bared_dir" ]; then rm -rf "$bared_dir"; bared_dir=; fi
  if [ -n "$pg_dir" ]; then
    scripts/pg.sh stop "$pg_dir/pg" >/dev/null 2>&1
    rm -rf "$pg_dir"
    pg_dir=
  fi
}
trap 'stop_server' EXIT
trap 'stop_server; exit 130' INT TERM

wait_http() { # url, tries of 0.1 s
  local url=$1 n=${2:-100}
  for _ in $(seq 1 "$n"); do
    curl -s -o /dev/null --max-time 1 "$url" && return 0
    [ -n "$srv_pid" ] && ! kill -0 "$srv_pid" 2>/dev/null && return 1
    sleep 0.1
  done
  return 1
}

wait_port() { # port, tries of 0.1 s (a bare GET would become a subscriber: just connect)
  for _ in $(seq 1 "${2:-50}"); do
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
    [ -n "$srv_pid" ] && ! kill -0 "$srv_pid" 2>/dev/null && return 1
    sleep 0.1
  done
  return 1
}

start_bare() { # [--durable]: "bared", which keeps each body with fdatasync() before it answers
  local keep=()
  if [ "${1:-}" = --durable ]; then
    bared_dir=$(mktemp -d /tmp/crier-bench-bared.XXXXXX) # the same file system as crier's data
    keep=(--durable "$bared_dir/posts")
  fi
  "${srv_pin[@]}" bench/build/bare --port "$BARE_PORT" "${keep[@]}" 2>>"$out/bare.log" &
  srv_pid=$!
  wait_port "$BARE_PORT" 50 || { log "bare did not start (see $out/bare.log)"; stop_server; return 1; }
}

crier_reason=
crier_extra= # extra `crier serve` options for the current round
start_crier() { # [threads]
  local threads=${1:-1}
  if [ ! -x "$CRIER" ]; then crier_reason="no $CRIER binary (make)"; return 1; fi
  crier_data=$(mktemp -d /tmp/crier-bench.XXXXXX)
  if ! "$CRIER" channel add bench --title Bench --create --data "$crier_data" >>"$out/crier.log" 2>&1; then
    crier_reason="'crier channel add' failed (see $out/crier.log)"; return 1
  fi
  crier_token=$("$CRIER" token create --channel bench --scope publish --data "$crier_data" 2>>"$out/crier.log" | tail -1)
  if [ -z "$crier_token" ]; then crier_reason="'crier token create' printed no token"; return 1; fi
  "${srv_pin[@]}" "$CRIER" serve --data "$crier_data" --listen "127.0.0.1:$CRIER_PORT" --threads "$threads" \
    --log-level "${CRIER_LOG_LEVEL:-warn}" $crier_extra >>"$out/crier.log" 2>&1 &
  srv_pid=$!
  if ! wait_http "http://127.0.0.1:$CRIER_PORT/healthz" 100; then
    crier_reason="'crier serve' did not answer /healthz (see $out/crier.log)"; return 1
  fi
}

# crier on a throwaway PostgreSQL (scripts/pg.sh), for the publish round
start_crier_pg() { # [threads]
  local threads=${1:-1} store
  if [ ! -x "$CRIER" ]; then crier_reason="no $CRIER binary (make)"; return 1; fi
  if [ ! -x "${PGBIN:-/usr/lib/postgresql/15/bin}/pg_ctl" ]; then
    crier_reason="no PostgreSQL 15 (scripts/deps.sh test)"; return 1
  fi
  pg_dir=$(mktemp -d /tmp/crier-bench-pg.XXXXXX)
  chmod 0755 "$pg_dir" # as root the server runs as crier-pg, which must reach pg/
  if ! scripts/pg.sh start "$pg_dir/pg" >>"$out/crier-pg.log" 2>&1; then
    crier_reason="scripts/pg.sh start failed (see $out/crier-pg.log)"; return 1
  fi
  store=$(scripts/pg.sh uri "$pg_dir/pg")
  crier_data=$pg_dir/data
  mkdir -p "$crier_data"
  if ! "$CRIER" channel add bench --title Bench --store "$store" --data "$crier_data" >>"$out/crier-pg.log" 2>&1; then
    crier_reason="'crier channel add --store postgres://' failed (see $out/crier-pg.log)"; return 1
  fi
  crier_token=$("$CRIER" token create --channel bench --scope publish --store "$store" --data "$crier_data" 2>>"$out/crier-pg.log" | tail -1)
  if [ -z "$crier_token" ]; then crier_reason="'crier token create' printed no token"; return 1; fi
  "$CRIER" serve --data "$crier_data" --store "$store" --listen "127.0.0.1:$CRIER_PORT" --threads "$threads" \
    --log-level "${CRIER_LOG_LEVEL:-warn}" >>"$out/crier-pg.log" 2>&1 &
  srv_pid=$!
  if ! wait_http "http://127.0.0.1:$CRIER_PORT/healthz" 100; then
    crier_reason="'crier serve --store postgres://' did not answer /healthz (see $out/crier-pg.log)"; return 1
  fi
}

# run_fanout SERVER TARGET N POSTS RATE BURST REP
run_fanout() {
  local server=$1 target=$2 n=$3 posts=$4 rate=$5 burst=$6 rep=$7
  local logf="$out/$server-$target-$n-b$burst-r$rep.log"
  local common=(--target "$target" --subs "$n" --posts "$posts" --rate "$rate" --payload-bytes "$PAYLOAD"
    --max-seconds 180)
  [ "$burst" -gt 0 ] && common+=(--burst "$burst" --burst-window-ms 100 --burst-interval-ms 1000)
  local rc=0
  srv_pin=("${pin_srv[@]}")
  case $server in
    bare | bared)
      start_bare "$([ "$server" = bared ] && echo --durable)" || return 1
      local path=/bench/ws; [ "$target" = sse ] && path=/bench/events
      "${pin_load[@]}" "$LOAD" --label "$server" --host 127.0.0.1 --port "$BARE_PORT" --path "$path" \
        --publish-url "http://127.0.0.1:$BARE_PORT/publish" --publish-mode bare --server-pid "$srv_pid" \
        "${common[@]}" >"$logf" 2>&1 || rc=$?
      curl -s -X POST --max-time 2 "http://127.0.0.1:$BARE_PORT/stats" >>"$logf" 2>/dev/null
      echo >>"$logf"
      stop_server
      ;;
    nchan)
      NCHAN_PIN=1 bench/nchan.sh --workers "${NCHAN_WORKERS:-1}" -- "${common[@]}" >"$logf" 2>&1 || rc=$?
      ;;
    crier)
      # The burst round lets crier gather a burst into one write per
      # subscriber (--coalesce-ms; BENCH_COALESCE_MS=0 turns it off).
      crier_extra=
      [ "$burst" -gt 0 ] && crier_extra="--coalesce-ms ${BENCH_COALESCE_MS:-100}"
      if ! start_crier; then
        echo "crier unavailable: $crier_reason" >"$logf"
        stop_server
        return 1
      fi
      local path=/bench/ws; [ "$target" = sse ] && path=/bench/events
      "${pin_load[@]}" "$LOAD" --label crier --host 127.0.0.1 --port "$CRIER_PORT" --path "$path" \
        --publish-url "http://127.0.0.1:$CRIER_PORT/api/v1/channels/bench/posts" --publish-mode crier \
        --token "$crier_token" --server-pid "$srv_pid" "${common[@]}" >"$logf" 2>&1 || rc=$?
      stop_server
      ;;
  esac
  srv_pin=()
  local line
  line=$(grep '^RESULT ' "$logf" | tail -1)
  if [ -z "$line" ]; then
    log "$server $target N=$n burst=$burst: no RESULT (rc $rc, see $logf)"
    tail -3 "$logf" | sed 's/^/    /' >&2
    return 1
  fi
  echo "$line round=$([ "$burst" -gt 0 ] && echo burst || echo steady) rep=$rep" >>"$results"
  log "$(echo "$line" | awk '{for(i=2;i<=NF;i++){split($i,a,"=");v[a[1]]=a[2]}
    printf "%-5s %-3s N=%-5s burst=%-2s cpu=%sus/del rss=%sB/sub p50=%sus p99=%sus deliveries=%s/%s",
    v["server"],v["target"],v["want_subs"],v["burst"],v["cpu_us_per_delivery"],v["rss_bytes_per_sub"],
    v["p50_us"],v["p99_us"],v["deliveries"],v["expected"]}')"
}

crier_ok=1
want_server() { # skip crier for good once it is known not to work
  [ "$1" != crier ] && return 0
  [ "$crier_ok" = 1 ]
}
note_fail() {
  if [ "$1" = crier ] && [ -n "$crier_reason" ]; then
    crier_ok=0
    log "crier skipped from here on: $crier_reason"
  fi
}

# ---- fan-out rounds
for n in $NS; do
  if [ "$n" -gt 19000 ]; then log "N=$n skipped: one load process holds at most 19000"; continue; fi
  if [ "$n" -le 2000 ]; then posts=${BENCH_POSTS:-100} rate=${BENCH_RATE:-20}
  else posts=${BENCH_POSTS:-30} rate=${BENCH_RATE:-5}; fi
  for rep in $(seq 1 "$REPEAT"); do
    for target in $TARGETS; do
      for server in $SERVERS; do
        want_server "$server" || continue
        run_fanout "$server" "$target" "$n" "$posts" "$rate" 0 "$rep" || note_fail "$server"
      done
    done
  done
done

# ---- burst round
if [ "$BURST" -gt 0 ]; then
  for n in $BURST_NS; do
    for rep in $(seq 1 "$REPEAT"); do
      for target in $TARGETS; do
        for server in $SERVERS; do
          want_server "$server" || continue
          run_fanout "$server" "$target" "$n" "$BURST_POSTS" 1 "$BURST" "$rep" || note_fail "$server"
        done
      done
    done
  done
fi

# ---- publish throughput (crier and bared durable; bare and nchan keep nothing, shown for scale)
pub_round() {
  local server=$1 logf="$out/publish-$1.log" rc=0
  local common=(--publish-only --posts "$PUB_POSTS" --concurrency "$PUB_CONC" --payload-bytes "$PAYLOAD"
    --max-seconds 120)
  case $server in
    bare | bared)
      start_bare "$([ "$server" = bared ] && echo --durable)" || return 1
      "$LOAD" --label "$server" --publish-url "http://127.0.0.1:$BARE_PORT/publish" --publish-mode bare \
        "${common[@]}" >"$logf" 2>&1 || rc=$?
      stop_server ;;
    nchan)
      bench/nchan.sh -- "${common[@]}" >"$logf" 2>&1 || rc=$? ;;
    crier)
      if ! start_crier "${CRIER_PUB_THREADS:-1}"; then echo "crier unavailable: $crier_reason" >"$logf"; stop_server; return 1; fi
      "$LOAD" --label crier --publish-url "http://127.0.0.1:$CRIER_PORT/api/v1/channels/bench/posts" \
        --publish-mode crier --token "$crier_token" "${common[@]}" >"$logf" 2>&1 || rc=$?
      stop_server ;;
    crier-pg)
      if ! start_crier_pg "${CRIER_PUB_THREADS:-1}"; then
        echo "crier on PostgreSQL unavailable: $crier_reason" >"$logf"; stop_server; return 1
      fi
      "$LOAD" --label crier-pg --publish-url "http://127.0.0.1:$CRIER_PORT/api/v1/channels/bench/posts" \
        --publish-mode crier --token "$crier_token" "${common[@]}" >"$logf" 2>&1 || rc=$?
      stop_server ;;
  esac
  local line
  line=$(grep '^RESULT publish' "$logf" | tail -1)
  if [ -z "$line" ]; then log "publish $server: no RESULT (rc $rc, see $logf)"; return 1; fi
  echo "$line" >>"$results"
  log "$line"
}
if [ "$PUB_POSTS" -gt 0 ]; then
  for server in $SERVERS; do
    want_server "$server" || continue
    pub_round "$server" || note_fail "$server"
  done
  # the same round on PostgreSQL (BENCH_PUB_PG=0 skips it)
  if [ "${BENCH_PUB_PG:-1}" != 0 ] && [[ " $SERVERS " == *" crier "* ]]; then
    pub_round crier-pg || log "publish crier-pg: $crier_reason"
  fi
fi

# ---- summary
summary=$out/summary.txt
{
  echo "Crier benchmark, $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores, payload ${PAYLOAD} B body, medians of $REPEAT run(s)"
  echo "commit $commit_start; load average at start $loadavg_start, at end $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "raw results: $results"
  echo
  awk -v servers="$SERVERS" -f bench/summary.awk "$results"
} >"$summary"

echo
cat "$summary"
[ "$crier_ok" = 1 ] || echo "note: crier rows missing: $crier_reason"
# ---- push and email delivery (bench/push.sh; BENCH_PUSH=0 skips it)
if [ "${BENCH_PUSH:-1}" != 0 ]; then
  bench/push.sh || log "bench/push.sh failed"
fi
# ---- the cluster round: 100,000 subscribers on 6 nodes and PostgreSQL (bench/cluster.sh;
# BENCH_CLUSTER=0 skips it)
if [ "${BENCH_CLUSTER:-1}" != 0 ]; then
  bench/cluster.sh || log "bench/cluster.sh failed (see bench/out/cluster-*/)"
fi
log "done in $(($(date +%s) - t_begin)) s; results in $out"
