#!/bin/sh
# omen-bench from the outside: bad input gives a non-zero exit, one clear
# message on stderr and no output file; a good run gives valid rows.
BENCH="$1"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fails=0

fail() {
    echo "FAIL: $*" >&2
    fails=$((fails + 1))
}

# expect_error NAME FRAGMENT ARGS...: non-zero exit, stderr names FRAGMENT,
# exactly one line of stderr, and no --out file left behind.
expect_error() {
    name="$1"; frag="$2"; shift 2
    rm -f "$T/out.csv" "$T/out.csv.meta.json"
    "$BENCH" --quiet --out "$T/out.csv" "$@" >"$T/stdout" 2>"$T/stderr"
    rc=$?
    [ "$rc" -ne 0 ] || fail "$name: exit status 0"
    grep -qF -- "$frag" "$T/stderr" || fail "$name: stderr lacks '$frag': $(cat "$T/stderr")"
    [ "$(wc -l <"$T/stderr")" -eq 1 ] || fail "$name: expected one line on stderr, got: $(cat "$T/stderr")"
    [ ! -e "$T/out.csv" ] || fail "$name: left an output file"
    ls "$T" | grep -q 'out.csv.tmp' && fail "$name: left a temporary file"
    return 0
}

printf '\004\000\000\000\000\000\000\000\001\000\000\000\000\000\000\000' >"$T/truncated.bin"
printf '\002\000\000\000\000\000\000\000\005\000\000\000\000\000\000\000\001\000\000\000\000\000\000\000' >"$T/unsorted.bin"
: >"$T/empty.bin"

expect_error "unknown index" "unknown index 'nosuch'" --data sequential:1K --index nosuch
expect_error "unknown parameter" "unknown parameter 'bogus'" --data sequential:1K --index linear:bogus=1
expect_error "bad parameter value" "segments=zero" --data sequential:1K --index linear:segments=zero
expect_error "bad number" "--lookups abc" --data sequential:1K --index linear --lookups abc
expect_error "bad thread count" "--threads 0" --data sequential:1K --index linear --threads 0
expect_error "bad repeat" "--repeat -1" --data sequential:1K --index linear --repeat -1
expect_error "missing file" "$T/missing.bin" --data "$T/missing.bin" --index linear
expect_error "truncated file" "should be 40 bytes (8 + 8*N), but it is 16 bytes" --data "$T/truncated.bin" --index linear
expect_error "unsorted file" "not sorted" --data "$T/unsorted.bin" --index linear
expect_error "empty file" "empty" --data "$T/empty.bin" --index linear
expect_error "directory" "not a regular file" --data "$T" --index linear
expect_error "bad synthetic name" "lognormal:0" --data lognormal:0 --index linear
expect_error "unknown workload" "unknown workload" --data sequential:1K --index linear --workload pointy
expect_error "unknown option" "unknown option" --data sequential:1K --index linear --frobnicate
expect_error "unknown isa" "unknown ISA 'sparc'" --data sequential:1K --index linear --isa sparc
expect_error "missing --data" "give --data" --index linear
expect_error "unwritable --out dir" "cannot write results" --data sequential:1K --index linear --out /nonexistent/dir/x.csv

# --list and --help
"$BENCH" --list >"$T/list" || fail "--list exit status"
grep -q '^binsearch' "$T/list" || fail "--list lacks binsearch"
grep -q '^linear' "$T/list" || fail "--list lacks linear"
grep -q 'segments=' "$T/list" || fail "--list lacks linear's parameters"
"$BENCH" --help | grep -q 'Example' || fail "--help lacks an example"

# A good run: header in the design reference's order, valid rows, provenance.
"$BENCH" --data lognormal:20K,zipf_gaps:20K --index 'binsearch,linear:segments=16|256' \
    --workload point,absent,range:10 --lookups 5000 --repeat 3 --quiet --out "$T/good.csv" \
    || fail "good run exit status"
head -1 "$T/good.csv" | grep -q '^dataset,n,dataset_hash,index,params,workload,threads,isa,ops,ns_per_op,mops,ns_min,ns_max,build_ms,size_bytes,valid' \
    || fail "CSV header: $(head -1 "$T/good.csv")"
rows=$(tail -n +2 "$T/good.csv" | wc -l)
[ "$rows" -eq 18 ] || fail "expected 18 rows (2 datasets x 3 indexes x 3 workloads), got $rows"
tail -n +2 "$T/good.csv" | grep -v ',true,' && fail "a row is not valid"
grep -q '"git_commit"' "$T/good.csv.meta.json" || fail "no provenance in meta.json"
grep -q '"cpu"' "$T/good.csv.meta.json" || fail "no CPU in provenance"
ls "$T" | grep -q 'tmp' && fail "a temporary file was left"

# Markdown and JSON outputs carry provenance in their bodies.
"$BENCH" --data sequential:5K --index linear --lookups 1000 --repeat 1 --quiet --format md --out "$T/r.md" || fail "md run"
grep -q 'Provenance' "$T/r.md" || fail "md lacks provenance"
"$BENCH" --data sequential:5K --index linear --lookups 1000 --repeat 1 --quiet --format json --out "$T/r.json" || fail "json run"
grep -q '"provenance"' "$T/r.json" || fail "json lacks provenance"

if [ "$fails" -ne 0 ]; then
    echo "test_cli: $fails failure(s)" >&2
    exit 1
fi
echo "test_cli: all checks passed"
