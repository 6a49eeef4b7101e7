#!/bin/sh
# make rocksdb-release: Debian's own RocksDB source package (the version the
# system's librocksdb-dev has), rebuilt with -DNDEBUG -O2 under
# build/rocksdb-release, so RocksDB's assertions do not run in its timings.
# Debian's package is built with assertions on. CMake prefers
# build/rocksdb-release/install when it exists (re-run make after this).
# Everything apt needs lives under build/apt-src: the system's package lists
# are not touched.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
APT="$ROOT/build/apt-src"
OUT="$ROOT/build/rocksdb-release"
mkdir -p "$APT/lists/partial" "$APT/cache/archives/partial" "$OUT/src"
VERSION=$(dpkg-query -W -f='${Version}' librocksdb-dev 2>/dev/null || true)
if [ -z "$VERSION" ]; then
    echo "omen: librocksdb-dev is not installed; run make deps first" >&2
    exit 1
fi
if [ ! -d "$OUT/src/tree" ]; then
cat >"$APT/sources.list" <<LIST
deb-src http://deb.debian.org/debian bookworm main
LIST
OPTS="-o Dir::Etc::SourceList=$APT/sources.list -o Dir::Etc::SourceParts=/dev/null \
-o Dir::State::Lists=$APT/lists -o Dir::Cache=$APT/cache -o Debug::NoLocking=1"
# shellcheck disable=SC2086
if ! apt-get $OPTS update >"$APT/update.log" 2>&1; then
    echo "omen: cannot reach Debian's source archive (apt-get update with a deb-src line):" >&2
    tail -5 "$APT/update.log" >&2
    exit 1
fi
cd "$OUT/src"
# shellcheck disable=SC2086
if ! apt-get $OPTS source --download-only "rocksdb=$VERSION" >"$APT/source.log" 2>&1; then
    echo "omen: apt-get source rocksdb=$VERSION failed:" >&2
    tail -5 "$APT/source.log" >&2
    exit 1
fi
dpkg-source -x --no-check ./*.dsc tree >/dev/null
fi
cd "$OUT/src"
# RocksDB's own CMake build, its shared library only, without assertions.
cmake -S tree -B build -DCMAKE_BUILD_TYPE=Release -DCMAKE_C_FLAGS_RELEASE="-O2 -DNDEBUG" \
    -DCMAKE_CXX_FLAGS_RELEASE="-O2 -DNDEBUG" -DWITH_TESTS=OFF -DWITH_TOOLS=OFF \
    -DWITH_BENCHMARK_TOOLS=OFF -DWITH_CORE_TOOLS=OFF -DWITH_GFLAGS=OFF -DROCKSDB_BUILD_SHARED=ON \
    -DWITH_SNAPPY=ON -DWITH_LZ4=ON -DWITH_ZSTD=ON -DPORTABLE=ON -DFAIL_ON_WARNINGS=OFF \
    -DCMAKE_INSTALL_PREFIX="$OUT/install" >"$OUT/cmake.log" 2>&1
# One job, niced: the machine is shared with timing runs (hours at one job on
# two cores; an interrupted build resumes where it stopped).
echo "omen: building RocksDB $VERSION with ${ROCKSDB_JOBS:-1} job(s), for hours; log: $OUT/build.log"
nice -n 19 cmake --build build -j "${ROCKSDB_JOBS:-1}" --target rocksdb-shared >"$OUT/build.log" 2>&1
cmake --install build >"$OUT/install.log" 2>&1 || {
    mkdir -p "$OUT/install/lib" "$OUT/install/include"
    cp -a build/librocksdb.so* "$OUT/install/lib/"
    cp -a tree/include/rocksdb "$OUT/install/include/"
}
echo "omen: RocksDB $VERSION without assertions in $OUT/install; run make to use it"
