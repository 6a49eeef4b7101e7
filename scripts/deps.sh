#!/bin/sh
# Installs what omen needs on Debian/Ubuntu with apt; elsewhere prints the
# packages and stops. Does nothing (and says so) when everything is present.
set -eu

PACKAGES="gcc g++ make cmake git libxxhash-dev libbenchmark-dev librocksdb-dev gnuplot-nox \
gcc-aarch64-linux-gnu libc6-dev-arm64-cross qemu-user-static python3 curl ca-certificates \
wamerican-insane python3-markdown chromium chromium-driver python3-selenium python3-numpy \
python3-netcdf4 pkgconf python3-pytest python3-cffi python3-pip python3-setuptools"

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
    echo "omen: this is not a Debian/Ubuntu system, so 'make deps' cannot install for you." >&2
    echo "omen: install the equivalents of these Debian packages, then run make again:" >&2
    echo "  $PACKAGES" >&2
    exit 1
fi

missing=""
for p in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done

if [ -z "$missing" ]; then
    echo "omen: all dependencies are installed; nothing to do."
    exit 0
fi

echo "omen: installing missing packages:$missing"
if [ "$(id -u)" -eq 0 ]; then
    SUDO=""
elif command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
else
    echo "omen: not root and no sudo; run as root: apt-get install -y$missing" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq $missing
