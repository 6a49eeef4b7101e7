#!/bin/sh
# make python: installs the omen package (python/) with pip, with no network
# and no build isolation (Debian's python3-setuptools builds it), bundling
# this build's libomen.so and include/omen.h so the installed package works
# without `make install`.
#   python_install.sh PYTHON3 BUILD_DIR [pip install options...]
# Default options: --break-system-packages, which Debian's pip requires for
# any install outside apt (PEP 668); pip puts it under /usr/local, apart from
# apt's packages. Give e.g. `--target DIR` or `--user` instead (PIP_ARGS=).
set -eu
PY=$1 BUILD=$2
shift 2
SRC=$(cd "$(dirname "$0")/.." && pwd)
if [ ! -f "$BUILD/libomen.so" ]; then
    echo "omen: $BUILD/libomen.so is missing: build omen first (make)" >&2
    exit 1
fi
if ! "$PY" -m pip --version >/dev/null 2>&1; then
    echo "omen: $PY has no pip: apt-get install python3-pip (or set PYTHON3=)" >&2
    exit 1
fi
STAGE="$BUILD/python-pkg"
rm -rf "$STAGE"
mkdir -p "$STAGE/omen"
cp "$SRC/python/pyproject.toml" "$SRC/python/README.md" "$STAGE/"
cp "$SRC"/python/omen/*.py "$STAGE/omen/"
cp "$SRC/include/omen.h" "$STAGE/omen/"
cp -L "$BUILD/libomen.so" "$STAGE/omen/libomen.so"
[ $# -gt 0 ] || set -- --break-system-packages
"$PY" -m pip install --no-index --no-build-isolation --no-deps --disable-pip-version-check --root-user-action=ignore \
    --quiet "$@" "$STAGE"
echo "omen: installed the omen package for $PY ($*)"
