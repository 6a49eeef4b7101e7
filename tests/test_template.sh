#!/bin/sh
# The README's recipe for a new variant, run as written: copies the source
# tree to a scratch directory, runs the shell block between <!-- recipe -->
# and <!-- /recipe --> in README.md there (copy indexes/linear.c to a new
# variant, register it, build, run the conformance suite on it alone), and
# fails if any step fails, so the README cannot drift from what works.
#
# usage: test_template.sh SRCDIR SCRATCHDIR
SRC="$1"; OUT="$2"
set -e
rm -rf "$OUT"
mkdir -p "$OUT/tree"
# The sources only: no build trees, results or datasets.
(cd "$SRC" && tar cf - --exclude='./build*' --exclude=./.git --exclude=./results \
    --exclude=./datasets/data .) | (cd "$OUT/tree" && tar xf -)
sed -n '/^<!-- recipe -->$/,/^<!-- \/recipe -->$/p' "$SRC/README.md" |
    sed -e '1,2d' -e '$d' | sed '$d' >"$OUT/recipe.sh"
grep -q 'test_conformance myindex' "$OUT/recipe.sh" || {
    echo "test_template: README.md has no recipe block ending in the conformance run"
    cat "$OUT/recipe.sh"
    exit 1
}
echo "test_template: running README.md's recipe:"
cat "$OUT/recipe.sh"
cd "$OUT/tree"
# The scratch build is a plain Release build, however this tree was configured.
JOBS=2 nice -n 19 sh -e "$OUT/recipe.sh" >"$OUT/recipe.log" 2>&1 || {
    tail -40 "$OUT/recipe.log"
    echo "test_template: the README recipe failed (log: $OUT/recipe.log)"
    exit 1
}
grep -q 'myindex' "$OUT/recipe.log" || { echo "test_template: myindex never ran"; exit 1; }
tail -5 "$OUT/recipe.log"
echo "test_template: ok"
