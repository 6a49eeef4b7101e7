#!/bin/sh
# The performance frontier (issue 8): omen's indexes against PGM-index and
# RadixSpline through the peer adapters, batched lookups, two threads and the
# memory floor, at SOSD's scale. Needs a build with the peers:
#   cmake -S . -B build-peers -DOMEN_PGM_DIR=... -DOMEN_RADIXSPLINE_DIR=... && cmake --build build-peers
#   scripts/frontier.sh [N]      (N defaults to 200M; about 20 minutes)
# Writes results/frontier/*.csv (with provenance) and results/frontier.md.
set -eu
cd "$(dirname "$0")/.."
N="${1:-200M}"
B=build-peers/omen-bench
[ -x "$B" ] || { echo "frontier: build build-peers first (see the header of this script)" >&2; exit 1; }
sh datasets/make_datasets.sh geoip >/dev/null  # only geoip_ipv4 is used here
DATA="lognormal:$N,uniform_sparse:$N,zipf_gaps:$N,datasets/data/geoip_ipv4"
OUT=results/frontier
mkdir -p $OUT
# One lookup at a time, every variant and the peers' main settings, and the floor.
$B --schedule dataset --data "$DATA" --floor --lookups 1M --repeat 5 --budget 1 --quiet --out $OUT/single.csv \
   --index 'binsearch,btree,linear,rmi,pla,radixspline,peer_pgm:eps=16|64|128,peer_radixspline,peer_radixspline:radix_bits=22,max_error=16'
# Batched: 64 lookups per call through each variant's get_batch.
$B --schedule dataset --data "$DATA" --batch 64 --lookups 1M --repeat 5 --quiet --out $OUT/batch.csv \
   --index 'btree,linear,rmi,pla,radixspline'
# Two threads against one, batched and not, for the best variants.
$B --schedule dataset --data "$DATA" --threads 1,2 --lookups 2M --repeat 5 --quiet --out $OUT/threads.csv \
   --index 'rmi,pla'
$B --schedule dataset --data "$DATA" --threads 1,2 --batch 64 --lookups 2M --repeat 5 --quiet --out $OUT/threads-batch.csv \
   --index 'rmi,pla'
python3 scripts/frontier_report.py
