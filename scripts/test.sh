#!/usr/bin/env bash
# Runs the whole suite against an already built tree: C unit tests (prove),
# black-box and browser tests (node:test), and a short fuzz run per target.
#   scripts/test.sh BUILD_DIR      (build/rel or build/san)
# Ends with one summary line: "tests: N passed, N failed".
#
# Most end-to-end files spend their time waiting (on servers, browsers,
# fake-clock slots), while the unit tests and the fuzzers keep the cores
# busy; so the suite runs in two phases:
#   1. the end-to-end files that wait, two files at a time, and meanwhile,
#      in the background, the fuzz smoke and then the unit tests (their
#      output is shown once they are done);
#   2. the end-to-end files marked "// e2e: alone" (they bound CPU, RSS or
#      latency), one at a time, with the machine to themselves.
# SKIP_FUZZ=1 leaves the fuzz smoke out; E2E_JOBS sets how many of the
# waiting files run at once (default 2).
set -uo pipefail
cd "$(dirname "$0")/.." || exit 1
build=${1:-build/rel}
export CRIER_BIN=$PWD/$build/crier
# Under AddressSanitizer the server's memory is several times its size
# (shadow memory, quarantine, redzones): tests that bound RSS scale by this.
case $build in *san*) export CRIER_RSS_SCALE=4 ;; *) export CRIER_RSS_SCALE=1 ;; esac
log=$(mktemp -d)
# What runs is started in sessions of its own (their ids in $groups), so
# that it can be stopped as a whole, servers and browsers included, if this
# script ends early; waiting with the wait builtin lets ^C end it at once.
groups=()
stop_groups() { for g in "${groups[@]}"; do kill -- -"$g" 2>/dev/null; done; groups=(); }
# Waits for the session $1 to end; it is no longer one to stop.
wait_group() {
  local g keep=()
  wait "$1"
  for g in "${groups[@]}"; do [ "$g" = "$1" ] || keep+=("$g"); done
  groups=("${keep[@]}")
}
# A throwaway PostgreSQL cluster for the PostgreSQL store's tests, when the
# server's programs are installed (scripts/deps.sh test installs them);
# without one those tests skip. CRIER_TEST_PG set by the caller is kept.
pgdir=
stop_pg() { [ -n "$pgdir" ] && { scripts/pg.sh stop "$pgdir"; rm -rf "$pgdir"; }; }
trap 'stop_groups; stop_pg; rm -rf "$log"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
if [ -z "${CRIER_TEST_PG:-}" ] && [ -x "${PGBIN:-/usr/lib/postgresql/15/bin}/pg_ctl" ]; then
  pgdir=$(mktemp -d /tmp/crier-pg-XXXXXX)
  if scripts/pg.sh start "$pgdir"; then
    CRIER_TEST_PG=$(scripts/pg.sh uri "$pgdir")
    export CRIER_TEST_PG
  else
    echo "test: could not start PostgreSQL; its tests will skip" >&2
  fi
fi
passed=0; failed=0; broken=()
# A phase's heading, with the seconds since the start.
phase() { echo "=== $* [at ${SECONDS} s]"; }

# The fuzz smoke (one core) then the unit tests (test_tz takes both), into
# $log/fuzz and $log/unit, each one's exit status into $log/fuzz.st and
# $log/unit.st. The fuzz smoke goes first: it leaves a core free while
# the first end-to-end files start their servers and browser.
units=$(ls "$build"/tests/test_* 2>/dev/null)
fuzz=$([ "${SKIP_FUZZ:-0}" = 1 ] || echo yes)
background() {
  if [ -n "$fuzz" ]; then
    scripts/fuzz.sh smoke >"$log/fuzz" 2>&1
    echo $? >"$log/fuzz.st"
    echo "(ended ${SECONDS} s after the start)" >>"$log/fuzz"
  fi
  if [ -n "$units" ]; then
    # shellcheck disable=SC2086
    prove -e '' $units >"$log/unit" 2>&1
    echo $? >"$log/unit.st"
    echo "(ended ${SECONDS} s after the start)" >>"$log/unit"
  fi
}
export -f background
export build log units fuzz
setsid bash -c background </dev/null &
bg=$!
groups+=("$bg")

# One end-to-end file through node:test, into $log/e2e/FILE.out and .st.
# Its output is shown whole once it is done (under a lock, so that two
# files' outputs never mix), node's summary block cut to one line. A file
# that hangs (a client waiting on a server that died) fails after
# E2E_FILE_TIMEOUT_MS (10 min) instead of holding the suite forever.
e2e_file() {
  local f=$1 out st p n ms
  out=$E2E_OUT/$(basename "$f")
  node --test --test-timeout="${E2E_FILE_TIMEOUT_MS:-600000}" --test-reporter=spec "$f" >"$out.out" 2>&1
  st=$?
  echo "$st" >"$out.st"
  p=$(sed -n 's/^ℹ pass \([0-9]*\)$/\1/p' "$out.out" | tail -1)
  n=$(sed -n 's/^ℹ fail \([0-9]*\)$/\1/p' "$out.out" | tail -1)
  ms=$(sed -n 's/^ℹ duration_ms \([0-9]*\).*/\1/p' "$out.out" | tail -1)
  {
    grep -Ev '^ℹ (tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) [0-9.]+$' "$out.out"
    echo "--- $(basename "$f"): ${p:-0} passed, ${n:-0} failed, $((${ms:-0} / 1000)) s (exit $st)"
  } >"$out.show"
  flock "$log/lock" cat "$out.show"
}
export -f e2e_file

# Runs the end-to-end files given, $2 at a time, in the order given; adds
# to the counts (a failing file is reported as $1:FILE).
e2e() {
  local name=$1 jobs=$2 f out p n st
  shift 2
  [ $# -eq 0 ] && return
  export E2E_OUT=$log/$name
  mkdir -p "$E2E_OUT"
  printf '%s\n' "$@" >"$E2E_OUT/list"
  # shellcheck disable=SC2016
  setsid xargs -a "$E2E_OUT/list" -r -d '\n' -P "$jobs" -I{} bash -c 'e2e_file "$1"' _ {} </dev/null &
  groups+=("$!")
  wait_group "$!"
  for f in "$@"; do
    out=$E2E_OUT/$(basename "$f")
    p=$(sed -n 's/^ℹ pass \([0-9]*\)$/\1/p' "$out.out" 2>/dev/null | tail -1)
    n=$(sed -n 's/^ℹ fail \([0-9]*\)$/\1/p' "$out.out" 2>/dev/null | tail -1)
    st=$(cat "$out.st" 2>/dev/null || echo 1)
    passed=$((passed + ${p:-0})); failed=$((failed + ${n:-0}))
    [ "$st" -ne 0 ] && { broken+=("$name:$(basename "$f")"); [ "${n:-0}" -eq 0 ] && failed=$((failed + 1)); }
    [ "$st" -ne 0 ] && excerpt "$name:$(basename "$f")" "$out.out"
  done
}

# What a failing file said of its failures (node's "failing tests" block,
# or its last lines when it has none), kept for the end of the output:
# a CI log is often read from its tail.
excerpt() {
  {
    echo "### $1"
    if grep -q '^✖ failing tests:' "$2" 2>/dev/null; then
      sed -n '/^✖ failing tests:/,$p' "$2" | grep -Ev '^ℹ ' | grep -v '^ *at ' | head -40
    else
      tail -20 "$2" 2>/dev/null
    fi
  } >>"$log/failures"
}

# The files that wait, the longest (marked "// e2e: long") first so that
# the two at a time end together; then those marked "// e2e: alone".
long=$(grep -l '^// e2e: long' tests/e2e/*.test.mjs)
alone=$(grep -l '^// e2e: alone' tests/e2e/*.test.mjs)
rest=$(grep -L '^// e2e: \(long\|alone\)' tests/e2e/*.test.mjs)

phase "end-to-end tests, ${E2E_JOBS:-2} files at a time (fuzz smoke and unit tests in the background)"
# shellcheck disable=SC2086
e2e e2e "${E2E_JOBS:-2}" $long $rest

phase "waiting for the fuzz smoke and the unit tests"
wait_group "$bg"
# A status file that is missing means the phase died: a failure.
if [ -n "$units" ]; then
  phase "unit tests ($build), run in the background"
  cat "$log/unit"
  st=$(cat "$log/unit.st" 2>/dev/null || echo 1)
  n=$(sed -n 's/^Files=[0-9]*, Tests=\([0-9]*\),.*/\1/p' "$log/unit")
  # prove prints only failing test lines; count failed subtests from its summary.
  f=$(sed -n 's/.*Failed \([0-9]*\)\/[0-9]* subtests.*/\1/p' "$log/unit" | awk '{s+=$1} END {print s+0}')
  passed=$((passed + ${n:-0} - f)); failed=$((failed + f))
  [ "$st" -ne 0 ] && { broken+=("unit"); [ "$f" -eq 0 ] && failed=$((failed + 1)); }
fi
if [ -n "$fuzz" ]; then
  phase "fuzz smoke, run in the background"
  cat "$log/fuzz"
  st=$(cat "$log/fuzz.st" 2>/dev/null || echo 1)
  p=$(grep -c ': ok' "$log/fuzz"); f=$(grep -c ': FAILED' "$log/fuzz")
  passed=$((passed + p)); failed=$((failed + f))
  [ "$st" -ne 0 ] && { broken+=("fuzz"); [ "$f" -eq 0 ] && failed=$((failed + 1)); }
fi

phase "end-to-end tests that measure time, CPU or memory, one at a time"
# shellcheck disable=SC2086
e2e e2e-alone 1 $alone

# The same end-to-end files once more with the store on PostgreSQL (a
# database of its own per data directory: tests/e2e/lib/server.mjs), when a
# cluster is up; not the ones that measure (they measure the SQLite node),
# not the cluster's own (they start their PostgreSQL), and not under the
# sanitizers (the PostgreSQL store's unit tests run there; this pass would
# double that run's time).
# E2E_PG=0 leaves this pass out.
case $build in *san*) pg_pass=0 ;; *) pg_pass=${E2E_PG:-1} ;; esac
if [ "$pg_pass" = 1 ] && [ -n "${CRIER_TEST_PG:-}" ]; then
  phase "end-to-end tests on PostgreSQL, ${E2E_JOBS:-2} files at a time"
  # shellcheck disable=SC2086
  pgfiles=$(printf '%s\n' $long $rest | grep -v '/cluster')
  export CRIER_E2E_PG=$CRIER_TEST_PG
  # shellcheck disable=SC2086
  e2e e2e-pg "${E2E_JOBS:-2}" $pgfiles
  unset CRIER_E2E_PG
fi

phase "done"
echo
[ -s "$log/failures" ] && { echo "what the failing end-to-end files said:"; cat "$log/failures"; echo; }
[ ${#broken[@]} -gt 0 ] && echo "failing suites: ${broken[*]}"
echo "tests: $passed passed, $failed failed"
[ ${#broken[@]} -eq 0 ]
