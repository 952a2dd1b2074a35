#!/usr/bin/env bash
# nchan.sh: run the load tool against nginx + nchan, the peer Crier is measured against.
#
#   bench/nchan.sh [--workers 1|auto] [--port 18702] -- --target ws|sse --subs N --posts K ...
#
# Starts nginx (Debian nginx-light + libnginx-mod-nchan) on 127.0.0.1 with a generated config in a
# temporary directory, runs bench/build/load against it (the host, port, path, publish URL, publish
# mode and every nginx pid are filled in; the arguments after -- are passed on), then stops nginx.
# The load tool's output goes to stdout; its last line is its RESULT line.
# Env: NCHAN_WORKERS (default 1), NCHAN_PORT (default 18702), LOAD (default bench/build/load).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
workers=${NCHAN_WORKERS:-1}
port=${NCHAN_PORT:-18702}
load=${LOAD:-$here/build/load}

while [ $# -gt 0 ]; do
  case $1 in
    --workers) workers=$2; shift 2 ;;
    --port) port=$2; shift 2 ;;
    --) shift; break ;;
    *) break ;;
  esac
done

target=ws
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
  [ "${args[$i]}" = --target ] && target=${args[$((i + 1))]:-ws}
done
case $target in
  ws) path=/sub/ws ;;
  sse) path=/sub/events ;;
  *) echo "nchan.sh: --target ws|sse" >&2; exit 2 ;;
esac

command -v nginx >/dev/null || { echo "nchan.sh: nginx is not installed (scripts/deps.sh test)" >&2; exit 3; }
module=
for m in /usr/lib/nginx/modules/ngx_nchan_module.so /usr/share/nginx/modules/ngx_nchan_module.so; do
  [ -f "$m" ] && { module=$m; break; }
done
if [ -z "$module" ] && [ -f /usr/share/nginx/modules-available/mod-nchan.conf ]; then
  rel=$(sed -n 's/^load_module \(.*\);/\1/p' /usr/share/nginx/modules-available/mod-nchan.conf | head -1)
  [ -n "$rel" ] && for base in /usr/share/nginx /usr/lib/nginx; do
    [ -f "$base/$rel" ] && { module=$base/$rel; break; }
  done
fi
[ -n "$module" ] || { echo "nchan.sh: ngx_nchan_module.so not found (libnginx-mod-nchan)" >&2; exit 3; }
[ -x "$load" ] || { echo "nchan.sh: $load not built (bench/run.sh builds it)" >&2; exit 3; }

dir=$(mktemp -d /tmp/crier-nchan.XXXXXX)
chmod 755 "$dir"
mkdir -p "$dir/tmp"
pid=
cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill -QUIT "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -rf "$dir"
}
trap cleanup EXIT

cat >"$dir/nginx.conf" <<EOF
load_module $module;
worker_processes $workers;
worker_rlimit_nofile 20000;
pid $dir/nginx.pid;
error_log $dir/error.log warn;
events {
  worker_connections 20000;
  multi_accept on;
}
http {
  access_log off;
  client_body_temp_path $dir/tmp/body;
  proxy_temp_path $dir/tmp/proxy;
  fastcgi_temp_path $dir/tmp/fastcgi;
  uwsgi_temp_path $dir/tmp/uwsgi;
  scgi_temp_path $dir/tmp/scgi;
  keepalive_requests 1000000;
  keepalive_timeout 300s;
  client_body_buffer_size 128k;
  nchan_shared_memory_size 256M;
  server {
    listen 127.0.0.1:$port backlog=4096;
    location = /pub {
      nchan_publisher;
      nchan_channel_id bench;
      nchan_message_buffer_length 16;
      nchan_message_timeout 5m;
    }
    location = /sub/ws {
      nchan_subscriber websocket;
      nchan_channel_id bench;
      nchan_subscriber_first_message newest;
    }
    location = /sub/events {
      nchan_subscriber eventsource;
      nchan_channel_id bench;
      nchan_subscriber_first_message newest;
    }
  }
}
EOF

ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
# bench/run.sh's fan-out rounds place nginx and the load tool on their own cores (NCHAN_PIN=1).
pin_srv=() pin_load=()
if [ "${NCHAN_PIN:-0}" = 1 ]; then
  read -r -a pin_srv <<<"${NCHAN_PIN_SERVER:-}"
  read -r -a pin_load <<<"${NCHAN_PIN_LOAD:-}"
fi
"${pin_srv[@]}" nginx -p "$dir" -c "$dir/nginx.conf" -e "$dir/error.log" -g 'daemon off;' &
pid=$!
up=
for _ in $(seq 1 100); do
  if curl -s -o /dev/null "http://127.0.0.1:$port/pub" 2>/dev/null; then up=1; break; fi
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.1
done
if [ -z "$up" ]; then
  echo "nchan.sh: nginx did not come up on 127.0.0.1:$port" >&2
  cat "$dir/error.log" >&2 || true
  exit 1
fi
pids=("$pid")
for _ in $(seq 1 50); do
  mapfile -t kids < <(pgrep -P "$pid" || true)
  [ ${#kids[@]} -gt 0 ] && break
  sleep 0.1
done
pids+=("${kids[@]}")
pidargs=()
for p in "${pids[@]}"; do pidargs+=(--server-pid "$p"); done
echo "nchan.sh: nginx $(nginx -v 2>&1 | sed 's/.*\///'), $workers worker(s), pids ${pids[*]}, module $module" >&2

rc=0
"${pin_load[@]}" "$load" --host 127.0.0.1 --port "$port" --path "$path" \
  --publish-url "http://127.0.0.1:$port/pub" --publish-mode nchan "${pidargs[@]}" \
  --label "nchan" "$@" || rc=$?
if grep -qE '\[(alert|emerg|crit)\]' "$dir/error.log"; then
  echo "nchan.sh: nginx error log:" >&2
  grep -E '\[(alert|emerg|crit)\]' "$dir/error.log" | head -5 >&2
fi
exit $rc
