#!/bin/sh
# libomen.so exports exactly the functions include/omen.h declares with
# OMEN_API: nothing internal leaks (everything else is built hidden), and
# nothing declared is missing.
#
# usage: test_api_symbols.sh LIBOMEN.so OMEN_H
LIB="$1"; HDR="$2"
command -v nm >/dev/null || { echo "test_api_symbols: nm not found (binutils)"; exit 1; }
TMP=$(mktemp -d) || exit 1
trap 'rm -rf "$TMP"' EXIT
# Defined dynamic symbols, without the linker's absolute markers (type A).
nm -D --defined-only "$LIB" | awk '$2 != "A" { print $3 }' | sort -u >"$TMP/exported"
# Every OMEN_API declaration's function name.
sed -n 's/^OMEN_API .*[ *]\(omen_[a-z0-9_]*\)(.*/\1/p' "$HDR" | sort -u >"$TMP/declared"
test -s "$TMP/declared" || { echo "test_api_symbols: no OMEN_API declarations found in $HDR"; exit 1; }
rc=0
extra=$(comm -13 "$TMP/declared" "$TMP/exported")
if [ -n "$extra" ]; then
    echo "test_api_symbols: $LIB exports symbols omen.h does not declare (make them static or hidden):"
    echo "$extra"
    rc=1
fi
missing=$(comm -23 "$TMP/declared" "$TMP/exported")
if [ -n "$missing" ]; then
    echo "test_api_symbols: omen.h declares functions $LIB does not export:"
    echo "$missing"
    rc=1
fi
[ $rc -eq 0 ] && echo "test_api_symbols: the $(wc -l <"$TMP/exported") functions omen.h declares, and nothing else"
exit $rc
