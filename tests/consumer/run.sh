#!/usr/bin/env bash
# Installs pith from BUILD_DIR into a temporary prefix, then builds
# tests/consumer against it with find_package(pith) and with pkg-config, and
# runs both on a fixture.
#   tests/consumer/run.sh BUILD_DIR
set -euo pipefail
src=$(cd "$(dirname "$0")/../.." && pwd)
build=$(cd "$1" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cmake --install "$build" --prefix "$work/prefix" >/dev/null
test -s "$work/prefix/share/man/man1/pith.1"  # the manual page is installed with pith
test -s "$work/prefix/share/bash-completion/completions/pith"  # and its bash completion
page="$src/fixtures/seed-000-wire/source.html"
cmake -S "$src/tests/consumer" -B "$work/cmake" -DCMAKE_PREFIX_PATH="$work/prefix" >/dev/null
cmake --build "$work/cmake" >/dev/null
"$work/cmake/consumer" "$page" | grep -q "Xi calls on China"
# The README's example program: metadata, then the article as Markdown.
"$work/cmake/summary" "$page" >"$work/summary.txt"
grep -q '^title: Xi calls on China' "$work/summary.txt"
grep -q '^# Xi calls on China' "$work/summary.txt"
libdir=$(ls -d "$work"/prefix/lib*/pkgconfig | head -n 1)
# A static pith links with plain --libs (its .pc names its dependencies
# public), and with --static as for any static library.
# shellcheck disable=SC2046
c++ -std=c++17 "$src/tests/consumer/main.cc" -o "$work/pc-consumer" \
  $(PKG_CONFIG_PATH="$libdir" pkg-config --cflags --libs pith)
"$work/pc-consumer" "$page" | grep -q "Xi calls on China"
# shellcheck disable=SC2046
c++ -std=c++17 "$src/examples/summary.cc" -o "$work/pc-summary" \
  $(PKG_CONFIG_PATH="$libdir" pkg-config --cflags --libs --static pith)
"$work/pc-summary" "$page" >"$work/pc-summary.txt"
grep -q '^title: Xi calls on China' "$work/pc-summary.txt"
echo "consumer: find_package(pith) and pkg-config builds both work, the README's example too"

# pith_add_fixture_test() as a user calls it: ctest passes on matching pages
# and fails, showing the diff, on a changed one.
(cd "$work/cmake" && ctest -R 'pages_good' --output-on-failure >/dev/null)
if (cd "$work/cmake" && ctest -R pages_bad --output-on-failure >"$work/bad.log" 2>&1); then
  echo "consumer: pages_bad passed, but its expectation differs from the page" >&2
  exit 1
fi
grep -q '^-From next month .* until nine' "$work/bad.log"
grep -q '^+From next month .* until eight' "$work/bad.log"
grep -q '1 page checked: 0 unchanged, 1 changed' "$work/bad.log"
echo "consumer: pith_add_fixture_test() passes and fails as it should"
