#!/bin/sh
# The sweeps behind `make bench` and `make bench-full`.
#   scripts/bench.sh default   every index x 4 synthetic datasets at 10M keys and the
#                              real datasets (the large ones as 10M samples) x point,
#                              range:100 x 1, 2 threads
#   scripts/bench.sh full      the same at 200M keys (SOSD's scale) x every workload,
#                              resumable: an interrupted run continues where it stopped
# Writes results/latest/bench[-full].{csv,md,json} (+ .csv.meta.json) and the plots.
set -eu
cd "$(dirname "$0")/.."
MODE="${1:-default}"
OUT=results/latest
mkdir -p "$OUT"

if ! sh datasets/make_datasets.sh; then
    echo "bench: some real datasets could not be prepared (see above); running without them" >&2
fi

case "$MODE" in
default)
    N=10M
    WORKLOADS=point,range:100
    LOOKUPS=1M
    BUDGET=0.15
    REPEAT=9
    NAME=bench
    RESUME=""
    REAL="geoip_ipv4 geoip_ipv6 cities_s2 words genome_10M protein_10M rrna_10M borders_s2_10M"
    ;;
full)
    N=200M
    WORKLOADS=point,absent,zipf:0.99,range:100,mixed:10
    LOOKUPS=2M
    BUDGET=1
    REPEAT=5
    NAME=bench-full
    RESUME="--resume --schedule dataset"
    REAL="geoip_ipv4 geoip_ipv6 cities_s2 words genome protein rrna borders_s2"
    ;;
*)
    echo "usage: scripts/bench.sh default|full" >&2
    exit 2
    ;;
esac

# The small real sets as they are; of the large ones (datasets/README.md) the
# 10M samples in the default sweep and the full files in the full one.
real=""
for f in $REAL; do
    [ -f "datasets/data/$f" ] && real="$real,datasets/data/$f"
done

# The default sweep takes 9 short passes a row rather than 5 long ones (the
# same time): passes go round-robin over all rows of the sweep, and more of
# them make the median robust to bursts of load from other tenants of the
# host (two runs with 5 passes of 0.25 s differed by more than 5 % on half
# of the 1-thread point rows).
./build/omen-bench \
    --data "lognormal:$N,uniform_sparse:$N,zipf_gaps:$N,normal:$N$real" \
    --index all --workload "$WORKLOADS" --threads 1,2 \
    --lookups "$LOOKUPS" --budget "$BUDGET" --repeat "$REPEAT" $RESUME \
    --format csv,md,json --out "$OUT/$NAME.csv"
cat "$OUT/$NAME.md"
sh plots/plot.sh "$OUT/$NAME.csv" "$OUT/plots-$NAME"
if [ "$MODE" = default ] && [ "${OMEN_SKIP_CLAIMS:-0}" != 1 ]; then
    python3 scripts/claims.py
fi
# The website from these results (Debian's python3: python3-markdown is its),
# with each benchmarked dataset's shape and key CDF for its datasets page.
py=python3; [ -x /usr/bin/python3 ] && py=/usr/bin/python3
if [ "$MODE" = default ] && ./build/omen-bench --help 2>&1 | grep -q -- '--describe'; then
    described=$($py -c 'import csv, sys; print(",".join(dict.fromkeys(r["dataset"] for r in csv.DictReader(open(sys.argv[1])))))' "$OUT/$NAME.csv")
    ./build/omen-bench --describe "$described" --out "$OUT/describe.csv" >/dev/null
fi
$py scripts/site.py --out build/site
echo "bench: open the site: xdg-open build/site/index.html (or file://$(pwd)/build/site/index.html)"
