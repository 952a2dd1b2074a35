#!/usr/bin/env bash
# Runs the whole suite against an already built tree: C unit tests (prove),
# black-box and browser tests (node:test), and a short fuzz run per target.
#   scripts/test.sh BUILD_DIR      (build/rel or build/san)
# Ends with one summary line: "tests: N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/rel}
export CRIER_BIN=$PWD/$build/crier
# Under AddressSanitizer the server's memory is several times its size
# (shadow memory, quarantine, redzones): tests that bound RSS scale by this.
case $build in *san*) export CRIER_RSS_SCALE=4 ;; *) export CRIER_RSS_SCALE=1 ;; esac
log=$(mktemp -d)
trap 'rm -rf "$log"' EXIT
passed=0; failed=0; broken=()

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

echo "=== end-to-end tests"
node --test --test-concurrency=1 --test-reporter=spec tests/e2e/ 2>&1 | tee "$log/e2e"
st=${PIPESTATUS[0]}
p=$(sed -n 's/^ℹ pass \([0-9]*\)$/\1/p' "$log/e2e" | tail -1)
f=$(sed -n 's/^ℹ fail \([0-9]*\)$/\1/p' "$log/e2e" | tail -1)
passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
[ "$st" -ne 0 ] && { broken+=("e2e"); [ "${f:-0}" -eq 0 ] && failed=$((failed + 1)); }

if [ "${SKIP_FUZZ:-0}" != 1 ]; then
  echo "=== fuzz smoke"
  scripts/fuzz.sh smoke 2>&1 | tee "$log/fuzz"
  st=${PIPESTATUS[0]}
  p=$(grep -c ': ok' "$log/fuzz"); f=$(grep -c ': FAILED' "$log/fuzz")
  passed=$((passed + p)); failed=$((failed + f))
  [ "$st" -ne 0 ] && { broken+=("fuzz"); [ "$f" -eq 0 ] && failed=$((failed + 1)); }
fi

echo
[ ${#broken[@]} -gt 0 ] && echo "failing suites: ${broken[*]}"
echo "tests: $passed passed, $failed failed"
[ ${#broken[@]} -eq 0 ]
