"""The key CDF of each dataset, from omen-bench --describe's FILE.cdf.csv.

Rows are (dataset, rank_frac, key). The x axis is the key's position in its
dataset's own [min, max], so datasets of any key range share one scale; the
curve's bends are what a learned index must model.
"""
import csv
import math

from gp import Figure, q
from rows import BadInput, ordered, short_dataset

COLUMNS = ["dataset", "rank_frac", "key"]


def is_cdf(path):
    with open(path, newline="") as f:
        return next(csv.reader(f), []) == COLUMNS


def read(path):
    out = []
    with open(path, newline="") as f:
        for line, r in enumerate(csv.DictReader(f), start=2):
            try:
                out.append({"dataset": r["dataset"], "rank_frac": float(r["rank_frac"]), "key": int(r["key"])})
            except (TypeError, ValueError):
                raise BadInput(f"{path}:{line}: expected dataset,rank_frac,key; regenerate it with omen-bench --describe")
    return out


def figure(path, footer):
    rows = read(path)
    if not rows:
        raise BadInput(f"{path}: no rows to plot")
    names = ordered(r["dataset"] for r in rows)
    fig = Figure("cdf", "Key CDF of each dataset (x: position in the dataset's own key range)",
                 "The cumulative distribution of each dataset's keys: share of keys (y) at or below each "
                 "position of the key range from its smallest to its largest key (x), one panel per dataset: "
                 + ", ".join(short_dataset(n) for n in names) + ".")
    cols = min(len(names), 4)
    nrows = math.ceil(len(names) / cols)
    fig.height = h = 90 + 250 * nrows
    fig.cmds += [
        f'set multiplot layout {nrows},{cols} title {q(fig.title)} font ",12" '
        f'margins 0.07,0.985,{75 / h:.4f},{1 - 70 / h:.4f} spacing 0.07,{90 / h:.4f}',
        'set border 3 lc rgb "#333333"', "set tics nomirror out", 'set grid lc rgb "#dddddd" lt 1 lw 0.8',
        "unset key", "set xrange [0:1]", "set yrange [0:1]", "set xtics 0.5", "set ytics 0.5",
        "set xlabel 'key position'", "set ylabel 'share of keys'",
        f'set label 99 {q(footer)} at screen 0.005, screen 0.012 left font ",8" tc rgb "#444444"',
    ]
    for k, name in enumerate(names):
        mine = [r for r in rows if r["dataset"] == name]
        lo, hi = mine[0]["key"], mine[-1]["key"]
        span = (hi - lo) or 1
        pts = [((r["key"] - lo) / span, r["rank_frac"], r["rank_frac"], r["rank_frac"]) for r in mine]
        blk = fig.block(pts)
        for r, p in zip(mine, pts):
            fig.record(short_dataset(name), name, p[0], p[1], p[2], p[3],
                       {"dataset": name, "index": "", "params": "", "workload": "cdf", "threads": "", "isa": ""})
        fig.cmds += [f"set title {q(short_dataset(name))} font \",10\"",
                     f'plot {blk} using 1:2 with lines lw 1.6 lc rgb "#000000"']
        if k == 0:
            fig.cmds.append("unset label 99")
    fig.cmds.append("unset multiplot")
    return fig
