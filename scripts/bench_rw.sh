#!/bin/sh
# Issue 21's read-write sweep (make bench-rw): omen's updatable variants
# (btree_dyn, dpgm, gapped), RocksDB (in memory under /dev/shm, WAL off) and
# the peers ALEX and LIPP where their plugins are built (scripts/peers_env.sh;
# RW_PEERS="peer_alex" picks some, RW_PEERS=0 none) on real and synthetic sets with half of each set's distinct keys
# bulk-loaded, through GRE's mixes; then scripts/rw_report.py scores the
# targets into results/rw/README.md and plots/plot.py draws results/rw/plots/.
#   scripts/bench_rw.sh            run, report, plot (about 20 min here)
#   scripts/bench_rw.sh --report   report and plot from the committed CSV only
# Every pass is a fresh bulk-load and one stream (harness/measure_rw.c), all
# rows in the same round-robin passes. --budget: a row whose first pass takes
# longer than RW_BUDGET seconds runs the prefix that pass reached (RocksDB, at
# 5-20 us an operation here), validated like the rest; its ops column says
# how many. Sizes: 10M keys a set, the largest at which the sweep fits in 20
# minutes on this 2-core machine (100M would take about ten times as long).
set -eu
cd "$(dirname "$0")/.."
OUT=results/rw
mkdir -p "$OUT"
N="${RW_N:-10M}"
OPS="${RW_OPS:-500K}"
BUDGET="${RW_BUDGET:-1.5}"
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
    idx=btree_dyn,dpgm,gapped,rocksdb:wal=0
    peers="${RW_PEERS:-peer_alex peer_lipp}"
    [ "$peers" = 0 ] && peers=
    if [ -n "$peers" ]; then
        . scripts/peers_env.sh
        for p in $(echo "$peers" | tr , ' '); do
            if peers_have "$p"; then
                idx="$idx,$p"
            else
                echo "bench-rw: $p is not built; running without it (build it: cmake -S . -B build-peers" \
                     "-DOMEN_ALEX_DIR=/path/to/ALEX -DOMEN_LIPP_DIR=/path/to/lipp &&" \
                     "cmake --build build-peers --target $p; README, \"Peers\")" >&2
            fi
        done
    fi
    shm=/dev/shm
    [ -d "$shm" ] && [ -w "$shm" ] || { echo "bench-rw: no writable /dev/shm; RocksDB runs in ${TMPDIR:-/tmp}" >&2; shm="${TMPDIR:-/tmp}"; }
    TMPDIR="$shm" ./build/omen-bench --data "$data" --index "$idx" \
        --workload "$WL" --lookups "$OPS" --budget "$BUDGET" --repeat 5 --schedule dataset \
        --format csv,md --out "$OUT/rw.csv"
    # omen-bench removes its checkpoint when it finishes; one left behind means
    # the process ended early with status 0 (LIPP's assertion calls exit(0)).
    if [ -f "$OUT/rw.csv.partial" ]; then
        echo "bench-rw: omen-bench ended before finishing (a plugin exiting the process?);" \
             "finished rows are in $OUT/rw.csv.partial; no report written" >&2
        exit 1
    fi
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
