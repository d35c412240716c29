#!/usr/bin/env bash
# The README's pip route, as a user follows it: a venv that sees Debian's
# packages, `pip install --no-build-isolation` of python/, then pith used from
# another directory. The module comes from BUILD_DIR (configured with
# -DPITH_PYTHON=ON and built already: setup.py only brings it up to date), so
# this takes seconds.
#
#   install_test.sh PYTHON BUILD_DIR SOURCE_DIR
set -euo pipefail
python=$1 build=$2 source=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$python" -m venv --system-site-packages "$work/venv" --without-pip  # Debian's pip is visible
cp -r "$source/python" "$work/src"  # pip builds in the tree it is given: keep the checkout clean
# Relative paths, as the README writes PITH_BUILD_DIR=build: taken from where
# pip was started, not from the tree pip builds in.
cd "$work"
PITH_SOURCE_DIR=$(realpath --relative-to=. "$source") PITH_BUILD_DIR=$(realpath --relative-to=. "$build") \
  "$work/venv/bin/python" -m pip install -q --no-build-isolation --no-deps ./src
"$work/venv/bin/python" - "$source" <<'PY'
import pathlib, sys
import pith
site = pathlib.Path(pith.__file__).parent
assert str(site).startswith(sys.prefix), (site, sys.prefix)  # the venv's copy, not the build tree's
for name in ("py.typed", "_core.pyi", "__init__.py", "_errors.py"):
    assert (site / name).exists(), name
page = pathlib.Path(sys.argv[1]) / "fixtures" / "seed-001-jnews" / "source.html"
article = pith.extract_file(page)
assert article.found and article.title.startswith("Xi says China"), article
print("installed", pith.__version__, "in", site)
PY
