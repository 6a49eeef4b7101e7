#!/usr/bin/env python3
"""Issue 6's reproducibility check on two runs of the same sweep:
   scripts/repro_check.py RUN1.csv RUN2.csv
lists the 1-thread point rows whose median ns per lookup differs by more than
5 % between the runs (with each run's cv), the geometric mean ratio of all
those rows (a shift of the whole machine between runs shows here), and
whether the ranking of indexes per dataset is the same. Exit status 0 when
every row is within 5 % and every ranking is the same, else 1."""
import csv
import math
import sys


def load(path):
    return {(r["dataset"], r["index"], r["params"], r["workload"], r["threads"], r["isa"]): r
            for r in csv.DictReader(open(path))}


def main(a_path, b_path):
    a, b = load(a_path), load(b_path)
    keys = [k for k in a if k in b and k[3] == "point" and k[4] == "1"]
    differ, logs = 0, []
    for k in keys:
        x, y = float(a[k]["ns_per_op"]), float(b[k]["ns_per_op"])
        logs.append(math.log(y / x))
        if abs(y / x - 1) > 0.05:
            differ += 1
            print(f"differs: {k[0]} {k[1]}{':' + k[2] if k[2] else ''} {x:.1f} -> {y:.1f} ns "
                  f"({y / x:.3f}; cv {a[k]['cv']} / {b[k]['cv']})")
    print(f"1-thread point rows: {len(keys)}, differing by more than 5 %: {differ}")
    if logs:
        print(f"geometric mean ratio run 2 / run 1: {math.exp(sum(logs) / len(logs)):.3f}")
    same = 0
    datasets = sorted({k[0] for k in keys})
    for d in datasets:
        order = [sorted((k for k in keys if k[0] == d), key=lambda k: float(r[k]["ns_per_op"]))
                 for r in (a, b)]
        names = [[k[1] + (":" + k[2] if k[2] else "") for k in o] for o in order]
        same += names[0] == names[1]
        print(f"{d}: {'same ranking' if names[0] == names[1] else 'DIFFERENT'}: "
              + " < ".join(names[0]) + ("" if names[0] == names[1] else "  |  " + " < ".join(names[1])))
    print(f"datasets with the same ranking: {same} of {len(datasets)}")
    return 0 if differ == 0 and same == len(datasets) else 1


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2]))
