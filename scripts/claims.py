#!/usr/bin/env python3
"""make claims: test eight published claims about learned indexes vs RocksDB on
this machine with omen's own tools, and write results/claims.md.

Every number in the report comes from the runs this script starts (their CSVs
are kept in results/claims/ with provenance); the prose around the numbers is
fixed, the verdicts are computed from the numbers.
"""
import csv
import json
import math
import os
import shutil
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(ROOT, "build", "omen-bench")
MICRO = os.path.join(ROOT, "build", "omen-microbench")
OUT = os.path.join(ROOT, "results", "claims")
REPORT = os.path.join(ROOT, "results", "claims.md")
QUICK = os.environ.get("CLAIMS_QUICK") == "1"  # small sizes, for trying the script

N = "1M" if QUICK else "10M"
LOOKUPS = "50K" if QUICK else "300K"
DATA = "lognormal:%s,uniform_sparse:%s" % (N, N)
WARM = "rocksdb:cache_mb=4096"  # everything fits in the block cache
COLD = "rocksdb:cache_mb=8"     # most blocks are read from the OS page cache

RUNS = {
    # Claims 1-3, 5: point and range lookups, learned indexes against RocksDB.
    "lookups": ["--data", DATA, "--index",
                "linear,rmi,%s,%s,hotcold:hot_frac=0,cold=all,cache_mb=4096" % (WARM, COLD),
                "--workload", "point,range:100", "--threads", "1",
                "--lookups", LOOKUPS, "--budget", "0.5", "--repeat", "5"],
    # Claim 4: training time on 50K records.
    "train": ["--data", "lognormal:50K,uniform_sparse:50K,zipf_gaps:50K",
              "--index", "linear,linear:segments=64,rmi,rmi:branches=256,pla,radixspline",
              "--build-repeat", "21", "--lookups", "10K", "--repeat", "3"],
    # Claim 6: hot/cold against RocksDB alone, with a skew towards recent keys.
    "hotcold": ["--data", "lognormal:%s" % N, "--index",
                "%s,hotcold:hot_frac=0.01,hotcold:hot_frac=0.1,hotcold:hot_frac=1" % WARM,
                "--workload", "recent:1.0,zipf:1.0,point", "--threads", "1",
                "--lookups", LOOKUPS, "--budget", "0.5", "--repeat", "5"],
    # Claim 7: SIMD over scalar on the learned index's hot path, whole lookups.
    "isa": ["--data", "lognormal:%s" % N, "--index", "linear,rmi,pla,radixspline,btree",
            "--isa", "scalar,avx2,avx512", "--threads", "1", "--lookups", "1M", "--repeat", "5"],
    # Claim 8: one lookup per call against a batch per call.
    "single": ["--data", "lognormal:%s" % N, "--index", "linear,rmi,pla,btree,binsearch",
               "--threads", "1", "--lookups", "1M", "--repeat", "5"],
    "batch": ["--data", "lognormal:%s" % N, "--index", "linear,rmi,pla,btree,binsearch",
              "--batch", "64", "--threads", "1", "--lookups", "1M", "--repeat", "5"],
}


def run_bench(name):
    path = os.path.join(OUT, name + ".csv")
    cmd = [BENCH] + RUNS[name] + ["--quiet", "--out", path]
    print("claims: " + " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True)
    with open(path) as f:
        rows = list(csv.DictReader(f))
    for r in rows:
        if r["valid"] != "true":
            sys.exit("claims: an invalid row in %s; not writing a report from it" % path)
    return rows, " ".join(["omen-bench"] + RUNS[name])


def pick(rows, **kw):
    out = [r for r in rows if all(r.get(k) == v for k, v in kw.items())]
    if len(out) != 1:
        raise KeyError("%d rows match %s" % (len(out), kw))
    return out[0]


def fmt_row(r):
    return "%.1f ns (%.1f-%.1f), %.2f M/s" % (float(r["ns_per_op"]), float(r["ns_min"]),
                                             float(r["ns_max"]), float(r["mops"]))


def verdict(measured, claimed, direction=1):
    """direction 1: the claim says 'measured > 1 by about claimed'."""
    if (measured > 1) != (claimed > 1):
        return "not reproduced"
    if abs(math.log(measured / claimed)) <= math.log(1.25):
        return "reproduced"
    return "reproduced with a different magnitude"


def main():
    if not os.path.exists(BENCH):
        sys.exit("claims: build omen first (make)")
    os.makedirs(OUT, exist_ok=True)
    if "--report-only" in sys.argv:
        # Rewrite the report from the CSVs of the last run, without measuring.
        res = {name: (list(csv.DictReader(open(os.path.join(OUT, name + ".csv")))),
                      " ".join(["omen-bench"] + RUNS[name])) for name in RUNS}
        mpath = os.path.join(OUT, "microbench.json")
        write_report(res, json.load(open(mpath)) if os.path.exists(mpath) else None)
        return
    res = {name: run_bench(name) for name in RUNS}
    micro = None
    if os.path.exists(MICRO):
        mpath = os.path.join(OUT, "microbench.json")
        cmd = [MICRO, "--benchmark_format=json", "--benchmark_out=" + mpath,
               "--benchmark_out_format=json", "--benchmark_min_time=0.05",
               "--benchmark_filter=" + os.environ.get("CLAIMS_MICRO_FILTER", ".")]
        print("claims: " + " ".join(cmd), flush=True)
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
        micro = json.load(open(mpath))
    write_report(res, micro)


def ns(r):
    return float(r["ns_per_op"])


def mops(r):
    return float(r["mops"])


def spread(r):
    return "%.0f ns (%.0f–%.0f), %.2f M/s" % (ns(r), float(r["ns_min"]), float(r["ns_max"]), mops(r))


def micro_ns(micro, name):
    for b in micro["benchmarks"] if micro else []:
        if b["name"] == name:
            return float(b["per_item"]) * 1e9 if b["per_item"] < 1e-3 else float(b["per_item"])
    return None


def plot(res, path):
    """Throughput of the learned indexes and RocksDB, point lookups (log scale)."""
    rows, _ = res["lookups"]
    dat = path + ".dat"
    names = [("linear", ""), ("rmi", ""), ("rocksdb", "cache_mb=4096"), ("rocksdb", "cache_mb=8"),
             ("hotcold", "hot_frac=0,cold=all,cache_mb=4096")]
    labels = ["linear", "rmi", "RocksDB warm", "RocksDB 8 MB", "layer+RocksDB"]
    datasets = sorted({r["dataset"] for r in rows})
    with open(dat, "w") as f:
        f.write("index\t" + "\t".join('"%s"' % d for d in datasets) + "\n")
        for (ix, p), label in zip(names, labels):
            vals = []
            for d in datasets:
                try:
                    vals.append("%.4f" % mops(pick(rows, dataset=d, index=ix, params=p, workload="point")))
                except KeyError:
                    vals.append("?")
            f.write('"%s"\t%s\n' % (label, "\t".join(vals)))
    meta = json.load(open(os.path.join(OUT, "lookups.csv.meta.json")))
    foot = "omen %s | %s | %s" % (meta["git_commit"][:12], meta["cpu"], meta["date"])
    gp = """set datafile separator "\\t"
set datafile missing "?"
set style data histograms
set style histogram clustered gap 1
set style fill solid 0.85 border -1
set logscale y
set ylabel "million point lookups per second, 1 thread (log scale)"
set title "Claims 1, 3, 5: learned indexes against the real RocksDB (higher is better)" noenhanced
set key outside right top noenhanced
set xtics noenhanced rotate by -20
set grid ytics
set label 99 "%s" at screen 0.01, 0.015 font ",8" noenhanced
set bmargin 4
plot for [i=2:%d] "%s" using i:xtic(1) title columnheader(i)
""" % (foot, len(datasets) + 1, dat)
    for term, ext in (("svg size 1000,520 dynamic background '#ffffff'", "svg"), ("pngcairo size 1000,520", "png")):
        subprocess.run(["gnuplot"], input="set terminal %s\nset output '%s.%s'\n%s" % (term, path, ext, gp),
                       text=True, check=True)
    os.remove(dat)


def write_report(res, micro):
    L, lcmd = res["lookups"]
    datasets = sorted({r["dataset"] for r in L})
    meta = json.load(open(os.path.join(OUT, "lookups.csv.meta.json")))
    plot(res, os.path.join(OUT, "claims"))
    md = ["# Published claims, checked on this machine", "",
          "Generated by `make claims` (`scripts/claims.py`) from the runs below; every number is "
          "read from their CSVs in `results/claims/` (provenance in each `.meta.json`). Machine: %s, "
          "%s cores, %s; omen commit `%s`%s; %s. Medians of 5 timed passes, with min–max; every "
          "answer of every pass was checked against binary search (all rows valid). `warm` RocksDB "
          "has a 4 GB block cache (the whole database fits), `8 MB` a small one (blocks come from "
          "the OS page cache). The quoted figures are the original authors'." % (
              meta["cpu"], meta["cores_online"], meta["compiler"], meta["git_commit"][:12],
              " (dirty tree)" if meta["git_dirty"] else "", meta["date"]), "",
          "![throughput](claims/claims.png)", ""]
    summary = ["| # | claim | their ratio | ours | verdict |", "|---|---|---:|---:|---|"]
    body = []

    def ratio_rows(index, params, workload):
        out = []
        for d in datasets:
            a = pick(L, dataset=d, index=index, params=params, workload=workload)
            w = pick(L, dataset=d, index="rocksdb", params="cache_mb=4096", workload=workload)
            c = pick(L, dataset=d, index="rocksdb", params="cache_mb=8", workload=workload)
            out.append((d, a, w, c, ns(w) / ns(a), ns(c) / ns(a)))
        return out

    def table(rs, label):
        t = ["| dataset | %s | RocksDB warm | RocksDB 8 MB | × warm | × 8 MB |" % label, "|---|---|---|---|---:|---:|"]
        for d, a, w, c, rw, rc in rs:
            t.append("| %s | %s | %s | %s | %.1f× | %.1f× |" % (d, spread(a), spread(w), spread(c), rw, rc))
        return t

    rocks_ns = min(ns(pick(L, dataset=d, index="rocksdb", params="cache_mb=4096", workload="point")) for d in datasets)
    explain_rocks = (
        "A RocksDB point lookup here costs %.1f–%.1f µs: the C API call, a memtable probe, the bloom "
        "filter, a binary search of the SST's index block, a block-cache lookup (hash, shard lock, "
        "reference count) or a read and checksum of the 4 KB block, then a binary search inside the "
        "block over length-prefixed, comparator-ordered keys. The learned index does one model "
        "evaluation and a search of a few cache lines. The original figure of 29.7M RocksDB "
        "lookups/s is 34 ns per lookup on one core (or one lookup per ~34 ns summed over many "
        "threads): no real RocksDB `Get` runs that fast, so what was measured there cannot have been "
        "RocksDB's read path on data of any size; 41M lookups/s for the learned index (24 ns) "
        "also implies a data set that fits in cache." % (
            rocks_ns / 1000, max(ns(pick(L, dataset=d, index="rocksdb", params="cache_mb=8", workload="point")) for d in datasets) / 1000))

    # Claim 1
    rs = ratio_rows("linear", "", "point")
    ours = min(r[4] for r in rs)
    v = verdict(ours, 1.39)
    summary.append("| 1 | linear learned index vs RocksDB, point lookups | 1.39× | %.0f–%.0f× | %s |" % (
        min(r[4] for r in rs), max(r[5] for r in rs), v))
    body += ["## 1. Linear learned index vs RocksDB, point lookups (claimed 1.39×)", "",
             "Command: `%s`" % lcmd, ""] + table(rs, "linear") + ["",
             "**Verdict: %s.** The learned index is faster, but by %.0f× to %.0f×, not 1.39×. %s" % (
                 v, min(r[4] for r in rs), max(r[5] for r in rs), explain_rocks), ""]
    # Claim 2
    rs = ratio_rows("linear", "", "range:100")
    v = verdict(min(r[4] for r in rs), 1.46)
    summary.append("| 2 | linear vs RocksDB, range queries | 1.46× | %.0f–%.0f× | %s |" % (
        min(r[4] for r in rs), max(r[5] for r in rs), v))
    body += ["## 2. Linear learned index vs RocksDB, range queries (claimed 1.46×)", "",
             "Ranges of about 100 keys (`range:100`): count and payload sum. Same command.", ""] + table(rs, "linear") + ["",
             "**Verdict: %s.** A range over the sorted array is one lower_bound and a sequential sum "
             "of 100 payloads in adjacent cache lines; RocksDB's is an iterator seek (the same "
             "index-block and data-block searches as a point lookup) and 100 `Next` calls, each "
             "decoding a key and a value through the C API (about %.0f ns per entry here). So the "
             "gap is %s for point lookups, and far from 1.46×." % (
                 v, (ns(rs[0][2]) - ns(pick(L, dataset=rs[0][0], index="rocksdb", params="cache_mb=4096", workload="point"))) / 100,
                 "wider than" if min(r[4] for r in rs) > min(r[4] for r in ratio_rows("linear", "", "point")) else "narrower than"), ""]
    # Claim 3
    rp = ratio_rows("rmi", "", "point")
    rr = ratio_rows("rmi", "", "range:100")
    v1 = verdict(min(r[4] for r in rp), 1.24)
    v2 = verdict(min(r[4] for r in rr), 1.60)
    summary.append("| 3 | RMI vs RocksDB, point / range | 1.24× / 1.60× | %.0f× / %.0f× (warm, least) | %s / %s |" % (
        min(r[4] for r in rp), min(r[4] for r in rr), v1, v2))
    body += ["## 3. RMI vs RocksDB (claimed 1.24× point, 1.60× range)", "", "Point lookups:", ""] + table(rp, "rmi") + [
        "", "Range queries (`range:100`):", ""] + table(rr, "rmi") + ["",
        "**Verdict: %s (point), %s (range).** The claim's own numbers put the RMI (36.9M/s) below "
        "the linear index (41.4M/s); here the RMI is the faster of the two learned indexes, and "
        "both are one to two orders of magnitude faster than RocksDB, for the reasons in claim 1." % (v1, v2), ""]
    # Claim 4
    T, tcmd = res["train"]
    ttab = ["| dataset | index | params | build ms (median of 21) |", "|---|---|---|---:|"]
    worst = 0.0
    for r in T:
        ttab.append("| %s | %s | %s | %.3f |" % (r["dataset"], r["index"], r["params"] or "(default)", float(r["build_ms"])))
        if r["index"] in ("linear", "rmi") and r["params"] == "":
            worst = max(worst, float(r["build_ms"]))
    lin_small = max(float(r["build_ms"]) for r in T if r["index"] == "linear" and r["params"] == "segments=64")
    lin = max(float(r["build_ms"]) for r in T if r["index"] == "linear" and r["params"] == "")
    rmi = [float(r["build_ms"]) for r in T if r["index"] == "rmi" and r["params"] == ""]
    v = "reproduced" if lin < 1.0 else "not reproduced"
    summary.append("| 4 | training on 50K records under 1 ms | < 1 ms | %.2f ms (linear), %.2f–%.2f ms (rmi) | %s |" % (
        lin, min(rmi), max(rmi), v))
    body += ["## 4. Training a learned index on 50K records takes under 1 ms", "", "Command: `%s`" % tcmd, ""] + ttab + ["",
             "**Verdict: %s.** Building is one or two passes over 400 KB of keys that sit in L2. The "
             "default linear index (65,536 pieces or one per key, whichever is fewer, each with an "
             "error bound) builds in at most %.2f ms "
             "and a 64-piece one in %.2f ms; the RMI, which also fits and checks every leaf's window "
             "and chooses its root on a sample, takes %.2f–%.2f ms. At this size training cost is not "
             "what decides between a learned index and anything else." % (v, lin, lin_small, min(rmi), max(rmi)), ""]
    # Claim 5
    rs = []
    for d in datasets:
        for wl in ("point", "range:100"):
            a = pick(L, dataset=d, index="hotcold", params="hot_frac=0,cold=all,cache_mb=4096", workload=wl)
            w = pick(L, dataset=d, index="rocksdb", params="cache_mb=4096", workload=wl)
            rs.append((d, wl, a, w, ns(a) / ns(w)))
    t5 = ["| dataset | workload | learned layer + RocksDB | RocksDB alone (warm) | slowdown |", "|---|---|---|---|---:|"]
    for d, wl, a, w, sl in rs:
        t5.append("| %s | %s | %s | %s | %+.1f%% |" % (d, wl, spread(a), spread(w), 100 * (sl - 1)))
    overlap = all(float(a["ns_min"]) <= float(w["ns_max"]) and float(w["ns_min"]) <= float(a["ns_max"]) for _, _, a, w, _ in rs)
    mean_sl = sum(r[4] for r in rs) / len(rs)
    v = "not reproduced" if overlap else verdict(1 / mean_sl, 0.92)
    summary.append("| 5 | learned layer on top of RocksDB is ~8%% slower | 0.92× | %.2f× | %s |" % (1 / mean_sl, v))
    body += ["## 5. A learned index layered on RocksDB is ~8 % slower than RocksDB alone", "",
             "`hotcold:hot_frac=0,cold=all,cache_mb=4096`: every entry in a RocksDB configured like the "
             "warm baseline, every lookup passes the (empty) learned tier's check and is then served by "
             "RocksDB. Same command as claim 1.", ""] + t5 + ["",
             "**Verdict: %s.** Here the layered index is %.1f %% %s on average (%s). What the layer "
             "adds to each lookup is small: taking a reader slot of its lock, checking the (empty) hot "
             "interval, and an indirect call into the RocksDB variant; the two RocksDB instances are "
             "built separately from the same data, so part of any difference can also come from the "
             "instance. A learned layer that serves nothing cannot make RocksDB faster, so the "
             "direction of the claim is what one expects; its size depends on what the layer does per "
             "lookup." % (v, abs(100 * (mean_sl - 1)), "slower" if mean_sl > 1 else "faster",
                          "the min–max spreads overlap" if overlap else "the spreads do not overlap"), ""]
    # Claim 6
    H, hcmd = res["hotcold"]
    d6 = H[0]["dataset"]
    t6 = ["| workload | RocksDB (warm) | hot 1 % | hot 10 % | hot 100 % |", "|---|---|---|---|---|"]
    best6 = 0
    for wl in ("recent:1.0", "zipf:1.0", "point"):
        w = pick(H, index="rocksdb", workload=wl)
        cells = []
        for hf in ("0.01", "0.1", "1"):
            a = pick(H, index="hotcold", params="hot_frac=" + hf, workload=wl)
            cells.append("%s (%.1f×)" % (spread(a), ns(w) / ns(a)))
            if hf == "0.01" and wl == "recent:1.0":
                best6 = ns(w) / ns(a)
        t6.append("| %s | %s | %s |" % (wl, spread(w), " | ".join(cells)))
    v = "reproduced" if best6 > 1.1 else "not reproduced"
    summary.append("| 6 | hot/cold (hot in learned memory, cold in RocksDB) beats RocksDB | > 1× | %.1f× (1 %% hot, recent:1.0) | %s |" % (best6, v))
    body += ["## 6. Hot/cold: hot data under learned indexes, cold data in RocksDB, is faster than RocksDB alone", "",
             "Command: `%s` (dataset %s). `recent:1.0` is a Zipf(1.0) skew over recency (the largest keys "
             "are the hottest, as in time-ordered data); `zipf:1.0` scatters the popular keys over the "
             "whole key space; `point` is uniform." % (hcmd, d6), ""] + t6 + ["",
             "**Verdict: %s, with a condition.** The hot tier answers hot keys in memory at learned-index "
             "speed and only the rest pays for RocksDB, so the gain is about 1 / (share of lookups that "
             "miss the hot tier): large when the hot keys are a key range the tier holds (`recent`), "
             "small when popular keys are scattered and the tier holds a key range (`zipf`), and "
             "proportional to `hot_frac` for uniform lookups. omen's tier is chosen by key range "
             "(`hot_pos`), not by measured access frequency." % v, ""]
    # Claim 7
    I, icmd = res["isa"]
    t7 = ["| index | scalar | avx2 | avx512 | avx512 speedup |", "|---|---|---|---|---:|"]
    sp = []
    for ix in ("linear", "rmi", "pla", "radixspline", "btree"):
        try:
            s_, a2, a5 = (pick(I, index=ix, isa=k) for k in ("scalar", "avx2", "avx512"))
        except KeyError:
            continue
        sp.append(ns(s_) / ns(a5))
        t7.append("| %s | %s | %s | %s | %.2f× |" % (ix, spread(s_), spread(a2), spread(a5), ns(s_) / ns(a5)))
    kern = []
    for k in ("predict/%s/batch:256", "predict_rmi/%s/batch:256", "lower_bound/%s/window:64", "lower_bound_dram/%s/window:256"):
        a, b = micro_ns(micro, k % "scalar"), micro_ns(micro, k % "avx512")
        if a and b:
            kern.append("| `%s` | %.2f | %.2f | %.1f× |" % (k % "ISA", a, b, a / b))
    v = verdict(max(sp) if sp else 1.0, 10.0)
    summary.append("| 7 | SIMD gives ~10× on the hot path | 10× | %.2f–%.2f× (whole lookups) | %s |" % (min(sp), max(sp), v))
    body += ["## 7. SIMD gives about 10× on the learned index's hot path", "", "Command: `%s`" % icmd, ""] + t7
    if kern:
        body += ["", "The kernels alone (`omen-microbench`, Google Benchmark, ns per item):", "",
                 "| kernel | scalar | avx512 | speedup |", "|---|---:|---:|---:|"] + kern
    body += ["", "**Verdict: %s.** Evaluating a linear model for a batch of keys is arithmetic on "
             "registers and vectorises well (the kernel rows above), but a lookup is not arithmetic: "
             "it is one or two cache misses into an array of tens or hundreds of MB (~100–300 ns "
             "each) plus a few nanoseconds of model and search instructions. SIMD shortens the "
             "instructions; it cannot shorten the misses, so whole lookups change by %.2f× to %.2f× "
             "here. A 10× figure can only come from timing the model evaluation in isolation on "
             "cached data." % (v, min(sp), max(sp)), ""]
    # Claim 8
    B, bcmd = res["batch"]
    d8 = B[0]["dataset"]
    direct, vt = micro_ns(micro, "call_direct/scalar/calls:1"), micro_ns(micro, "call_vtable/scalar/calls:1")
    t8 = ["| index | one lookup per call | batch of 64 per call | gain |", "|---|---|---|---:|"]
    S, _ = res["single"]
    for ix in ("linear", "rmi", "pla", "btree", "binsearch"):
        try:
            one, b = pick(S, index=ix), pick(B, index=ix)
        except KeyError:
            continue
        t8.append("| %s | %s | %s | %.1f× |" % (ix, spread(one), spread(b), ns(one) / ns(b)))
    v = "reproduced" if vt is not None and vt < 30 else "not measured"
    summary.append("| 8 | a call across a C ABI costs 5–30 ns, negligible | 5–30 ns | %s ns (vtable call) | %s |" % (
        "%.1f" % vt if vt else "?", v))
    body += ["## 8. A call across a C ABI boundary costs only 5–30 ns", "",
             "`omen-microbench --benchmark_filter=call`: a trivial function called directly took "
             "%s ns, and through a function pointer loaded from a struct (what every "
             "`omen_index_vtable` call is) %s ns. Batched lookups (`%s`, dataset %s):" % (
                 "%.2f" % direct if direct else "?", "%.2f" % vt if vt else "?", bcmd, d8), ""] + t8 + ["",
             "**Verdict: %s — and the cost is lower than claimed.** Within one C program an indirect "
             "call is a couple of nanoseconds, against a lookup of 100+ ns, so one call per lookup is "
             "not what limits throughput. (5–30 ns is what calls from a managed language through an FFI "
             "cost.) What a batch per call buys is different: with many lookups in one call the index "
             "can issue their cache misses together instead of one after another, which is where the "
             "gain in the table comes from — memory-level parallelism, not saved calls." % v, ""]
    md += ["## Summary", ""] + summary + [""] + body
    open(REPORT, "w").write("\n".join(md) + "\n")
    print("claims: wrote " + REPORT)


if __name__ == "__main__":
    main()
