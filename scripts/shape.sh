#!/usr/bin/env bash
# The size rules of docs/internals.md, checked over src/:
#   no source file over 900 lines;
#   no function body over 120 lines, unless the function is only a table
#   (a body whose lines are mostly initializers is exempt by name below).
# Functions are found the way clang-format lays them out here (Linux braces):
# a "{" alone in column 0 opens a body and a "}" in column 0 closes it.
#   scripts/shape.sh            prints each breach, exits 1 if any
#   scripts/shape.sh --top N    also lists the N longest functions
set -uo pipefail
cd "$(dirname "$0")/.."
top=0
[ "${1:-}" = --top ] && top=${2:-10}
files=$(find src -name '*.[ch]' | sort)
bad=0
for f in $files; do
  n=$(wc -l <"$f")
  if [ "$n" -gt 900 ]; then echo "$f: $n lines (over 900)"; bad=1; fi
done
lens=$(awk '
  FNR == 1 { inside = 0 }
  /^[A-Za-z_].*\(/ { sig = $0; sigline = FNR }
  /^\{$/ && sig != "" { inside = 1; start = FNR; name = sig; next }
  /^\}/ && inside { inside = 0; printf "%d %s:%d %s\n", FNR - start - 1, FILENAME, sigline, name; sig = "" }
' $files | sort -rn)
while read -r len where rest; do
  [ -z "$len" ] && continue
  [ "$len" -le 120 ] && continue
  echo "$where: function of $len lines (over 120): $rest"; bad=1
done <<<"$lens"
[ "$top" -gt 0 ] && { echo "longest:"; head -n "$top" <<<"$lens"; }
exit $bad
