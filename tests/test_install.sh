#!/bin/sh
# make install's result, used as a program outside omen would: installs the
# build into a scratch prefix (once under DESTDIR, once plainly), compiles
# tests/api_example.c with `pkg-config --cflags --libs omen` alone, runs it.
#
# usage: test_install.sh BUILDDIR SRCDIR SCRATCHDIR
BUILD="$1"; SRC="$2"; OUT="$3"
set -e
command -v pkg-config >/dev/null || { echo "test_install: pkg-config not found (Debian: pkgconf; make deps)"; exit 1; }
# The build's compiler, and its sanitizer flags when the library has them
# (an instrumented libomen.so needs an instrumented program).
CC=${CC:-cc}
OMEN_TEST_CFLAGS=${OMEN_TEST_CFLAGS:-}
rm -rf "$OUT"
mkdir -p "$OUT"

# try LABEL DESTDIR PREFIX: install, build the example against it, run it.
try() {
    label="$1"; dest="$2"; prefix="$3"; root="$dest$prefix"
    DESTDIR="$dest" cmake --install "$BUILD" --prefix "$prefix" >"$OUT/$label.log" 2>&1 || {
        cat "$OUT/$label.log"; echo "test_install: $label: cmake --install failed"; exit 1; }
    headers=$(cd "$SRC" && ls include/*.h)
    for f in lib/libomen.so lib/pkgconfig/omen.pc $headers; do
        test -e "$root/$f" || { echo "test_install: $label: $root/$f was not installed"; exit 1; }
    done
    grep -q "^prefix=$prefix\$" "$root/lib/pkgconfig/omen.pc" || {
        cat "$root/lib/pkgconfig/omen.pc"; echo "test_install: $label: omen.pc's prefix is not $prefix"; exit 1; }
    # Under DESTDIR the .pc names the final prefix; the sysroot maps it.
    flags=$(PKG_CONFIG_PATH="$root/lib/pkgconfig" PKG_CONFIG_SYSROOT_DIR="$dest" \
            pkg-config --cflags --libs omen) || {
        echo "test_install: $label: pkg-config --cflags --libs omen failed"; exit 1; }
    echo "test_install: $label: pkg-config says: $flags"
    # shellcheck disable=SC2086
    $CC -std=c99 -Wall -Wextra -pedantic -Werror $OMEN_TEST_CFLAGS -o "$OUT/$label-example" "$SRC/tests/api_example.c" $flags || {
        echo "test_install: $label: the example does not compile against the installed omen"; exit 1; }
    got=$(LD_LIBRARY_PATH="$root/lib" "$OUT/$label-example")
    [ "$got" = "7 is key number 3" ] || {
        echo "test_install: $label: the example printed '$got', expected '7 is key number 3'"; exit 1; }
    # It ran the installed copy, not the build tree's.
    LD_LIBRARY_PATH="$root/lib" ldd "$OUT/$label-example" | grep -q "$root/lib/libomen.so.1" || {
        LD_LIBRARY_PATH="$root/lib" ldd "$OUT/$label-example"
        echo "test_install: $label: the example did not load $root/lib/libomen.so.1"; exit 1; }
}

# The README shows tests/api_example.c: the two must not drift apart.
sed -n '/^<!-- api-example -->$/,/^<!-- \/api-example -->$/p' "$SRC/README.md" |
    sed -e '1,2d' -e '$d' | sed '$d' >"$OUT/readme_example.c"
sed '1,/\*\//d' "$SRC/tests/api_example.c" >"$OUT/file_example.c"
diff -u "$OUT/file_example.c" "$OUT/readme_example.c" || {
    echo "test_install: README.md's api-example block differs from tests/api_example.c"; exit 1; }

try destdir "$OUT/dest" /opt/omen-test
try prefix "" "$OUT/prefix"
echo "test_install: ok"
