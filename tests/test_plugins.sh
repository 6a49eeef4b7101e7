#!/bin/sh
# Runtime plugins (issue 20) from the outside, as a newcomer meets them:
# the three examples built with their own Makefile and CMake snippet;
# omen-check passes the good ones and rejects the broken one naming the
# failing key; omen-bench runs the C example (--plugin and OMEN_PLUGINS);
# plugins the loader must refuse, each with its message.
#   test_plugins.sh SOURCE_DIR SCRATCH_DIR OMEN_BENCH OMEN_CHECK
SRC="$1"; W="$2"; BENCH="$3"; CHECK="$4"
CC="${CC:-cc}"; CXX="${CXX:-c++}"
rm -rf "$W" && mkdir -p "$W" || exit 1
fails=0
fail() {
    echo "FAIL: $*" >&2
    fails=$((fails + 1))
}

# The examples, copied out of the tree as a user's own code would be.
for ex in c_linear cpp_vector broken; do
    cp -r "$SRC/examples/$ex" "$W/$ex" && rm -f "$W/$ex"/*.so
    make -s -C "$W/$ex" OMEN="$SRC" CC="$CC" CXX="$CXX" >"$W/$ex.make.log" 2>&1 ||
        fail "examples/$ex: make failed: $(cat "$W/$ex.make.log")"
done
for ex in c_linear cpp_vector; do
    { cmake -S "$W/$ex" -B "$W/$ex-cmake" -DOMEN_DIR="$SRC" -DCMAKE_BUILD_TYPE=Release &&
      cmake --build "$W/$ex-cmake"; } >"$W/$ex.cmake.log" 2>&1 ||
        fail "examples/$ex: the CMake snippet failed: $(tail -20 "$W/$ex.cmake.log")"
done
C_SO="$W/c_linear/linear_plugin.so"
CXX_SO="$W/cpp_vector/vector_plugin.so"
BAD_SO="$W/broken/offbyone_plugin.so"
[ -f "$W/c_linear-cmake/linear_plugin.so" ] || fail "CMake built no linear_plugin.so"
[ -f "$W/cpp_vector-cmake/vector_plugin.so" ] || fail "CMake built no vector_plugin.so"

# omen-check: the good examples pass (exit 0), the broken one is rejected
# with the operation, a key, its answer and the oracle's.
"$CHECK" --plugin "$C_SO" >"$W/check_c.out" 2>&1 ||
    fail "omen-check rejected examples/c_linear: $(tail -20 "$W/check_c.out")"
grep -q "ex_linear: passed" "$W/check_c.out" || fail "omen-check did not check ex_linear"
"$CHECK" --plugin "$W/cpp_vector-cmake/vector_plugin.so" >"$W/check_cxx.out" 2>&1 ||
    fail "omen-check rejected examples/cpp_vector: $(tail -20 "$W/check_cxx.out")"
grep -q "writes (insert+erase): 0 failures" "$W/check_cxx.out" ||
    fail "omen-check did not run writes on ex_vector: $(cat "$W/check_cxx.out")"
"$CHECK" --plugin "$BAD_SO" -v 2 >"$W/check_bad.out" 2>&1
rc=$?
[ "$rc" -eq 1 ] || fail "omen-check on the broken example: exit $rc, expected 1"
grep -Eq "ex_offbyone \[.*\]: lower_bound\([0-9]+\) = [0-9]+, oracle says [0-9]+" "$W/check_bad.out" ||
    fail "omen-check's rejection names no failing key: $(head -20 "$W/check_bad.out")"
grep -q "ex_offbyone: FAILED" "$W/check_bad.out" || fail "omen-check did not say FAILED"
"$CHECK" --plugin "$C_SO" --index no_such >"$W/check_none.out" 2>&1
[ $? -eq 2 ] && grep -q "no variant named 'no_such'" "$W/check_none.out" ||
    fail "omen-check --index with a typo: $(cat "$W/check_none.out")"

# omen-bench: the C example in a tiny row, valid, via --plugin and OMEN_PLUGINS.
"$BENCH" --plugin "$C_SO" --index ex_linear --data lognormal:20K --lookups 2000 --repeat 1 \
    --quiet --out "$W/row.csv" 2>"$W/bench.err" || fail "omen-bench --plugin: $(cat "$W/bench.err")"
valid=$(awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) { if ($i == "index") x = i; if ($i == "valid") v = i } }
                NR > 1 && $x == "ex_linear" { print $v }' "$W/row.csv" 2>/dev/null)
[ "$valid" = true ] || fail "omen-bench --plugin: no valid ex_linear row: $(cat "$W/row.csv")"
OMEN_PLUGINS="/nonexistent-dir-is-skipped-not:$C_SO" "$BENCH" --list >"$W/list.out" 2>&1 &&
    fail "OMEN_PLUGINS with a missing path was accepted"
OMEN_PLUGINS="$C_SO::$CXX_SO" "$BENCH" --list >"$W/list.out" 2>&1 ||
    fail "OMEN_PLUGINS: $(cat "$W/list.out")"
grep -q "^ex_linear" "$W/list.out" && grep -q "^ex_vector" "$W/list.out" ||
    fail "--list lacks the OMEN_PLUGINS variants: $(cat "$W/list.out")"
# The same plugin from OMEN_PLUGINS and --plugin is loaded once, not a clash.
OMEN_PLUGINS="$C_SO" "$BENCH" --plugin "$C_SO" --list >"$W/list2.out" 2>&1 ||
    fail "the same plugin twice: $(cat "$W/list2.out")"

# Plugins the loader refuses: exit 2, one line naming the file and the fix.
refuse() { # NAME FRAGMENT PLUGIN
    "$BENCH" --plugin "$3" --list >"$W/refuse.out" 2>"$W/refuse.err"
    rc=$?
    [ "$rc" -eq 2 ] || fail "$1: exit $rc, expected 2"
    grep -qF -- "$2" "$W/refuse.err" || fail "$1: stderr lacks '$2': $(cat "$W/refuse.err")"
    grep -qF -- "$3" "$W/refuse.err" || fail "$1: the message does not name $3"
    [ "$(wc -l <"$W/refuse.err")" -eq 1 ] || fail "$1: not one line: $(cat "$W/refuse.err")"
    [ -s "$W/refuse.out" ] && fail "$1: --list printed despite the failure"
    return 0
}
for k in DUPLICATE NO_SYMBOL NEEDS_NEWER_HOST VTABLE_VERSION VTABLE REGISTERS_NOTHING EXITS; do
    "$CC" -std=c11 -fPIC -shared -I"$SRC/include" -DBAD_$k -o "$W/bad_$k.so" \
        "$SRC/tests/plugins/bad_plugin.c" 2>"$W/bad.log" || fail "bad_plugin $k: $(cat "$W/bad.log")"
done
refuse "missing file" "no such file" "$W/nosuch.so"
refuse "not a shared object" "cannot load it" "$SRC/tests/plugins/bad_plugin.c"
refuse "missing symbol" "no symbol omen_plugin_init" "$W/bad_NO_SYMBOL.so"
refuse "host too old" "built for omen plugin API 99, the host speaks 1" "$W/bad_NEEDS_NEWER_HOST.so"
refuse "vtable version" "vtable version 99, this omen knows version 2; rebuild the plugin" "$W/bad_VTABLE_VERSION.so"
refuse "bad vtable" "bad vtable" "$W/bad_VTABLE.so"
refuse "no index" "registered no index" "$W/bad_REGISTERS_NOTHING.so"
refuse "duplicate name" "index name 'binsearch' is already registered; rename" "$W/bad_DUPLICATE.so"
# A library that ends the process mid-check (exit(0)) must not pass.
"$CHECK" --plugin "$W/bad_EXITS.so" >/dev/null 2>"$W/exits.err"
rc=$?
[ "$rc" -eq 1 ] && grep -q "bad_plugin ended the process" "$W/exits.err" ||
    fail "omen-check on a plugin calling exit(0): exit $rc, $(cat "$W/exits.err")"
"$CHECK" --plugin "$W/nosuch.so" >/dev/null 2>"$W/refuse.err"
[ $? -eq 2 ] && grep -q "no such file" "$W/refuse.err" || fail "omen-check on a missing plugin"

[ "$fails" -eq 0 ] && echo "test_plugins: all checks passed"
[ "$fails" -eq 0 ]
