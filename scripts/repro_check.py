#!/usr/bin/env python3
"""Issue 6's reproducibility check on two runs of the same sweep:
   scripts/repro_check.py [--ns] RUN1.csv RUN2.csv
compares the 1-thread point rows on rel_ns (each row's time per lookup over
the same dataset's binsearch row's in the same pass, which a drift of the
whole host between the runs leaves unchanged) and lists the rows whose
rel_ns differs by more than 5 %; then whether the ranking of indexes per
dataset is the same: it differs where two indexes are ordered oppositely
and more than 5 % apart in both runs (two rows within 5 % of each other in
a run are a tie there; the identical-order count is printed too). The raw
ns shift between the runs (geometric mean) is printed too, to show how much
the host drifted. --ns checks raw ns instead
(what the check did before rel_ns existed); so does a file without rel_ns.
binsearch rows are the reference (rel_ns 1 by definition) and are ranked,
not checked. Exit status 0 when every row is within 5 % and every ranking is
the same, 1 when not, 2 on bad input."""
import csv
import math
import sys

TOLERANCE = 0.05


def load(path):
    try:
        with open(path, newline="") as f:
            rows = list(csv.DictReader(f))
    except OSError as e:
        sys.exit("repro_check: cannot read %s: %s" % (path, e.strerror))
    if not rows or "ns_per_op" not in rows[0]:
        print("repro_check: %s is not an omen-bench CSV (no ns_per_op column)" % path, file=sys.stderr)
        sys.exit(2)
    return {(r["dataset"], r["index"], r["params"], r["workload"], r["threads"], r["isa"]): r
            for r in rows}


def has_rel(r):
    return bool(r.get("rel_ns"))


def label(k):
    return k[1] + (":" + k[2] if k[2] else "")


def apart(run, i, j, col):
    """Row i is faster than row j in this run by more than the tolerance."""
    return float(run[j][col]) > float(run[i][col]) * (1 + TOLERANCE)


def main(argv):
    use_ns = "--ns" in argv
    paths = [a for a in argv if a != "--ns"]
    if len(paths) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    a, b = load(paths[0]), load(paths[1])
    keys = [k for k in a if k in b and k[3] == "point" and k[4] == "1"]
    if not keys:
        print("repro_check: the two files share no 1-thread point rows", file=sys.stderr)
        return 2
    if not use_ns and not all(has_rel(a[k]) and has_rel(b[k]) for k in keys):
        print("repro_check: some rows have no rel_ns (no binsearch row in their pass, or an "
              "older CSV): checking raw ns per lookup instead")
        use_ns = True
    col = "ns_per_op" if use_ns else "rel_ns"
    logs = [math.log(float(b[k]["ns_per_op"]) / float(a[k]["ns_per_op"])) for k in keys]
    print("raw ns, geometric mean ratio run 2 / run 1 over %d rows: %.3f (the host's drift)"
          % (len(keys), math.exp(sum(logs) / len(logs))))
    checked = [k for k in keys if use_ns or k[1] != "binsearch"]
    differ = 0
    for k in checked:
        x, y = float(a[k][col]), float(b[k][col])
        if abs(y / x - 1) > TOLERANCE:
            differ += 1
            print("differs: %s %s %s %.4g -> %.4g (%.3f; cv %s / %s)" % (
                k[0], label(k), col, x, y, y / x, a[k]["cv"], b[k]["cv"]))
    print("1-thread point rows checked on %s: %d, differing by more than 5 %%: %d"
          % (col, len(checked), differ))
    # Two rows within the tolerance of each other in a run are a tie there: their
    # order is noise the per-row criterion already allows. The ranking differs
    # only where a pair is ordered oppositely and separated beyond it in both runs.
    same = strict = 0
    datasets = sorted({k[0] for k in keys})
    for d in datasets:
        rows = [k for k in keys if k[0] == d]
        order = [sorted(rows, key=lambda k: float(r[k][col])) for r in (a, b)]
        names = [[label(k) for k in o] for o in order]
        swapped = [(i, j) for i in rows for j in rows
                   if apart(a, i, j, col) and apart(b, j, i, col)]
        pos = [{k: n for n, k in enumerate(o)} for o in order]
        ties = [(i, j) for i in order[0] for j in order[0]  # in run 1's order
                if pos[0][i] < pos[0][j] and pos[1][i] > pos[1][j]]
        strict += names[0] == names[1]
        same += not swapped
        if names[0] == names[1]:
            verdict = "same ranking"
        elif not swapped:
            verdict = "same ranking up to ties within %d %% (%s)" % (
                TOLERANCE * 100, ", ".join("%s ~ %s" % (label(i), label(j)) for i, j in ties))
        else:
            verdict = "DIFFERENT (%s)" % ", ".join("%s < %s, then the reverse" % (label(i), label(j))
                                                 for i, j in swapped)
        print("%s: %s: %s%s" % (d, verdict, " < ".join(names[0]),
                                "" if names[0] == names[1] else "  |  " + " < ".join(names[1])))
    print("datasets with the same ranking: %d of %d (identical order: %d; pairs within %d %% "
          "of each other in a run count as ties)" % (same, len(datasets), strict, TOLERANCE * 100))
    return 0 if differ == 0 and same == len(datasets) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
