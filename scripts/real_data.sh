#!/bin/sh
# Issue 16's sweep: every variant at its default (and the peers' main
# settings, where their plugins are built: scripts/peers_env.sh) on the real key sets and on the
# synthetic sets at 100M keys, one lookup at a time, and once more on the large real
# sets whole (100M-200M keys, SOSD's scale; their 10M samples are what make bench
# times); then
# scripts/real_data_report.py scores the four targets into results/real-data.md.
#   scripts/real_data.sh            run and report (about 25 min here)
#   scripts/real_data.sh --report   report from the committed CSVs only
# Real sets: every file under datasets/data/ with at least 1M keys, a large
# set through its 10M sample (X_10M beside X: see datasets/README.md);
# `make datasets` first. Peers: the plugins scripts/peers_env.sh finds.
set -eu
cd "$(dirname "$0")/.."
OUT=results/real-data
mkdir -p "$OUT"
if [ "${1:-}" != --report ]; then
    B=build/omen-bench
    PEERS=""
    . scripts/peers_env.sh
    if peers_have peer_pgm && peers_have peer_radixspline; then
        PEERS=',peer_pgm:eps=16|64|128,peer_radixspline,peer_radixspline:radix_bits=22,max_error=16'
    else
        echo "real-data: the peer_pgm and peer_radixspline plugins are not both built" \
             "(scripts/peers_env.sh says how); the peer target is left unscored" >&2
    fi
    real=$(sh scripts/real_sets.sh)
    [ -n "$real" ] || { echo "real-data: no real set of 1M keys or more; run make datasets" >&2; exit 1; }
    IDX="binsearch,btree,linear,rmi,pla,radixspline$PEERS"
    "$B" --data "$real" --index "$IDX" --lookups 300K --repeat 9 --stats \
        --format csv,md --out "$OUT/real.csv" >"$OUT/real-stats.txt"
    "$B" --data lognormal:100M,uniform_sparse:100M,zipf_gaps:100M --index "$IDX" --lookups 300K \
        --repeat 9 --stats --schedule dataset --format csv,md --out "$OUT/synthetic-100M.csv" \
        >"$OUT/synthetic-100M-stats.txt"
    full=$(sh scripts/real_sets.sh --full)
    if [ -n "$full" ]; then
        "$B" --data "$full" --index "$IDX" --lookups 300K --repeat 9 --stats --schedule dataset \
            --format csv,md --out "$OUT/real-full.csv" >"$OUT/real-full-stats.txt"
    fi
fi
python3 scripts/real_data_report.py "$OUT/real.csv" "$OUT/synthetic-100M.csv" \
    "$OUT/real-full.csv" >results/real-data.md.tmp
mv results/real-data.md.tmp results/real-data.md
echo "real-data: wrote results/real-data.md"
