#!/bin/sh
# Every committed table under results/ measured again, one step after another
# with the same binaries, so that all of them come from one commit (issue 17):
#   scripts/regenerate.sh [STEP...]    (no STEP: all of them, about 2 h here)
# Steps, in this order:
#   bench     make bench's sweep -> results/reference/bench.*, plots
#   repro     a second make bench sweep right after it -> bench-second-run.csv,
#             then scripts/repro_check.py and omen-compare --relative on the pair
#   claims    make claims (make bench runs it after its sweep; here it waits
#             until the two sweeps have run back to back)
#   real      make real-data (needs make datasets; peers where built)
#   rw        make bench-rw (peers where built)
#   tune      scripts/tune.sh
#   defaults  scripts/tune_defaults.sh (each learned default against its grid)
#   frontier  scripts/frontier.sh (needs peer_pgm and peer_radixspline)
#   isa       every index under each kernel ISA -> results/isa/
#   status    make results-status
# Build first from a clean tree (the binaries record their commit), and run
# nothing else on the machine meanwhile: each step's numbers are its own.
# Each step holds /tmp/omen-bench.lock while it times (flock, when present).
set -eu
cd "$(dirname "$0")/.."
STEPS="${*:-bench repro claims real rw tune defaults frontier isa status}"
REF=results/reference
LOCK=/tmp/omen-bench.lock

locked() {
    if command -v flock >/dev/null 2>&1; then flock "$LOCK" "$@"; else "$@"; fi
}

[ -x build/omen-bench ] && [ -x build-scalar/omen-bench ] ||
    { echo "regenerate: build first (make && make build-scalar)" >&2; exit 1; }
if ! git diff --quiet HEAD -- indexes kernels baselines harness datasets 2>/dev/null; then
    echo "regenerate: the tree has uncommitted changes under the measured code; commit them and rebuild first" >&2
    exit 1
fi

# The default sweep's outputs in results/latest/ copied under results/reference/
# as NAME.*, with its plots.
keep() {
    mkdir -p "$REF"
    for ext in csv csv.meta.json md json; do
        [ -f "results/latest/bench.$ext" ] && cp "results/latest/bench.$ext" "$REF/$1.$ext"
    done
}

for step in $STEPS; do
    echo "regenerate: $step ($(date -u +%H:%M:%S))"
    case "$step" in
    bench)
        OMEN_SKIP_CLAIMS=1 locked make bench
        keep bench
        rm -rf "$REF/plots" && cp -r results/latest/plots-bench "$REF/plots" # its CSV: ../bench.csv
        ;;
    repro)
        OMEN_SKIP_CLAIMS=1 locked make bench
        keep bench-second-run
        rm -f "$REF/bench-second-run.md" "$REF/bench-second-run.json"
        # exit status 1 means the check failed; its output says where
        python3 scripts/repro_check.py "$REF/bench.csv" "$REF/bench-second-run.csv" \
            >"$REF/repro-check.txt" || true
        build/omen-compare --relative "$REF/bench.csv" "$REF/bench-second-run.csv" \
            >"$REF/compare-two-runs.txt" || true
        tail -4 "$REF/repro-check.txt"
        ;;
    claims) locked make claims ;;
    real) locked make real-data ;;
    rw) locked make bench-rw ;;
    tune) locked sh scripts/tune.sh ;;
    defaults) locked sh scripts/tune_defaults.sh ;;
    frontier) locked sh scripts/frontier.sh ;;
    isa)
        mkdir -p results/isa
        locked ./build/omen-bench --data lognormal:10M,lognormal:100M \
            --index binsearch,btree,linear,rmi,pla,radixspline --isa scalar,avx2,avx512 \
            --lookups 1M --repeat 5 --quiet --format csv,md --out results/isa/isa.csv
        sh plots/plot.sh results/isa/isa.csv results/isa/plots
        ;;
    status) make results-status ;;
    *) echo "regenerate: unknown step '$step' (bench repro claims real rw tune defaults frontier isa status)" >&2; exit 2 ;;
    esac
done
echo "regenerate: done ($(date -u +%H:%M:%S))"
