#!/usr/bin/env bash
# Builds the libFuzzer targets with clang, AddressSanitizer and UBSan, and runs
# them for SECONDS in all (default 120): the extraction on a corpus seeded
# from fixtures/ for half of it, pith check's config and diff on fixtures'
# goldens for a quarter, and the parsers of the fetch and archive layers
# (robots.txt; sitemaps, feeds and page links; WARC; URL resolution's fast
# path against libcurl), each seeded from tools/fuzz/seed-NAME*, sharing the
# last quarter. Findings land in build-fuzz/findings/ and fail the run; turn
# each into a fixture or a test.
#
#   tools/fuzz.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-120}
tools/install-deps.sh
missing=()
for p in clang libclang-rt-14-dev; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
# ccache, when installed, makes a rebuild cheap (CI runs this often). It only
# caches the compiler's output for the same flags: the targets are the same.
# Without it the launcher is cleared, should build-fuzz remember one.
launcher=$(command -v ccache || true)
CC=clang CXX=clang++ cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DPITH_FUZZ=ON -DPITH_SANITIZE=ON -DPITH_BUILD_TESTS=OFF -DPITH_BUILD_TOOLS=OFF \
  -DCMAKE_C_COMPILER_LAUNCHER="$launcher" -DCMAKE_CXX_COMPILER_LAUNCHER="$launcher" >/dev/null
parsers=(robots discover warc url)
cmake --build build-fuzz -j"$(nproc)" --target pith_fuzz pith_check_fuzz "${parsers[@]/#/pith_fuzz_}"
mkdir -p build-fuzz/corpus build-fuzz/findings
for f in fixtures/*/source.html; do cp "$f" "build-fuzz/corpus/$(basename "$(dirname "$f")").html"; done
cp tools/fuzz/seed-*.warc build-fuzz/corpus/  # saved downloads take another path through Extract
check_seconds=$((seconds / 4)); [ "$check_seconds" -ge 1 ] || check_seconds=1
parser_seconds=$((seconds / 4 / ${#parsers[@]})); [ "$parser_seconds" -ge 1 ] || parser_seconds=1
UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
  build-fuzz/pith_fuzz build-fuzz/corpus -max_total_time="$((seconds - 2 * check_seconds))" -timeout=20 \
  -rss_limit_mb=2048 -max_len=200000 -artifact_prefix=build-fuzz/findings/ -print_final_stats=1
# pith check's inputs: a byte, a pith-check file, NUL, an expectation, NUL, an output.
mkdir -p build-fuzz/check-corpus
for d in fixtures/*/; do
  slug=$(basename "$d")
  { printf 'A'; cat fixtures/pith-check; printf '\0'; cat "$d/expected.txt"; printf '\0'; cat "$d/expected.md"; } \
    >"build-fuzz/check-corpus/$slug-text"
  { printf 'B'; printf 'format = json\0'; cat "$d/expected.json"; printf '\0'; sed 's/"title"/"name"/' "$d/expected.json"; } \
    >"build-fuzz/check-corpus/$slug-json"
done
UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
  build-fuzz/pith_check_fuzz build-fuzz/check-corpus -max_total_time="$check_seconds" -timeout=20 \
  -rss_limit_mb=2048 -max_len=60000 -artifact_prefix=build-fuzz/findings/ -print_final_stats=1
for p in "${parsers[@]}"; do
  mkdir -p "build-fuzz/corpus-$p"
  cp tools/fuzz/seed-"$p"* "build-fuzz/corpus-$p/"
  UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
    "build-fuzz/pith_fuzz_$p" "build-fuzz/corpus-$p" -max_total_time="$parser_seconds" -timeout=20 \
    -rss_limit_mb=2048 -max_len=200000 -artifact_prefix=build-fuzz/findings/ -print_final_stats=1
done
