#!/bin/sh
# Prints the real key sets of 1M keys or more under datasets/data/, comma
# separated, a large set through its 10M sample (X_10M beside X:
# datasets/README.md); nothing when there is none. Run from the repository root.
set -eu
real=""
for f in datasets/data/*; do
    [ -f "$f" ] || continue
    case "$f" in *.tmp*|*.part) continue ;; esac
    [ -f "${f}_10M" ] && continue
    n=$(od -An -t u8 -N 8 "$f" | tr -d ' ')
    [ "$n" -ge 1000000 ] && real="$real${real:+,}$f"
done
echo "$real"
