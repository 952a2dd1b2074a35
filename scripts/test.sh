#!/usr/bin/env bash
# Runs the whole suite against an already built tree: C unit tests (prove),
# black-box and browser tests (node:test), and a short fuzz run per target.
#   scripts/test.sh BUILD_DIR      (build/rel or build/san)
# Ends with one summary line: "tests: N passed, N failed".
#
# The machine's cores are shared out so that nothing that measures time, CPU
# or memory runs next to something else:
#   1. the fuzz smoke starts in the background (CPU-bound, one core);
#   2. meanwhile the unit tests, then the end-to-end files that mostly wait
#      (on servers, browsers, fake-clock slots), two files at a time;
#   3. once the fuzz smoke is done, the end-to-end files marked
#      "// e2e: alone" (they bound CPU, RSS or latency), one at a time, with
#      the machine to themselves.
# SKIP_FUZZ=1 leaves the fuzz smoke out; E2E_JOBS sets how many of the
# waiting files run at once (default 2).
set -uo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/rel}
export CRIER_BIN=$PWD/$build/crier
# Under AddressSanitizer the server's memory is several times its size
# (shadow memory, quarantine, redzones): tests that bound RSS scale by this.
case $build in *san*) export CRIER_RSS_SCALE=4 ;; *) export CRIER_RSS_SCALE=1 ;; esac
log=$(mktemp -d)
fuzz_pid=
# The fuzz smoke runs in its own session (so that it can be stopped as a
# whole, fuzzer included): stop it if this script ends early.
trap '[ -n "$fuzz_pid" ] && kill -- -"$fuzz_pid" 2>/dev/null; rm -rf "$log"' EXIT
passed=0; failed=0; broken=()

if [ "${SKIP_FUZZ:-0}" != 1 ]; then
  setsid scripts/fuzz.sh smoke >"$log/fuzz" 2>&1 </dev/null &
  fuzz_pid=$!
fi

units=$(ls "$build"/tests/test_* 2>/dev/null)
if [ -n "$units" ]; then
  echo "=== unit tests ($build)"
  prove -e '' $units 2>&1 | tee "$log/unit"
  st=${PIPESTATUS[0]}
  n=$(sed -n 's/^Files=[0-9]*, Tests=\([0-9]*\),.*/\1/p' "$log/unit")
  # prove prints only failing test lines; count failed subtests from its summary.
  f=$(sed -n 's/.*Failed \([0-9]*\)\/[0-9]* subtests.*/\1/p' "$log/unit" | awk '{s+=$1} END {print s+0}')
  passed=$((passed + ${n:-0} - f)); failed=$((failed + f))
  [ "$st" -ne 0 ] && { broken+=("unit"); [ "$f" -eq 0 ] && failed=$((failed + 1)); }
fi

# Runs node:test over the files given, $2 at a time; adds to the counts
# (a failure is reported as suite $1).
e2e() {
  local name=$1 jobs=$2 out=$log/$1 st p f
  shift 2
  [ $# -eq 0 ] && return
  node --test --test-concurrency="$jobs" --test-reporter=spec "$@" 2>&1 | tee "$out"
  st=${PIPESTATUS[0]}
  p=$(sed -n 's/^ℹ pass \([0-9]*\)$/\1/p' "$out" | tail -1)
  f=$(sed -n 's/^ℹ fail \([0-9]*\)$/\1/p' "$out" | tail -1)
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
  [ "$st" -ne 0 ] && { broken+=("$name"); [ "${f:-0}" -eq 0 ] && failed=$((failed + 1)); }
}
alone=$(grep -l '^// e2e: alone' tests/e2e/*.test.mjs)
waiting=$(grep -L '^// e2e: alone' tests/e2e/*.test.mjs)

echo "=== end-to-end tests, ${E2E_JOBS:-2} files at a time"
# shellcheck disable=SC2086
e2e e2e "${E2E_JOBS:-2}" $waiting

if [ -n "$fuzz_pid" ]; then
  echo "=== fuzz smoke"
  wait "$fuzz_pid"
  st=$?
  fuzz_pid=
  cat "$log/fuzz"
  p=$(grep -c ': ok' "$log/fuzz"); f=$(grep -c ': FAILED' "$log/fuzz")
  passed=$((passed + p)); failed=$((failed + f))
  [ "$st" -ne 0 ] && { broken+=("fuzz"); [ "$f" -eq 0 ] && failed=$((failed + 1)); }
fi

echo "=== end-to-end tests that measure time, CPU or memory, one at a time"
# shellcheck disable=SC2086
e2e e2e-alone 1 $alone

echo
[ ${#broken[@]} -gt 0 ] && echo "failing suites: ${broken[*]}"
echo "tests: $passed passed, $failed failed"
[ ${#broken[@]} -eq 0 ]
