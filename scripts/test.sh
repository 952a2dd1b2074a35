#!/usr/bin/env bash
# Runs the whole suite against an already built tree: C unit tests (prove),
# black-box and browser tests (node:test), and a short fuzz run per target.
#   scripts/test.sh BUILD_DIR      (build/rel or build/san)
# Ends with one summary line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/rel}
export CRIER_BIN=$PWD/$build/crier
passed=0; failed=0; failures=()

step() { # name, command...
  local name=$1; shift
  echo "=== $name"
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); failures+=("$name"); fi
}

units=$(ls "$build"/tests/test_* 2>/dev/null)
if [ -n "$units" ]; then
  step "unit tests" prove -e '' $units
fi
step "end-to-end tests" node --test --test-concurrency=1 --test-reporter=spec tests/e2e/
if [ "${SKIP_FUZZ:-0}" != 1 ]; then
  step "fuzz smoke" scripts/fuzz.sh smoke
fi

echo
[ ${#failures[@]} -gt 0 ] && echo "failed: ${failures[*]}"
echo "suites: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
