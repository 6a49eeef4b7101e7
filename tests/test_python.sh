#!/bin/sh
# The Python package's tests (python/tests, pytest) against the freshly built
# library: test_python.sh PYTHON3 LIBOMEN.so LAYOUT_BIN OUTDIR [SANITIZERS].
# Skipped (exit 77, the reason in OUTDIR/test_python.skipped) when numpy is
# missing, or under sanitizers (an instrumented libomen.so cannot be loaded
# into an uninstrumented python3); a missing pytest is a failure (make deps
# installs it).
set -u
PY=$1 LIB=$2 LAYOUT=$3 OUT=$4 SAN=${5:-}
SRC=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$OUT"
rm -f "$OUT/test_python.skipped"
if [ -n "$SAN" ]; then
    echo "test_python: skipped: libomen.so is built with -fsanitize=$SAN, which python3 cannot load; make test runs it" \
        >"$OUT/test_python.skipped"
    exit 77
fi
if ! "$PY" -c 'import numpy' 2>/dev/null; then
    # CTest shows nothing for a skipped test; `make test` prints this file.
    echo "test_python: skipped: $PY has no numpy (apt-get install python3-numpy, or make deps)" \
        >"$OUT/test_python.skipped"
    exit 77
fi
if ! "$PY" -c 'import pytest' 2>/dev/null; then
    echo "test_python: $PY has no pytest: apt-get install python3-pytest (or make deps)" >&2
    exit 1
fi
cd "$OUT" || exit 1
OMEN_LIB=$LIB OMEN_LAYOUT_BIN=$LAYOUT exec "$PY" -m pytest -q -p no:cacheprovider \
    --rootdir "$SRC/python" "$SRC/python/tests"
