#!/bin/sh
# Issue 21's read-write sweep (make bench-rw): omen's updatable variants
# (btree_dyn, dpgm, gapped) and RocksDB (in memory under /dev/shm, WAL off)
# on real and synthetic sets with half of each set's distinct keys
# bulk-loaded, through GRE's mixes; then scripts/rw_report.py scores the
# targets into results/rw/README.md and plots/plot.py draws results/rw/plots/.
#   scripts/bench_rw.sh            run, report, plot (about 15 min here)
#   scripts/bench_rw.sh --report   report and plot from the committed CSVs only
# Every pass is a fresh bulk-load and one whole stream (harness/measure_rw.c).
# RocksDB runs its own, shorter streams of the same mixes (RW_ROCKSDB_OPS):
# at ~15 us an operation here, the omen streams would take it an hour. Sizes:
# 10M keys a set, the largest at which the sweep fits in 20 minutes on this
# 2-core machine (100M would take about ten times as long).
set -eu
cd "$(dirname "$0")/.."
OUT=results/rw
mkdir -p "$OUT"
N="${RW_N:-10M}"
OPS="${RW_OPS:-1M}"
ROCKSDB_OPS="${RW_ROCKSDB_OPS:-100K}"
WL="${RW_WORKLOADS:-rw:90,rw:50,rw:10,rw:0,scan:100,delete:10,shift}"
if [ "${1:-}" != --report ]; then
    data="lognormal:$N,uniform_sparse:$N"
    for f in genome_10M borders_s2_10M; do
        if [ -f "datasets/data/$f" ]; then
            data="datasets/data/$f,$data"
        else
            echo "bench-rw: datasets/data/$f is missing (make datasets); running without it" >&2
        fi
    done
    shm=/dev/shm
    [ -d "$shm" ] && [ -w "$shm" ] || { echo "bench-rw: no writable /dev/shm; RocksDB runs in ${TMPDIR:-/tmp}" >&2; shm="${TMPDIR:-/tmp}"; }
    ./build/omen-bench --data "$data" --index btree_dyn,dpgm,gapped --workload "$WL" \
        --lookups "$OPS" --repeat 5 --schedule dataset --format csv,md --out "$OUT/omen.csv"
    TMPDIR="$shm" ./build/omen-bench --data "$data" --index rocksdb:wal=0 --workload "$WL" \
        --lookups "$ROCKSDB_OPS" --repeat 3 --schedule dataset --format csv,md --out "$OUT/rocksdb.csv"
fi
python3 scripts/rw_report.py "$OUT"
PY=python3
[ -x /usr/bin/python3 ] && PY=/usr/bin/python3
if command -v gnuplot >/dev/null 2>&1; then
    $PY plots/plot.py "$OUT/rw.csv" "$OUT/plots" --formats svg,png
else
    echo "bench-rw: gnuplot is missing (make deps); no plots" >&2
fi
echo "bench-rw: wrote $OUT/README.md"
