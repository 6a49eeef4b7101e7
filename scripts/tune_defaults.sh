#!/bin/sh
# Issue 16's tuner check: `omen-bench --tune` of every learned variant on the
# real sets of 1M keys or more (scripts/real_sets.sh) and, unless given
# --real-only, on the synthetic sets at 100M keys: is each default within 15 %
# of its grid's best ns per lookup at <= 2 % of the key array?
#   scripts/tune_defaults.sh [--real-only]    (about 20 min here; 5 real only)
# Writes results/tuning/defaults-{real,100M}-V.{csv,txt} (the CSV with its
# provenance, the text as --tune prints it) and results/tuning/defaults.md,
# the verdict lines gathered.
set -eu
cd "$(dirname "$0")/.."
B=build/omen-bench
[ -x "$B" ] || { echo "tune-defaults: run make first" >&2; exit 1; }
OUT=results/tuning
mkdir -p "$OUT"
real=$(sh scripts/real_sets.sh)
[ -n "$real" ] || { echo "tune-defaults: no real set of 1M keys or more; run make datasets" >&2; exit 1; }
sets="real:$real"
[ "${1:-}" = --real-only ] || sets="$sets 100M:lognormal:100M,uniform_sparse:100M,zipf_gaps:100M"
for s in $sets; do
    name=${s%%:*} data=${s#*:}
    for v in linear rmi pla radixspline; do
        "$B" --tune "$data" --index "$v" --lookups 300K --repeat 7 --quiet \
            --out "$OUT/defaults-$name-$v.csv" >"$OUT/defaults-$name-$v.txt.tmp"
        mv "$OUT/defaults-$name-$v.txt.tmp" "$OUT/defaults-$name-$v.txt"
    done
done
{
    echo "# Learned defaults against their parameter grids (issue 16's tuner check)"
    echo
    echo "Gathered by \`scripts/tune_defaults.sh\` from \`omen-bench --tune\` (results/tuning/defaults-*.txt,"
    echo "each with its CSV and provenance); do not edit. A default passes when its median ns per"
    echo "lookup is within 15 % of the best grid point of <= 2 % of the key array; where it is not"
    echo "but the two rows' min-max spreads overlap, --tune says so (within noise)."
    for f in "$OUT"/defaults-*.txt; do
        echo
        echo "## $(basename "$f" .txt)"
        echo
        awk '/^tune /{set=$4} /verdict:/{sub(/^ *verdict: /,""); print "- " set ": " $0}' "$f"
    done
} >"$OUT/defaults.md.tmp"
mv "$OUT/defaults.md.tmp" "$OUT/defaults.md"
echo "tune-defaults: wrote $OUT/defaults.md"
