#!/usr/bin/env bash
# Re-bless the golden outputs of fixtures/ on purpose: rewrites every
# fixtures/<slug>/expected.txt, .json (metadata), .md and .html from pith's current output,
# then shows what changed. Read the diff before committing it. The
# hand-written "with"/"without" snippets in meta.json are never touched, and
# the fixture tests still check them.
#
#   tools/update-goldens.sh [BUILD_DIR]      (default: build)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
cmake --build "$build" --target fixture_test -j"$(nproc)"
PITH_UPDATE_GOLDENS=1 "$build/tests/fixture_test" --gtest_filter='*MatchesGolden*' >/dev/null
git status --short fixtures/
git diff --stat fixtures/
