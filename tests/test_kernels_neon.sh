#!/bin/sh
# The NEON kernels, tested on any machine: builds the portable kernels,
# kernels_neon.c and test_kernels.c for aarch64 with Debian's cross compiler
# and runs the test under qemu-user. When a tool is missing it says which,
# and how to get it, and exits 77, which CTest reports as skipped.
#
# usage: test_kernels_neon.sh SRCDIR OUTDIR SOURCE...
SRC="$1"; OUT="$2"; shift 2
CC="${OMEN_AARCH64_CC:-aarch64-linux-gnu-gcc}"
QEMU="${OMEN_QEMU_AARCH64:-qemu-aarch64-static}"
SYSROOT="${OMEN_AARCH64_SYSROOT:-/usr/aarch64-linux-gnu}"

skip() {
    echo "test_kernels_neon: SKIPPED: $*"
    # CTest shows no output for skipped tests; `make test` prints this file.
    echo "test_kernels_neon: $*" >"$OUT/test_kernels_neon.skipped"
    exit 77
}
rm -f "$OUT/test_kernels_neon.skipped"

case "$(uname -m)" in
aarch64 | arm64) skip "this machine is aarch64: test_kernels already tests NEON natively" ;;
esac
command -v "$CC" >/dev/null 2>&1 ||
    skip "no aarch64 cross compiler ($CC); on Debian: apt-get install gcc-aarch64-linux-gnu libc6-dev-arm64-cross"
echo '#include <stdio.h>' | "$CC" -E - >/dev/null 2>&1 ||
    skip "$CC has no C library headers; on Debian: apt-get install libc6-dev-arm64-cross"
command -v "$QEMU" >/dev/null 2>&1 ||
    skip "no $QEMU to run aarch64 programs; on Debian: apt-get install qemu-user-static"

mkdir -p "$OUT" || exit 1
BIN="$OUT/test_kernels_aarch64"
# The project's warnings, as errors: no other build compiles the NEON code.
"$CC" -std=gnu11 -O2 -ffp-contract=off -Wall -Wextra -Wshadow -Wstrict-prototypes -Wformat=2 \
    -Wundef -Wno-format-nonliteral -Werror -I"$SRC" "$@" -o "$BIN" -lm || {
    echo "test_kernels_neon: FAILED: the aarch64 build failed (above)" >&2
    exit 1
}
printf 'int main(void){return 0;}\n' >"$OUT/qemu_probe.c"
"$CC" "$OUT/qemu_probe.c" -o "$OUT/qemu_probe" 2>/dev/null &&
    "$QEMU" -L "$SYSROOT" "$OUT/qemu_probe" 2>"$OUT/qemu_probe.err" ||
    skip "$QEMU cannot run aarch64 programs here: $(head -c 300 "$OUT/qemu_probe.err")"
exec "$QEMU" -L "$SYSROOT" "$BIN" --require neon
