#!/usr/bin/env bash
# Re-bless the golden outputs of fixtures/ on purpose: `pith check --update
# fixtures` rewrites every changed fixtures/<slug>/expected.txt, .md, .html and
# .json (the formats and JSON fields are in fixtures/pith-check) and lists
# them with their diffs. Read the diff before committing it. The hand-written
# "with"/"without" snippets in meta.json are never touched, and the fixture
# tests still check them.
#
#   tools/update-goldens.sh [BUILD_DIR]      (default: build)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
cmake --build "$build" --target pith_cli -j"$(nproc)"
"$build/pith" check --update fixtures
git diff --stat fixtures/
