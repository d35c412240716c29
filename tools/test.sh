#!/usr/bin/env bash
# The whole test suite: installs what is missing, builds with warnings as
# errors and the Python module, runs every test (the pytest suite too), then
# builds again with AddressSanitizer and UBSan and runs every C++ test there.
#
#   tools/test.sh            (build trees: build/ and build-asan/)
set -euo pipefail
cd "$(dirname "$0")/.."
tools/install-deps.sh
jobs=$(nproc)

cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPITH_WERROR=ON \
  -DPITH_PYTHON=ON -DPython3_EXECUTABLE=/usr/bin/python3 >/dev/null
cmake --build build -j"$jobs"
ctest --test-dir build -j"$jobs" --output-on-failure

cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DPITH_SANITIZE=ON -DPITH_WERROR=ON >/dev/null
cmake --build build-asan -j"$jobs"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir build-asan -j"$jobs" --output-on-failure
