#!/usr/bin/env python3
"""Writes results/tuning.md and results/index-family.md from the sweeps that
scripts/tune.sh ran (results/tuning/sweep-N.csv). Numbers come from the CSVs;
only the prose is fixed here."""
import csv
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
T = os.path.join(ROOT, "results", "tuning")
DATASETS = ["lognormal", "uniform_sparse", "zipf_gaps"]
LEARNED = ["linear", "rmi", "pla", "radixspline"]


def load(n):
    path = os.path.join(T, "sweep-%s.csv" % n)
    rows = list(csv.DictReader(open(path)))
    meta = json.load(open(path + ".meta.json"))
    return rows, meta


def cell(rows, ds, index, params=""):
    for r in rows:
        if r["dataset"].split(":")[0] == ds and r["index"] == index and r["params"] == params:
            return r
    return None


def prov(meta):
    return "`%s` at commit `%s`%s, %s (%s cores), %s, %s" % (
        meta["command"], meta["git_commit"][:12], " (dirty)" if meta["git_dirty"] else "",
        meta["cpu"], meta["cores_online"], meta["compiler"], meta["date"])


def fmt_ns(r):
    return "%.0f (%.0f–%.0f)" % (float(r["ns_per_op"]), float(r["ns_min"]), float(r["ns_max"]))


def how(meta):
    """Lookups per pass (as 500K, 1M) and passes per row, from a run's provenance."""
    n = int(meta["lookups"])
    look = "%dM" % (n // 1000000) if n % 1000000 == 0 else "%dK" % (n // 1000)
    return look, int(meta["repeat"])


def main():
    sizes = sys.argv[1:] or ["10M", "100M"]
    runs = {n: load(n) for n in sizes}
    look, rep = how(runs[sizes[-1]][1])
    out = ["# Tuning the index variants' defaults", "",
           "Each variant's main parameter swept on `lognormal`, `uniform_sparse` and `zipf_gaps` "
           "with `omen-bench` (single thread, %s uniformly drawn existing keys, median of %d "
           "repeats with min–max; each pass's answers are summed into a checksum that must equal the oracle's). Regenerate with `scripts/tune.sh`. " % (look, rep) +
           "Rows with no parameters are the defaults. ns per lookup:", ""]
    for n in sizes:
        rows, meta = runs[n]
        out += ["## %s keys" % n, "", "Run: " + prov(meta), ""]
        configs = []
        for r in rows:
            k = (r["index"], r["params"])
            if k not in configs:
                configs.append(k)
        out.append("| index | params | " + " | ".join(DATASETS) + " | index bytes (lognormal) | build ms (lognormal) |")
        out.append("|---|---|" + "---:|" * (len(DATASETS) + 2))
        for ix, p in configs:
            cells = []
            for ds in DATASETS:
                r = cell(rows, ds, ix, p)
                cells.append(fmt_ns(r) if r else "-")
            r0 = cell(rows, "lognormal", ix, p)
            out.append("| %s | %s | %s | %s | %s |" % (ix, p or "(default)", " | ".join(cells),
                                                     r0["size_bytes"] if r0 else "-",
                                                     "%.0f" % float(r0["build_ms"]) if r0 else "-"))
        out.append("")
    out += ["## The defaults against the other settings swept", "",
            "For each variant, where its default ranks among the settings swept (by median ns "
            "per lookup) on each dataset, and its index size, at each size. Why each default was "
            "chosen, and what was measured on the way, is in `docs/decisions.md`.", ""]
    for ix in ["btree"] + LEARNED:
        parts = []
        for n in sizes:
            rows = runs[n][0]
            ranks, pct = [], []
            for ds in DATASETS:
                mine = cell(rows, ds, ix)
                if not mine:
                    continue
                peers = sorted(float(r["ns_per_op"]) for r in rows
                               if r["dataset"].split(":")[0] == ds and r["index"] == ix)
                ranks.append("%d of %d" % (peers.index(float(mine["ns_per_op"])) + 1, len(peers)))
                pct.append(100.0 * int(mine["size_bytes"]) / (8.0 * int(mine["n"])))
            if ranks:
                size = ("%.2f" % min(pct) if "%.2f" % min(pct) == "%.2f" % max(pct)
                        else "%.2f–%.2f" % (min(pct), max(pct)))
                parts.append("%s: %s (%s), index %s %% of the data" % (
                    n, ", ".join(ranks), ", ".join(DATASETS), size))
        out.append("- `%s` (default): %s." % (ix, "; ".join(parts)))
    out.append("")
    open(os.path.join(ROOT, "results", "tuning.md"), "w").write("\n".join(out) + "\n")

    # The family at the largest size, defaults only, and the targets.
    n = sizes[-1]
    rows, meta = runs[n]
    fam = ["# The index family at %s keys" % n, "",
           "Defaults of every variant, single thread, uniformly drawn existing keys, median "
           "of %d repeats (min–max), from `scripts/tune.sh`. Run: " % how(meta)[1] + prov(meta), "",
           "| dataset | index | ns/lookup | × binsearch | build ms | index bytes | % of data | mean / max error |",
           "|---|---|---:|---:|---:|---:|---:|---:|"]
    checks = []

    def score(lo, hi, target):
        """A 'not above target' target: met only when the whole spread is."""
        return "met" if hi <= target else "MISSED" if lo > target else "within noise"

    for ds in DATASETS:
        b = cell(rows, ds, "binsearch")
        bt = cell(rows, ds, "btree")
        for ix in ["binsearch", "btree"] + LEARNED:
            r = cell(rows, ds, ix)
            if not r:
                continue
            nkeys = int(r["n"])
            ratio = float(r["ns_per_op"]) / float(b["ns_per_op"])
            err = "%s / %s" % (r["mean_abs_error"], r["max_abs_error"]) if r["mean_abs_error"] else "-"
            fam.append("| %s | %s | %s | %.2f | %.0f | %s | %.2f%% | %s |" % (
                ds, ix, fmt_ns(r), ratio, float(r["build_ms"]), r["size_bytes"],
                100.0 * int(r["size_bytes"]) / (8.0 * nkeys), err))
        best = min((cell(rows, ds, ix) for ix in LEARNED if cell(rows, ds, ix)),
                   key=lambda r: float(r["ns_per_op"]))
        if ds in ("lognormal", "uniform_sparse"):
            def rel(r):  # median and the widest min-max ratio to binsearch
                return (float(r["ns_per_op"]) / float(b["ns_per_op"]),
                        float(r["ns_min"]) / float(b["ns_max"]), float(r["ns_max"]) / float(b["ns_min"]))
            lb, bb = rel(best), rel(bt)
            checks.append("- %s: best learned (%s) at %.2f × binsearch (%.2f–%.2f; target ≤ 0.33): %s; "
                          "btree at %.2f × (%.2f–%.2f; target ≤ 0.50): %s" % (
                              ds, best["index"], lb[0], lb[1], lb[2], score(lb[1], lb[2], 1 / 3),
                              bb[0], bb[1], bb[2], score(bb[1], bb[2], 0.5)))
    for ix in LEARNED:
        # A win or a loss only where the two rows' min-max spreads do not overlap.
        wins = [ds for ds in DATASETS if cell(rows, ds, ix) and
                float(cell(rows, ds, ix)["ns_max"]) < float(cell(rows, ds, "btree")["ns_min"])]
        losses = [ds for ds in DATASETS if cell(rows, ds, ix) and
                  float(cell(rows, ds, ix)["ns_min"]) > float(cell(rows, ds, "btree")["ns_max"])]
        sizes_ok = all(int(cell(rows, ds, ix)["size_bytes"]) <= 0.02 * 8 * int(cell(rows, ds, ix)["n"])
                       for ds in DATASETS if cell(rows, ds, ix))
        build = max(float(cell(rows, ds, ix)["build_ms"]) for ds in DATASETS if cell(rows, ds, ix))
        checks.append("- %s: faster than btree beyond the spreads on %d of 3 (%s), slower on %d; target "
                      "≥ 2: %s; index ≤ 2%% of data: %s; slowest build %.0f ms (target < 2000 at 100M): %s" % (
                          ix, len(wins), ", ".join(wins) or "none", len(losses),
                          "met" if len(wins) >= 2 else "MISSED" if len(losses) > 1 else "within noise",
                          "met" if sizes_ok else "MISSED", build, "met" if build < 2000 else "MISSED"))
    fam += ["", "Targets of issue 4, checked on this table: *met* only where the min–max spreads "
            "clear the target, *MISSED* where they are all on the wrong side, *within noise* "
            "otherwise.", ""] + checks + [""]
    open(os.path.join(ROOT, "results", "index-family.md"), "w").write("\n".join(fam) + "\n")
    print("\n".join(fam))


if __name__ == "__main__":
    main()
