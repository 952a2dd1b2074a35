#!/usr/bin/env bash
# bench/push.sh: Web Push and email delivery throughput (docs: bench/README.md, "Push and email").
#
# One crier (fresh --data, --threads 1) with BENCH_PUSH_SUBS push subscriptions to channel `bench` and
# BENCH_EMAILS confirmed email subscribers to channel `mail`, registered through the API by
# bench/push_seed.mjs, against bench/push_sink.mjs (a push service over TLS that checks every request's
# headers and decrypts 1 in 1000, and an SMTP relay), all on 127.0.0.1:
#   email: one selection on `mail`: editions per second to the relay;
#   push:  one selection on `bench`: wall time from the request to the last push accepted, and crier's
#          CPU time (utime + stime, /proc/PID/stat) over that span per push;
#   then the npm web-push package sends the same pushes to the same sink (bench/webpush_send.mjs,
#   256 at once, keep-alive agent), measured the same way, and the ratio is printed.
#
# Env (defaults in brackets): BENCH_PUSH_SUBS [100000], BENCH_EMAILS [2000], BENCH_PORT [18700]
# (crier on +10), CRIER [./crier], CRIER_THREADS [1], BENCH_PUSH_TIMEOUT [600] seconds per wait.
set -uo pipefail
cd "$(dirname "$0")/.."

N=${BENCH_PUSH_SUBS:-100000}
M=${BENCH_EMAILS:-2000}
CRIER=${CRIER:-./crier}
CRIER_PORT=$((${BENCH_PORT:-18700} + 10))
TIMEOUT=${BENCH_PUSH_TIMEOUT:-600}
SEED=bench-$$-$(date +%s)
out=bench/out/push-$(date +%Y%m%d-%H%M%S)
mkdir -p "$out"
t_begin=$(date +%s)
log() { printf '[push %4ds] %s\n' $(($(date +%s) - t_begin)) "$*" >&2; }
now_ms() { date +%s%3N; }

[ -x "$CRIER" ] || { log "no $CRIER binary (make)"; exit 1; }
data=$(mktemp -d /tmp/crier-bench-push.XXXXXX)
sink_pid= crier_pid=
cleanup() {
  for p in $crier_pid $sink_pid; do kill -TERM "$p" 2>/dev/null; done
  for p in $crier_pid $sink_pid; do wait "$p" 2>/dev/null; done
  rm -rf "$data"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---- the sink
node bench/push_sink.mjs --seed "$SEED" --links "$out/links.txt" >"$out/sink.log" 2>&1 &
sink_pid=$!
for _ in $(seq 1 100); do grep -q '^READY' "$out/sink.log" && break; sleep 0.1; done
read -r PUSH_PORT SMTP_PORT < <(sed -n 's/^READY push=\([0-9]*\) smtp=\([0-9]*\)$/\1 \2/p' "$out/sink.log")
[ -n "${PUSH_PORT:-}" ] || { log "the sink did not start (see $out/sink.log)"; exit 1; }
stat() { # field of the sink's last STAT line
  local v
  v=$(grep '^STAT' "$out/sink.log" | tail -1 | tr ' ' '\n' | sed -n "s/^$1=//p")
  echo "${v:-0}"
}
wait_stat() { # field, value to reach
  local end=$(($(date +%s) + TIMEOUT))
  while [ "$(stat "$1")" -lt "$2" ]; do
    [ "$(date +%s)" -gt "$end" ] && { log "timed out: $1=$(stat "$1") of $2"; return 1; }
    sleep 0.05
  done
}

# ---- crier
"$CRIER" channel add bench --title Bench --create --data "$data" >>"$out/crier.log" 2>&1 || { log "channel add failed"; exit 1; }
"$CRIER" channel add mail --title Courrier --create --data "$data" >>"$out/crier.log" 2>&1 || { log "channel add failed"; exit 1; }
"$CRIER" serve --data "$data" --listen "127.0.0.1:$CRIER_PORT" --threads "${CRIER_THREADS:-1}" --log-level warn \
  --push-insecure-host "127.0.0.1:$PUSH_PORT" --push-contact mailto:ops@example.org \
  --smtp-url "smtp://127.0.0.1:$SMTP_PORT" --mail-from news@example.org \
  --base-url "http://127.0.0.1:$CRIER_PORT" --limit-joins 0 --limit-email 0 >>"$out/crier.log" 2>&1 &
crier_pid=$!
url=http://127.0.0.1:$CRIER_PORT
for _ in $(seq 1 100); do curl -s -o /dev/null --max-time 1 "$url/healthz" && break; sleep 0.1; done
token=$(cat "$data/admin.token" 2>/dev/null)
[ -n "$token" ] || { log "crier did not start (see $out/crier.log)"; exit 1; }
api() { curl -s --max-time 30 -H "authorization: Bearer $token" -H 'content-type: application/json' "$@"; }
cpu_ticks() { awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$crier_pid/stat"; }
hz=$(getconf CLK_TCK)

log "seeding $N push subscriptions and $M email subscribers through the API"
node bench/push_seed.mjs --url "$url" --origin "https://127.0.0.1:$PUSH_PORT" --seed "$SEED" --subs "$N" \
  --emails "$M" --links "$out/links.txt" 2>&1 | tee -a "$out/seed.log" >&2 || { log "seeding failed"; exit 1; }

story() { # slug: a post for the next selection to carry
  api -o /dev/null -X POST "$url/api/v1/channels/$1/posts" \
    -d '{"title":"La BCE abaisse son taux directeur à 2,25 %","body":"La Banque centrale européenne a abaissé son taux.","importance":2}'
  sleep 1.1 # a selection needs its window to have started before the post
}
selection() { # slug: run a selection now; prints the status
  api -o /dev/null -w '%{http_code}' -X POST "$url/api/v1/channels/$1/selections"
}

# ---- email
mail_rate=n/a
if [ "$M" -gt 0 ]; then
  story mail
  m0=$(stat mails)
  t0=$(now_ms)
  code=$(selection mail)
  [ "$code" = 201 ] || log "mail selection answered $code"
  if wait_stat mails $((m0 + M)); then
    t1=$(stat lastmail)
    mail_rate=$(awk -v m="$M" -v ms=$((t1 - t0)) 'BEGIN { printf "%.0f", m * 1000 / (ms > 0 ? ms : 1) }')
    log "email: $M editions in $((t1 - t0)) ms: $mail_rate a second"
  fi
fi

# ---- crier's pushes
story bench
p0=$(stat pushes)
c0=$(cpu_ticks)
t0=$(now_ms)
code=$(selection bench)
[ "$code" = 201 ] || log "push selection answered $code"
crier_line="RESULT push sender=crier subs=$N ok=0"
if wait_stat pushes $((p0 + N)); then
  c1=$(cpu_ticks)
  t1=$(stat last)
  crier_s=$(awk -v ms=$((t1 - t0)) 'BEGIN { printf "%.2f", ms / 1000 }')
  crier_cpu=$(awk -v t=$((c1 - c0)) -v hz="$hz" -v n="$N" 'BEGIN { printf "%.1f", t * 1e6 / hz / n }')
  crier_line="RESULT push sender=crier subs=$N ok=$N seconds=$crier_s cpu_us_per_push=$crier_cpu requests=$(stat requests) h2=$(stat h2) verified=$(stat verified) rejected=$(stat rejected)"
fi
echo "$crier_line" | tee -a "$out/results.txt"
kill -TERM "$crier_pid" 2>/dev/null; wait "$crier_pid" 2>/dev/null; crier_pid=

# ---- web-push from Node, the same pushes
p0=$(stat pushes)
wp_line=$(node bench/webpush_send.mjs --origin "https://127.0.0.1:$PUSH_PORT" --seed "$SEED" --subs "$N" \
  --concurrency 256 2>>"$out/webpush.log" | grep '^RESULT')
wait_stat pushes $((p0 + N)) || true
echo "${wp_line/RESULT webpush/RESULT push sender=webpush} rejected=$(stat rejected)" | tee -a "$out/results.txt"
echo "RESULT email editions=$M per_second=$mail_rate" | tee -a "$out/results.txt"

wp_s=$(sed -n 's/.* seconds=\([0-9.]*\).*/\1/p' <<<"$wp_line")
wp_cpu=$(sed -n 's/.* cpu_us_per_push=\([0-9.]*\).*/\1/p' <<<"$wp_line")
if [ -n "${crier_s:-}" ] && [ -n "$wp_s" ]; then
  awk -v cs="$crier_s" -v cc="$crier_cpu" -v ws="$wp_s" -v wc="$wp_cpu" -v n="$N" 'BEGIN {
    printf "\n%-10s %10s %12s %14s\n", "sender", "pushes", "wall s", "cpu us/push"
    printf "%-10s %10d %12.2f %14.1f\n", "crier", n, cs, cc
    printf "%-10s %10d %12.2f %14.1f\n", "web-push", n, ws, wc
    printf "web-push / crier: wall %.2fx, cpu %.2fx\n", ws / cs, wc / (cc > 0 ? cc : 0.001) }'
fi
log "done; results in $out"
