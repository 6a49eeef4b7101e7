#!/bin/sh
# What RocksDB's assertions cost (issue 17): the claim-1 RocksDB rows run by two
# omen builds, one linked to the system's RocksDB (Debian's, assertions on; in
# build-rocksdb-debian/) and one to `make rocksdb-release`'s (same source,
# -DNDEBUG; build/), back to back, each with binsearch in the same passes, so
# that rel_ns (a row's time over binsearch's, which uses no RocksDB) cancels the
# host's drift between the two processes. Writes results/claims/rocksdb_debian.csv
# and rocksdb_release.csv (their provenance says which build each linked);
# `make claims` reports the ratio.
#   scripts/rocksdb_assert_cost.sh
set -eu
cd "$(dirname "$0")/.."
REL=build/rocksdb-release/install/lib/librocksdb.so
if [ ! -f "$REL" ]; then
    echo "rocksdb-assert-cost: $REL is missing; run make rocksdb-release first" >&2
    exit 1
fi
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DOMEN_USE_ROCKSDB_RELEASE=ON >/dev/null
cmake --build build -j 2 --target omen-bench >/dev/null
cmake -S . -B build-rocksdb-debian -DCMAKE_BUILD_TYPE=Release -DOMEN_USE_ROCKSDB_RELEASE=OFF >/dev/null
cmake --build build-rocksdb-debian -j 2 --target omen-bench >/dev/null
OUT=results/claims
IDX="binsearch,rocksdb:cache_mb=4096,rocksdb:cache_mb=8,rocksdb:cache_mb=4096,index=hash,data_hash=1,pin=1,filters_for_hits=1"
shm=/dev/shm
[ -d "$shm" ] && [ -w "$shm" ] || shm="${TMPDIR:-/tmp}"
for b in build build-rocksdb-debian; do
    case $b in build) name=release ;; *) name=debian ;; esac
    TMPDIR="$shm" "./$b/omen-bench" --data lognormal:10M,uniform_sparse:10M --index "$IDX" \
        --workload point --threads 1 --lookups 300K --budget 0.5 --repeat 5 \
        --format csv --out "$OUT/rocksdb_$name.csv"
done
