#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster in a directory, for tests and benchmarks.
#   scripts/pg.sh start DIR   initdb (if new) and start it; DIR is created
#   scripts/pg.sh stop DIR    stop it (fast shutdown); DIR stays
#   scripts/pg.sh uri DIR     print the postgres:// URI of its database "crier"
# It listens on 127.0.0.1 only, on a free port (kept in DIR/port), with its
# unix socket in DIR; local and loopback connections are trusted (nothing
# else can connect); the server runs with fsync on, since durability is
# what the tests check (initdb's own files skip it: a crash there loses only
# a cluster nobody used yet). PostgreSQL refuses to run as root: as root, the cluster belongs to
# the system user crier-pg (made when missing), and DIR and every directory
# above it must be searchable by that user (a mktemp -d under /tmp is).
# PGBIN overrides where the server's programs are.
set -euo pipefail
cmd=${1:-}
dir=${2:-}
if [ -z "$cmd" ] || [ -z "$dir" ]; then
  echo "usage: scripts/pg.sh start|stop|uri DIR" >&2
  exit 2
fi
pgbin=${PGBIN:-/usr/lib/postgresql/15/bin}
user=crier-pg

# Runs a server program as the cluster's owner.
as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u "$user" -- "$@"; else "$@"; fi
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

case $cmd in
start)
  if [ ! -x "$pgbin/pg_ctl" ]; then
    echo "pg.sh: no PostgreSQL server programs in $pgbin (apt-get install postgresql)" >&2
    exit 1
  fi
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd)
  if [ "$(id -u)" = 0 ]; then
    id -u "$user" >/dev/null 2>&1 ||
      useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$user"
    chown "$user" "$dir"
    chmod 0700 "$dir"
  fi
  if [ ! -f "$dir/data/PG_VERSION" ]; then
    as_owner "$pgbin/initdb" -D "$dir/data" -U crier -A trust -E UTF8 --locale=C.UTF-8 --no-sync \
      >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
  fi
  port=$(free_port)
  echo "$port" >"$dir/port"
  # The settings override postgresql.conf on the command line: loopback
  # only, the socket in DIR, durable, and room for six nodes' pools. (One
  # line: pg_ctl runs them through a shell, where a newline ends the
  # command and with it the redirection to the log.)
  opts="-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories='$dir'"
  opts="$opts -c fsync=on -c synchronous_commit=on -c max_connections=200 -c shared_buffers=64MB"
  as_owner "$pgbin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "$opts" start >/dev/null 2>&1 </dev/null ||
    { tail -n 20 "$dir/server.log" >&2; exit 1; }
  as_owner "$pgbin/psql" -h "$dir" -p "$port" -U crier -d postgres -qAt \
    -c "SELECT 1 FROM pg_database WHERE datname = 'crier'" | grep -q 1 ||
    as_owner "$pgbin/createdb" -h "$dir" -p "$port" -U crier crier
  ;;
stop)
  [ -f "$dir/data/PG_VERSION" ] || exit 0
  as_owner "$pgbin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  ;;
uri)
  [ -f "$dir/port" ] || { echo "pg.sh: no cluster started in $dir" >&2; exit 1; }
  echo "postgresql://crier@127.0.0.1:$(cat "$dir/port")/crier"
  ;;
*)
  echo "usage: scripts/pg.sh start|stop|uri DIR" >&2
  exit 2
  ;;
esac
