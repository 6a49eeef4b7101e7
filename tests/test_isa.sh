#!/bin/sh
# Kernel ISAs from the outside: omen-bench gives the same valid answers with
# OMEN_ISA=scalar, with the default (best) ISA and with every ISA in one
# --isa sweep, single and batched; a bad ISA name fails with one clear line.
# valid=true means a row's checksum equals the oracle's, so identical valid
# rows mean identical checksums.
BENCH="$1"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fails=0
fail() {
    echo "FAIL: $*" >&2
    fails=$((fails + 1))
}

ARGS="--data lognormal:20K,uniform_sparse:20K,zipf_gaps:5K --index binsearch,linear,linear:segments=7
      --workload point,absent,range:10 --lookups 4000 --repeat 1 --quiet"

# The columns that must not depend on the ISA: all but isa and the timings.
stable() {
    tail -n +2 "$1" | cut -d, -f1-7,9,15,16 | sort
}

# shellcheck disable=SC2086
OMEN_ISA=scalar "$BENCH" $ARGS --out "$T/scalar.csv" || fail "OMEN_ISA=scalar run exit status"
# shellcheck disable=SC2086
env -u OMEN_ISA "$BENCH" $ARGS --out "$T/default.csv" || fail "default run exit status"
avail=$(sed -n 's/.*"isa_available": "\([^"]*\)".*/\1/p' "$T/default.csv.meta.json")
best=${avail##*,}
[ -n "$avail" ] || fail "no isa_available in the provenance"
echo "test_isa: ISAs available here: $avail (default $best)"

cut -d, -f8 "$T/scalar.csv" | tail -n +2 | grep -qv '^scalar$' && fail "OMEN_ISA=scalar rows not all isa=scalar"
cut -d, -f8 "$T/default.csv" | tail -n +2 | grep -qv "^$best\$" && fail "default rows not all isa=$best"
for f in scalar default; do
    tail -n +2 "$T/$f.csv" | grep -v ',true,' && fail "$f: a row is not valid"
done
stable "$T/scalar.csv" >"$T/scalar.rows"
stable "$T/default.csv" >"$T/default.rows"
cmp -s "$T/scalar.rows" "$T/default.rows" || fail "scalar and default rows differ: $(diff "$T/scalar.rows" "$T/default.rows" | head -5)"

# Every ISA in one sweep, batched lookups too (get_batch where an index has it).
for batch in 0 1 37; do
    # shellcheck disable=SC2086
    "$BENCH" $ARGS --isa "$avail" --batch $batch --out "$T/sweep.csv" ||
        fail "--isa $avail --batch $batch exit status"
    tail -n +2 "$T/sweep.csv" | grep -v ',true,' && fail "--batch $batch: a row is not valid"
    for isa in $(echo "$avail" | tr , ' '); do
        tail -n +2 "$T/sweep.csv" | awk -F, -v i="$isa" '$8 == i' >"$T/one.csv.body"
        { head -1 "$T/sweep.csv"; cat "$T/one.csv.body"; } >"$T/one.csv"
        stable "$T/one.csv" >"$T/one.rows"
        cmp -s "$T/scalar.rows" "$T/one.rows" ||
            fail "--isa $isa --batch $batch rows differ from scalar: $(diff "$T/scalar.rows" "$T/one.rows" | head -5)"
    done
done

# Bad names: one clear line on stderr, exit status 2, no output file.
OMEN_ISA=bogus "$BENCH" --data sequential:1K --index linear --quiet --out "$T/bad.csv" \
    >/dev/null 2>"$T/err"
rc=$?
[ "$rc" -eq 2 ] || fail "OMEN_ISA=bogus: exit status $rc, expected 2"
grep -q "OMEN_ISA: unknown ISA 'bogus'" "$T/err" || fail "OMEN_ISA=bogus message: $(cat "$T/err")"
grep -q "available here: $avail" "$T/err" || fail "OMEN_ISA=bogus does not list $avail: $(cat "$T/err")"
[ "$(wc -l <"$T/err")" -eq 1 ] || fail "OMEN_ISA=bogus: more than one line: $(cat "$T/err")"
[ ! -e "$T/bad.csv" ] || fail "OMEN_ISA=bogus left an output file"

"$BENCH" --data sequential:1K --index linear --quiet --isa scalar,bogus >/dev/null 2>"$T/err"
rc=$?
[ "$rc" -eq 2 ] || fail "--isa bogus: exit status $rc, expected 2"
grep -q "unknown ISA 'bogus'" "$T/err" || fail "--isa bogus message: $(cat "$T/err")"

# An ISA this build or CPU lacks: x86 builds have no neon, aarch64 no avx2.
for isa in neon avx2 avx512; do
    case ",$avail," in *",$isa,"*) continue ;; esac
    OMEN_ISA=$isa "$BENCH" --data sequential:1K --index linear --quiet >/dev/null 2>"$T/err"
    rc=$?
    [ "$rc" -eq 2 ] || fail "OMEN_ISA=$isa (unavailable): exit status $rc"
    grep -q "ISA '$isa' is not available" "$T/err" || fail "OMEN_ISA=$isa message: $(cat "$T/err")"
done

if [ "$fails" -ne 0 ]; then
    echo "test_isa: $fails failure(s)" >&2
    exit 1
fi
echo "test_isa: all checks passed"
