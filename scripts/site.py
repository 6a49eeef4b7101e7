#!/usr/bin/env python3
"""Builds omen's static website from the results' CSV tables.

    python3 scripts/site.py [--results DIR] [--out DIR] [--no-plots]

Reads every CSV under --results (default results/) with its .csv.meta.json,
draws the plots with plots/plot.py (gnuplot), and writes plain HTML + CSS
into --out (default build/site/): an overview, lookups, threads, batched
lookups and the memory floor, build time and size, ISAs, read-write workloads, datasets, claims
(results/claims.md rendered) and how to reproduce each table. The main
benchmark table is results/latest/bench.csv when present, else
results/reference/bench.csv. Prints the path of the front page.
"""
import argparse
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path[:0] = [HERE, os.path.join(ROOT, "plots")]

import plot as plotter  # noqa: E402
from rows import BadInput  # noqa: E402
from sitegen import html, pages, rw, tables  # noqa: E402
from sitegen.prov import Git  # noqa: E402

PAGES = [("index.html", "omen: learned indexes, measured", pages.front),
         ("lookups.html", "Lookups", pages.lookups),
         ("threads.html", "Threads", pages.threads),
         ("batch.html", "Batched lookups and the memory floor", pages.batch),
         ("build.html", "Build time and size", pages.build),
         ("isa.html", "Kernel ISAs", pages.isa),
         ("rw.html", "Read-write workloads", rw.page),
         ("datasets.html", "Datasets", pages.datasets),
         ("claims.html", "Published claims", pages.claims),
         ("reproduce.html", "Reproduce every table", pages.reproduce)]


class Context:
    pass


def describe_json(results):
    """[(path, records)] of every describe*.json under RESULTS that holds a list of records."""
    found = []
    for d, _, files in sorted(os.walk(results)):
        for f in sorted(files):
            if f.startswith("describe") and f.endswith(".json"):
                try:
                    with open(os.path.join(d, f)) as fh:
                        data = json.load(fh)
                except (OSError, ValueError) as e:
                    raise BadInput(f"{os.path.join(d, f)}: not JSON ({e}); regenerate it with omen-bench --describe")
                recs = data if isinstance(data, list) else next((v for v in data.values() if isinstance(v, list)), [])
                recs = [r for r in recs if isinstance(r, dict)]
                if recs:
                    found.append((os.path.relpath(os.path.join(d, f), results), recs))
    return found


def build(results, out, with_plots=True):
    if not os.path.isdir(results):
        raise BadInput(f"no results folder {results}; run make bench (or give --results DIR)")
    ctx = Context()
    ctx.out = out
    ctx.git = Git(ROOT)
    ctx.tables = tables.find(results, ctx.git)
    if not ctx.tables:
        raise BadInput(f"no CSV tables under {results}; run make bench first")
    ctx.bench = tables.pick(ctx.tables, "latest/bench.csv", "reference/bench.csv", "latest/bench-full.csv")
    ctx.frontier = tables.pick(ctx.tables, "frontier/single.csv")
    ctx.describe_json = describe_json(results)
    md = os.path.join(results, "claims.md")
    ctx.claims_md = open(md, encoding="utf-8").read() if os.path.exists(md) else ""
    ctx.figs = {}
    ctx.no_plots = ""
    # Build into a fresh folder beside OUT, then swap it in: no half-built site.
    tmp = out.rstrip("/") + ".tmp"
    shutil.rmtree(tmp, ignore_errors=True)
    shutil.copytree(results, os.path.join(tmp, "data"), ignore=shutil.ignore_patterns("*.tmp.*"))
    plotted = [t for t in (ctx.bench, ctx.frontier, ctx.tables.get("frontier/batch.csv"),
                           ctx.tables.get("frontier/threads.csv"), ctx.tables.get("frontier/threads-batch.csv"),
                           ctx.tables.get("isa/isa.csv"), ctx.tables.get("rw/rw.csv")) if t and t.bench and t.rows]
    plotted += [t for rel, t in ctx.tables.items() if rel.endswith(".cdf.csv") and "describe" in rel]
    if with_plots and shutil.which("gnuplot"):
        for t in plotted:
            made = plotter.plot(t.path, os.path.join(tmp, "plots", t.slug()), ["svg", "png", "pdf"])
            ctx.figs[t.slug()] = ("plots/" + t.slug(), made)
    else:
        ctx.no_plots = ('<p class="missing">Plots are left out: ' + ("gnuplot is not installed (make deps)."
                        if with_plots else "the site was built with --no-plots.") + "</p>")
    ctx.out = tmp
    for src in ("site.css", "sort.js"):
        shutil.copy(os.path.join(HERE, "sitegen", "static", src), os.path.join(tmp, src))
    note = "" if not ctx.bench else f"; main table {ctx.bench.rel}"
    for name, title, fn in PAGES:
        body, used = fn(ctx)
        with open(os.path.join(tmp, name), "w", encoding="utf-8") as f:
            f.write(html.page(name, title, body, used, note))
    shutil.rmtree(out, ignore_errors=True)
    os.replace(tmp, out)
    return os.path.join(out, "index.html")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--results", default=os.path.join(ROOT, "results"))
    ap.add_argument("--out", default=os.path.join(ROOT, "build", "site"))
    ap.add_argument("--no-plots", action="store_true")
    a = ap.parse_args()
    try:
        front = build(a.results, a.out, not a.no_plots)
    except (BadInput, RuntimeError) as e:
        sys.exit(f"site: {e}")
    print(f"site: {os.path.abspath(front)}")


if __name__ == "__main__":
    main()
