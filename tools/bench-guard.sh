#!/usr/bin/env bash
# Regression guard: runs tools/bench on each development set and fails when
# F1 falls more than 0.005 below the figure recorded in
# tools/bench/baseline.json. Not part of the unit tests; CI runs it when the
# sets are present.
#
#   tools/bench-guard.sh BENCH_DIR [BUILD_DIR]            check
#   tools/bench-guard.sh BENCH_DIR [BUILD_DIR] --update   record higher figures
#   ... --update --allow-regression                       record lower ones too
#
# BENCH_DIR holds the sets (scrapinghub/, trafilatura-dev/, wcxb-dev/), e.g.
# ../shared/bench.
set -euo pipefail
cd "$(dirname "$0")/.."
bench_dir=${1:?usage: tools/bench-guard.sh BENCH_DIR [BUILD_DIR] [--update [--allow-regression]]}
shift
build=build
if [ $# -gt 0 ] && [ "${1#--}" = "$1" ]; then build=$1; shift; fi
update=0 allow=0
for a in "$@"; do
  case $a in
    --update) update=1 ;;
    --allow-regression) allow=1 ;;
    *) echo "bench-guard: unknown option $a" >&2; exit 2 ;;
  esac
done
baseline=tools/bench/baseline.json
status=0
for set in scrapinghub trafilatura-dev wcxb-dev; do
  [ -d "$bench_dir/$set/html" ] || { echo "bench-guard: no $bench_dir/$set" >&2; exit 2; }
  line=$("$build/bench" "$bench_dir/$set" --quality-only | grep -E '^(pages|docs) ')
  f1=$(sed -E 's/.*F1 ([0-9.]+).*/\1/' <<<"$line")
  p=$(sed -E 's/.*precision ([0-9.]+).*/\1/' <<<"$line")
  r=$(sed -E 's/.*recall ([0-9.]+).*/\1/' <<<"$line")
  recorded=$(python3 -c "import json,sys; print(json.load(open('$baseline'))['$set']['f1'])")
  verdict=$(python3 -c "print('drop' if $f1 < $recorded - 0.005 else 'ok')")
  echo "bench-guard: $set F1 $f1 (precision $p, recall $r); recorded $recorded: $verdict"
  if [ "$update" = 1 ]; then
    if python3 -c "import sys; sys.exit(0 if $f1 >= $recorded or $allow else 1)"; then
      python3 - "$baseline" "$set" "$f1" "$p" "$r" <<'PY'
import json, sys
path, name, f1, p, r = sys.argv[1], sys.argv[2], *map(float, sys.argv[3:])
data = json.load(open(path))
data[name] = {"f1": f1, "precision": p, "recall": r}
open(path, "w").write(json.dumps(data, indent=2) + "\n")
PY
    else
      echo "bench-guard: not lowering $set below $recorded without --allow-regression" >&2
      status=1
    fi
  elif [ "$verdict" = drop ]; then
    status=1
  fi
done
exit $status
