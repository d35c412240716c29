#!/usr/bin/env bash
# Shows that the strip pass's pruning (attributes pith never reads, end
# tags' attributes, the content of inline <svg>) changes no output: scores
# each bench set with it and without it (bench --no-prune) and compares,
# byte for byte, the predictions (--out) and every page's whole article as
# JSON with its blocks, scores, decisions, links and images (--dump).
#
#   tools/check-identical.sh [--build DIR] SET_DIR...
#
# SET_DIR holds html/ like the sets in ../shared/bench. Exits 0 when every
# set is identical, 1 when one differs (its first differing page is shown),
# 2 on bad usage or a failed run.
set -euo pipefail
build=build
if [ "${1:-}" = --build ]; then build=${2:?--build needs a directory}; shift 2; fi
[ $# -gt 0 ] || { echo "usage: tools/check-identical.sh [--build DIR] SET_DIR..." >&2; exit 2; }
bench="$build/bench"
[ -x "$bench" ] || { echo "check-identical: no $bench (build the bench target)" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
for dir in "$@"; do
  [ -d "$dir/html" ] || { echo "check-identical: $dir/html is not a directory" >&2; exit 2; }
  name=$(basename "$dir")
  p="$tmp/$name.pruned" f="$tmp/$name.full"
  "$bench" "$dir" --out "$p.json" --dump "$p.tsv" >/dev/null ||
    { echo "check-identical: bench failed on $dir" >&2; exit 2; }
  "$bench" "$dir" --no-prune --out "$f.json" --dump "$f.tsv" >/dev/null ||
    { echo "check-identical: bench --no-prune failed on $dir" >&2; exit 2; }
  pages=$(wc -l <"$p.tsv")
  if cmp -s "$p.json" "$f.json" && cmp -s "$p.tsv" "$f.tsv"; then
    echo "check-identical: $name: $pages pages, predictions and articles identical" \
      "with and without pruning"
  else
    status=1
    differ=$(diff "$p.tsv" "$f.tsv" | grep -c '^<' || true)
    first=$(diff "$p.tsv" "$f.tsv" | grep -m1 '^<' | cut -c3- | cut -f1 || true)
    echo "check-identical: $name: $differ of $pages pages DIFFER with and without pruning;" \
      "first: $first" >&2
  fi
done
exit $status
