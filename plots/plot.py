#!/usr/bin/env python3
"""Publication-grade plots of an omen-bench CSV with gnuplot.

    plots/plot.py results/latest/bench.csv [OUTDIR] [--formats svg,png,pdf] [--data-only]

OUTDIR defaults to the CSV's folder + /plots. For each figure it writes
NAME.svg (web), NAME.png (preview), NAME.pdf (papers), NAME.gp (the gnuplot
script with its data, to restyle) and data/NAME.tsv (each plotted value with
the CSV row it came from), plus figures.json (name, title, alt text) for the
site. Figures, as the data allow: lookup_ns / range_ns / ns_* (one per
workload), speedup (over binary search), build_ms, pareto (size against time),
threads, isa_speedup; for omen-bench --describe's FILE.cdf.csv, cdf (each
dataset's key CDF). --data-only writes the .gp and .tsv files without gnuplot.
"""
import argparse
import json
import os
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cdf  # noqa: E402
import figures  # noqa: E402
import gp  # noqa: E402
from rows import BadInput, footer, read_meta, read_rows  # noqa: E402
from style import Styler  # noqa: E402


def plot(csv_path, outdir, formats, data_only=False):
    meta = read_meta(csv_path)
    if os.path.exists(csv_path) and cdf.is_cdf(csv_path):
        figs = [cdf.figure(csv_path, footer(meta) if meta else "omen-bench --describe")]
    else:
        rows = read_rows(csv_path)
        if not rows:
            raise BadInput(f"{csv_path}: no rows to plot")
        figs = figures.all_figures(rows, meta, footer(meta), Styler())
    made = []
    for fig in figs:
        fmts = gp.write(fig, outdir, formats, data_only)
        made.append({"name": fig.name, "title": fig.title, "alt": fig.alt, "formats": fmts,
                     "rows": len(fig.records)})
    gp.replace(os.path.join(outdir, "figures.json"),
               json.dumps({"csv": os.path.relpath(csv_path, outdir), "figures": made}, indent=1) + "\n")
    return made


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("csv")
    ap.add_argument("outdir", nargs="?")
    ap.add_argument("--formats", default="svg,png,pdf")
    ap.add_argument("--data-only", action="store_true")
    a = ap.parse_args()
    outdir = a.outdir or os.path.join(os.path.dirname(a.csv) or ".", "plots")
    formats = [f for f in a.formats.split(",") if f]
    bad = [f for f in formats if f not in ("svg", "png", "pdf")]
    if bad:
        sys.exit(f"plots: unknown format {bad[0]}; choose from svg,png,pdf")
    if not a.data_only and not shutil.which("gnuplot"):
        sys.exit("plots: gnuplot is missing; apt-get install gnuplot-nox (or make deps)")
    try:
        made = plot(a.csv, outdir, formats, a.data_only)
    except (BadInput, RuntimeError) as e:
        sys.exit(f"plots: {e}")
    for m in made:
        print(f"plots: {outdir}/{m['name']}.{{{','.join(m['formats']) or 'gp,tsv'}}}")


if __name__ == "__main__":
    main()
