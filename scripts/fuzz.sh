#!/usr/bin/env bash
# Builds and runs the libFuzzer targets in tests/fuzz/.
#   scripts/fuzz.sh smoke [name...]   each target for FUZZ_SECONDS (default 3)
#   scripts/fuzz.sh long  [name...]   each target for FUZZ_SECONDS (default 120)
#   scripts/fuzz.sh build [name...]   build only
# A target is tests/fuzz/fuzz_<name>.c whose first line names the sources it
# needs:   // FUZZ_SOURCES: src/a.c src/b.c
# continued, when it would pass the 100 columns clang-format keeps, on the
# '//' lines right after it; a source may be a glob (src/digest*.c), so that
# a new file of a family is built in. A line '// FUZZ_LIBS: -lx ...' after them
# names the libraries the target needs beyond the common ones.
# Each run starts from a temporary copy of tests/fuzz/corpus/<name>/, so runs
# never add files to the repository. Crash inputs are kept in
# tests/fuzz/build/<target>-crash-*. Exits non-zero if any target fails to
# build or crashes; prints one line per target.
set -uo pipefail
cd "$(dirname "$0")/.." || exit 1

mode=${1:-smoke}
shift || true
case $mode in
  smoke) secs=${FUZZ_SECONDS:-3} ;;
  long) secs=${FUZZ_SECONDS:-120} ;;
  build) secs=0 ;;
  *) echo "usage: $0 smoke|long|build [name...]" >&2; exit 2 ;;
esac

CC=${FUZZ_CC:-clang}
if ! command -v "$CC" >/dev/null; then
  echo "fuzz: $CC not found (scripts/deps.sh test installs clang)" >&2
  exit 1
fi
CFLAGS="-std=c11 -D_GNU_SOURCE -g -O1 -fno-omit-frame-pointer -Werror=implicit-function-declaration
  -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all -Isrc
  $(pkg-config --cflags jansson libuv libxml-2.0 2>/dev/null)"
LIBS="-lhttp_parser -lcrypto -ljansson -lcmark -lxml2 -lpthread -lm"
out=tests/fuzz/build
mkdir -p "$out"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

targets=()
if [ $# -gt 0 ]; then
  for n in "$@"; do targets+=("tests/fuzz/fuzz_${n#fuzz_}.c"); done
else
  for f in tests/fuzz/fuzz_*.c; do [ -e "$f" ] && targets+=("$f"); done
fi
if [ ${#targets[@]} -eq 0 ]; then
  echo "fuzz: no targets in tests/fuzz/" >&2
  exit 1
fi

fail=0
for src in "${targets[@]}"; do
  t=$(basename "$src" .c)
  name=${t#fuzz_}
  if [ ! -f "$src" ]; then
    echo "$t: FAILED (no such target $src)"
    fail=1
    continue
  fi
  srcs=$(awk 'NR == 1 && !sub(/^\/\/[[:space:]]*FUZZ_SOURCES:/, "") { exit }
              NR > 1 && !sub(/^\/\//, "") { exit }
              /^[[:space:]]*FUZZ_LIBS:/ { exit }
              { print }' "$src")
  libs=$(sed -n 's/^\/\/[[:space:]]*FUZZ_LIBS://p' "$src" | head -n 1)
  # A generated source (build/rel/dictpairs.c) is made first, by a make of
  # its own: a sanitized make above would build under build/san instead.
  for f in $srcs; do
    case $f in build/rel/*) [ -f "$f" ] || env -u MAKEFLAGS -u MAKELEVEL make -s SANITIZE= "$f" >"$tmp/$t.make" 2>&1 ;; esac
  done
  # shellcheck disable=SC2086
  if ! $CC $CFLAGS -o "$out/$t" "$src" $srcs $LIBS $libs 2>"$tmp/$t.build"; then
    echo "$t: FAILED (build)"
    sed 's/^/  /' "$tmp/$t.build" | head -n 40
    fail=1
    continue
  fi
  [ "$mode" = build ] && { echo "$t: built"; continue; }

  corpus="$tmp/corpus-$name"
  mkdir -p "$corpus"
  if [ -d "tests/fuzz/corpus/$name" ]; then
    cp -R "tests/fuzz/corpus/$name/." "$corpus/"
  fi
  log="$out/$t.log"
  "$out/$t" -max_total_time="$secs" -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 \
    -artifact_prefix="$out/$t-" "$corpus" >"$log" 2>&1
  rc=$?
  runs=$(sed -n 's/^stat::number_of_executed_units:[[:space:]]*//p' "$log" | tail -n 1)
  [ -n "$runs" ] || runs=$(sed -n 's/^Done \([0-9]*\) runs.*/\1/p' "$log" | tail -n 1)
  if [ $rc -eq 0 ]; then
    echo "$t: ok (${runs:-?} runs)"
  else
    echo "$t: FAILED (exit $rc after ${runs:-?} runs; log $log)"
    grep -E 'ERROR|SUMMARY|Test unit written|runtime error' "$log" | head -n 10 | sed 's/^/  /'
    fail=1
  fi
done
exit $fail
