#!/bin/sh
# omen-bench --workload with the read-write kinds, from the outside: a tiny
# sweep of the updatable variants gives valid rows with the latency columns
# in order, variants that cannot write are skipped with a reason, and a bad
# spec fails before any work with one message and no output file.
BENCH="$1"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fails=0
fail() {
    echo "FAIL: $*" >&2
    fails=$((fails + 1))
}

"$BENCH" --data lognormal:20K --index btree_dyn,dpgm,gapped,hotcold,binsearch \
    --workload rw:90,rw:0,scan:10,delete:10,shift --lookups 3000 --repeat 2 --threads 1,2 \
    --quiet --out "$T/rw.csv" --format csv,md,json 2>"$T/rw.err" || fail "rw sweep: $(cat "$T/rw.err")"
head -1 "$T/rw.csv" | grep -q ',p50_ns,p99_ns,p999_ns,keys_after$' || fail "no latency columns: $(head -1 "$T/rw.csv")"
# 4 variants x 5 workloads, less hotcold's delete:10, at one thread.
[ "$(tail -n +2 "$T/rw.csv" | wc -l)" -eq 19 ] || fail "expected 19 rows: $(cat "$T/rw.csv")"
awk -F, 'NR > 1 { if ($16 != "true" || $7 != 1 || !($25 <= $26 && $26 <= $27) || $28 == "") bad++ }
    END { exit bad > 0 }' "$T/rw.csv" || fail "a row invalid or out of order: $(cat "$T/rw.csv")"
grep -q 'skipped: workload rw:90 on index binsearch: inserts, and the index cannot insert' "$T/rw.err" \
    || fail "binsearch skip not stated: $(cat "$T/rw.err")"
grep -q 'skipped: workload delete:10 on index hotcold: erases, and the index cannot erase' "$T/rw.err" \
    || fail "hotcold skip not stated"
grep -q 'skipped: workload shift on index gapped: runs on one thread' "$T/rw.err" \
    || fail "2-thread skip not stated"
grep -q '| p50 ns | p99 ns | p99.9 ns | keys after |' "$T/rw.md" || fail "markdown lacks latency"
grep -q '"p999_ns": ' "$T/rw.json" || fail "json lacks latency"

# A mix of read-only and read-write workloads: read-only rows keep empty latency fields.
"$BENCH" --data lognormal:20K --index btree_dyn --workload point,rw:50 --lookups 3000 --repeat 2 \
    --quiet --out "$T/mix.csv" || fail "point,rw:50 sweep"
awk -F, '$6 == "point" { exit !($25 == "" && $16 == "true") }' "$T/mix.csv" || fail "point row: $(cat "$T/mix.csv")"

rm -f "$T/bad.csv"
"$BENCH" --data lognormal:20K --index btree_dyn --workload rw:90@2 --quiet --out "$T/bad.csv" \
    2>"$T/bad.err"
[ $? -eq 2 ] || fail "bad spec: exit status"
grep -q 'rw:90@2: the bulk-loaded fraction after @ must be a number in (0, 1)' "$T/bad.err" \
    || fail "bad spec message: $(cat "$T/bad.err")"
[ ! -e "$T/bad.csv" ] || fail "bad spec left a file"

"$BENCH" --data lognormal:2K --index btree_dyn --workload rw:0 --lookups 5000 --quiet \
    --out "$T/few.csv" 2>"$T/few.err"
[ $? -ne 0 ] || fail "too many inserts: exit status"
grep -q 'only 1000 keys are left to insert' "$T/few.err" || fail "too many inserts: $(cat "$T/few.err")"

[ "$fails" -eq 0 ] && echo "test_rw_cli: all checks passed"
exit "$fails"
