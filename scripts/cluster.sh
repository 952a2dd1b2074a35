#!/usr/bin/env bash
# A Crier cluster on one machine: a PostgreSQL 15 cluster (scripts/pg.sh),
# N crier nodes sharing it, and HAProxy in front. For tests, benchmarks and
# trying the layout that spans machines (docs/scaling.md).
#   scripts/cluster.sh start DIR [N]   start (N nodes, default 3)
#   scripts/cluster.sh stop DIR        stop HAProxy, the nodes, PostgreSQL
#   scripts/cluster.sh env DIR         print URL=, STORE=, TOKEN=, NODES=, NODEn=
# DIR holds pg/ (the database), nodeK/ (each node's data directory, log
# and port), haproxy.cfg and haproxy.pid. HAProxy listens on 127.0.0.1 on a
# free port (DIR/port): leastconn, health checks on /healthz every second,
# and long client/server timeouts, since SSE and WebSocket streams stay open.
# HAProxy holds two descriptors a connection: at the file limit of 20,000 it
# carries 9,000 (benchmarks past that connect to the nodes directly).
# CRIER_BIN overrides the crier binary (default ./crier); extra arguments for
# every node come from CRIER_NODE_ARGS.
set -euo pipefail
cmd=${1:-}
dir=${2:-}
if [ -z "$cmd" ] || [ -z "$dir" ]; then
  echo "usage: scripts/cluster.sh start|stop|env DIR [N]" >&2
  exit 2
fi
here=$(cd "$(dirname "$0")" && pwd)
crier=${CRIER_BIN:-$here/../crier}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# Waits until URL answers 200, up to 20 s.
wait_ok() {
  for _ in $(seq 1 200); do
    if curl -fsS -o /dev/null "$1" 2>/dev/null; then return 0; fi
    sleep 0.1
  done
  echo "cluster: $1 did not come up" >&2
  return 1
}

start_node() { # k
  local k=$1 nd="$dir/node$1"
  mkdir -p "$nd"
  rm -f "$nd/port"
  # shellcheck disable=SC2086
  "$crier" serve --data "$nd" --store "$(cat "$dir/store")" --listen 127.0.0.1:0 \
    --port-file "$nd/port" ${CRIER_NODE_ARGS:-} >>"$nd/log" 2>&1 &
  echo $! >"$nd/pid"
  for _ in $(seq 1 200); do
    [ -s "$nd/port" ] && break
    if ! kill -0 "$(cat "$nd/pid")" 2>/dev/null; then
      echo "cluster: node $k exited; its log:" >&2
      tail -20 "$nd/log" >&2
      return 1
    fi
    sleep 0.1
  done
  wait_ok "http://127.0.0.1:$(cat "$nd/port")/healthz"
}

write_haproxy() { # n
  local n=$1 port
  port=$(cat "$dir/port")
  {
    echo "global"
    echo "  maxconn 9000" # two descriptors a connection, under the file limit of 20,000
    echo "  pidfile $dir/haproxy.pid"
    echo "defaults"
    echo "  mode http"
    echo "  timeout connect 5s"
    echo "  timeout client 1h"
    echo "  timeout server 1h"
    echo "  timeout tunnel 1h"
    echo "  timeout http-request 10s"
    echo "  option forwardfor"
    echo "frontend crier"
    echo "  bind 127.0.0.1:$port"
    echo "  default_backend nodes"
    echo "backend nodes"
    echo "  balance leastconn"
    echo "  option httpchk GET /healthz"
    # A connection a node refuses (killed, restarting) is tried again on
    # another at once, instead of failing until the checks mark it down;
    # only connection failures are retried, so no request runs twice.
    echo "  retries 2"
    echo "  option redispatch 1"
    echo "  default-server inter 1s fall 2 rise 1 on-marked-down shutdown-sessions"
    for k in $(seq 1 "$n"); do
      echo "  server node$k 127.0.0.1:$(cat "$dir/node$k/port") check"
    done
  } >"$dir/haproxy.cfg"
}

case $cmd in
start)
  n=${3:-3}
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd)
  # As root, PostgreSQL runs as crier-pg, which must pass through DIR (a
  # mktemp -d is 0700) to reach DIR/pg; the nodes' own directories stay 0700.
  [ "$(id -u)" = 0 ] && chmod 0711 "$dir"
  "$here/pg.sh" start "$dir/pg" >/dev/null
  "$here/pg.sh" uri "$dir/pg" >"$dir/store"
  # The first node migrates the schema; the others then start together.
  start_node 1
  pids=()
  for k in $(seq 2 "$n"); do start_node "$k" & pids+=($!); done
  for p in "${pids[@]}"; do wait "$p"; done
  echo "$n" >"$dir/nodes"
  free_port >"$dir/port"
  write_haproxy "$n"
  haproxy -D -f "$dir/haproxy.cfg"
  wait_ok "http://127.0.0.1:$(cat "$dir/port")/healthz"
  "$0" env "$dir"
  ;;
stop)
  dir=$(cd "$dir" && pwd)
  [ -f "$dir/haproxy.pid" ] && kill "$(cat "$dir/haproxy.pid")" 2>/dev/null || true
  for pf in "$dir"/node*/pid; do
    [ -f "$pf" ] && kill "$(cat "$pf")" 2>/dev/null || true
  done
  for pf in "$dir"/node*/pid; do
    [ -f "$pf" ] || continue
    for _ in $(seq 1 100); do kill -0 "$(cat "$pf")" 2>/dev/null || break; sleep 0.1; done
    rm -f "$pf"
  done
  "$here/pg.sh" stop "$dir/pg" >/dev/null 2>&1 || true
  ;;
env)
  dir=$(cd "$dir" && pwd)
  echo "URL=http://127.0.0.1:$(cat "$dir/port")"
  echo "STORE=$(cat "$dir/store")"
  echo "TOKEN=$(cat "$dir/node1/admin.token")"
  echo "NODES=$(cat "$dir/nodes")"
  for k in $(seq 1 "$(cat "$dir/nodes")"); do
    echo "NODE$k=http://127.0.0.1:$(cat "$dir/node$k/port")"
  done
  ;;
*)
  echo "usage: scripts/cluster.sh start|stop|env DIR [N]" >&2
  exit 2
  ;;
esac
