#!/bin/sh
# The performance frontier (issue 8): omen's indexes against PGM-index and
# RadixSpline through the peer adapters, batched lookups, two threads and the
# memory floor, at SOSD's scale. Needs build/ and the peer plugins
# (peer_pgm, peer_radixspline; scripts/peers_env.sh says how to build them).
#   scripts/frontier.sh [N]      (N defaults to 200M; about 20 minutes)
# Writes results/frontier/*.csv (with provenance) and results/frontier.md.
set -eu
cd "$(dirname "$0")/.."
N="${1:-200M}"
B=build/omen-bench
[ -x "$B" ] || { echo "frontier: run make first" >&2; exit 1; }
. scripts/peers_env.sh
peers_have peer_pgm && peers_have peer_radixspline ||
    { echo "frontier: build the peer_pgm and peer_radixspline plugins first (scripts/peers_env.sh)" >&2; exit 1; }
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
