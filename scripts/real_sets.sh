#!/bin/sh
# Prints the real key sets of 1M keys or more under datasets/data/, comma
# separated, a large set through its 10M sample (X_10M beside X:
# datasets/README.md); nothing when there is none. With --full: only the
# large sets themselves, whole (the scale SOSD measures at). Run from the
# repository root.
set -eu
full=0
[ "${1:-}" = --full ] && full=1
real=""
for f in datasets/data/*; do
    [ -f "$f" ] || continue
    case "$f" in *.tmp*|*.part) continue ;; esac
    if [ -f "${f}_10M" ]; then
        [ "$full" = 1 ] || continue
    else
        [ "$full" = 0 ] || continue
    fi
    n=$(od -An -t u8 -N 8 "$f" | tr -d ' ')
    [ "$n" -ge 1000000 ] && real="$real${real:+,}$f"
done
echo "$real"
