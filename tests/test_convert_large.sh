#!/bin/sh
# Runs test_convert_large.py with a python3 that has Debian's numpy and
# netCDF4 (a pyenv or venv python3 first on PATH does not see them).
cd "$(dirname "$0")"
for p in python3 /usr/bin/python3; do
    if "$p" -c 'import numpy, netCDF4' 2>/dev/null; then
        exec "$p" -W ignore::RuntimeWarning -m unittest test_convert_large
    fi
done
echo "test_convert_large: no python3 with numpy and netCDF4; run 'make deps' (python3-numpy, python3-netcdf4)" >&2
exit 1
