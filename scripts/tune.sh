#!/bin/sh
# The parameter sweeps behind the index variants' defaults (issue 4), and the
# table of the family's speed at 100M keys. Writes results/tuning/*.csv (with
# provenance), results/tuning.md and results/index-family.md. About 10 min.
# Passes are short and many (500K lookups, 11 repeats) so that a burst of load
# from other tenants of this host costs a few passes, which the median drops.
#   scripts/tune.sh [SIZES]     SIZES defaults to "10M 100M"
set -eu
cd "$(dirname "$0")/.."
SIZES="${1:-10M 100M}"
INDEXES='binsearch,btree,btree:fanout=16|32,btree:hint=t0,sep=64,linear,linear:segments=4096|16384|262144,rmi,rmi:branches=16384|65536|262144|1048576,pla,pla:eps=32|64|128,radixspline,radixspline:max_error=32|64'
mkdir -p results/tuning
for n in $SIZES; do
    ./build/omen-bench --data "lognormal:$n,uniform_sparse:$n,zipf_gaps:$n" --index "$INDEXES" \
        --lookups 500K --repeat 11 --stats --format csv,md --out "results/tuning/sweep-$n.csv" \
        >"results/tuning/stats-$n.txt"
done
python3 scripts/family_report.py $SIZES
