#!/usr/bin/env python3
"""make claims: test eight published claims about learned indexes vs RocksDB on
this machine with omen's own tools, and write results/claims.md.

Every number in the report comes from the runs this script starts (their CSVs
are kept in results/claims/ with provenance); the prose around the numbers is
fixed, the verdicts are computed from the numbers.
"""
import csv
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import claims_report  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(ROOT, "build", "omen-bench")
SCALAR_BENCH = os.path.join(ROOT, "build-scalar", "omen-bench")
MICRO = os.path.join(ROOT, "build", "omen-microbench")
OUT = os.path.join(ROOT, "results", "claims")
REPORT = os.path.join(ROOT, "results", "claims.md")
FFI = os.path.join(OUT, "ffi_cost.csv")
LIBOMEN = os.path.join(ROOT, "build", "libomen.so")
QUICK = os.environ.get("CLAIMS_QUICK") == "1"  # small sizes, for trying the script

N = "1M" if QUICK else "10M"
LOOKUPS = "50K" if QUICK else "300K"
DATA = "lognormal:%s,uniform_sparse:%s" % (N, N)
WARM = "rocksdb:cache_mb=4096"  # everything fits in the block cache
COLD = "rocksdb:cache_mb=8"     # most blocks are read from the OS page cache
# RocksDB set up as its documentation recommends for point reads held in
# memory (OptimizeForPointLookup, the tuning guide): a hash index, a hash
# table in each data block, index and filter blocks pinned in the cache, no
# filter probe on the last level (lookups mostly hit), the cache holding all.
TUNED = "rocksdb:cache_mb=4096,index=hash,data_hash=1,pin=1,filters_for_hits=1"
LAYER0 = "hotcold:hot_frac=0,cold=all,cache_mb=4096"     # a layer that serves nothing
LAYER = "hotcold:hot_frac=0.1,cold=all,cache_mb=4096"    # serves its 10 % of the keys
SIMD_N = ["1M"] if QUICK else ["10M", "100M"]
SIMD_INDEXES = "binsearch,linear,rmi,pla,radixspline,btree"
SCALAR_FLAGS = "-fno-tree-vectorize"  # with --isa scalar: no SIMD anywhere

RUNS = {
    # Claims 1-3, 5: point and range lookups, learned indexes against RocksDB.
    "lookups": ["--data", DATA, "--index",
                "binsearch,linear,rmi,%s,%s,%s,%s,%s" % (WARM, COLD, TUNED, LAYER0, LAYER),
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
    # Claim 7: every kernel table in one binary (the scalar one built -O3,
    # so the compiler may vectorise it), whole lookups.
    "isa": ["--data", "lognormal:%s" % N, "--index", "linear,rmi,pla,radixspline,btree",
            "--isa", "scalar,avx2,avx512", "--threads", "1", "--lookups", "1M", "--repeat", "5"],
    # Claim 8: one lookup per call against a batch per call.
    "single": ["--data", "lognormal:%s" % N, "--index", "linear,rmi,pla,btree,binsearch",
               "--threads", "1", "--lookups", "1M", "--repeat", "5"],
    "batch": ["--data", "lognormal:%s" % N, "--index", "linear,rmi,pla,btree,binsearch",
              "--batch", "64", "--threads", "1", "--lookups", "1M", "--repeat", "5"],
}
# Claim 7 against a build with no SIMD at all (build-scalar/, made by `make
# claims` with SCALAR_FLAGS, kernels forced to scalar) and the normal build
# with its best kernels, whole and batched lookups; the two binaries run
# back to back, scalar first.
for _n in SIMD_N:
    for _mode, _extra in (("whole", []), ("batch", ["--batch", "64"])):
        for _b in ("scalar", "simd"):
            RUNS["simd_%s_%s_%s" % (_n, _mode, _b)] = (
                ["--data", "lognormal:%s" % _n, "--index", SIMD_INDEXES, "--threads", "1",
                 "--lookups", "1M", "--budget", "0.3", "--repeat", "5"] + _extra
                + (["--isa", "scalar"] if _b == "scalar" else []))


def binary_of(name):
    return SCALAR_BENCH if name.endswith("_scalar") else BENCH


def run_bench(name):
    path = os.path.join(OUT, name + ".csv")
    cmd = [binary_of(name)] + RUNS[name] + ["--quiet", "--out", path]
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


def have(name):
    return os.path.exists(os.path.join(OUT, name + ".csv"))


def main():
    if not os.path.exists(BENCH):
        sys.exit("claims: build omen first (make)")
    os.makedirs(OUT, exist_ok=True)
    if "--report-only" in sys.argv:
        # Rewrite the report from the CSVs of the last run, without measuring.
        res = {name: (list(csv.DictReader(open(os.path.join(OUT, name + ".csv")))),
                      " ".join(["omen-bench"] + RUNS[name])) for name in RUNS if have(name)}
        mpath = os.path.join(OUT, "microbench.json")
        write_report(res, json.load(open(mpath)) if os.path.exists(mpath) else None)
        return
    if not os.path.exists(SCALAR_BENCH):
        print("claims: %s is missing (make claims builds it): claim 7 is not tested against a "
              "build without SIMD" % SCALAR_BENCH, flush=True)
    # Runs of an earlier configuration must not be read as this one's.
    for name in os.listdir(OUT):
        if name.startswith("simd_") and name.split(".")[0] not in RUNS:
            os.remove(os.path.join(OUT, name))
    res = {name: run_bench(name) for name in RUNS if os.path.exists(binary_of(name))}
    run_ffi()
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


def python_with_numpy():
    """Claim 8 runs in a Python with numpy: OMEN_PYTHON3, Debian's python3
    (python3-numpy is installed for it), or this one."""
    for py in (os.environ.get("OMEN_PYTHON3"), "/usr/bin/python3", sys.executable):
        if py and os.path.exists(py) and subprocess.run(
                [py, "-c", "import numpy"], capture_output=True).returncode == 0:
            return py
    return None


def run_ffi():
    """Claim 8: a get from Python through ctypes and cffi beside C
    (scripts/ffi_cost.py); without libomen.so or numpy the claim stays
    untested, and an older run's CSV is not read as this one's."""
    for stale in (FFI, FFI + ".meta.json"):
        if os.path.exists(stale):
            os.remove(stale)
    py = python_with_numpy()
    if not os.path.exists(LIBOMEN) or not py:
        print("claims: %s: claim 8 is not measured" % (
            "%s is missing" % LIBOMEN if py else "no python3 with numpy"), flush=True)
        return
    cmd = [py, os.path.join(ROOT, "scripts", "ffi_cost.py"), "--out", FFI] + (
        ["--quick"] if QUICK else [])
    print("claims: " + " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)


def ns(r):
    return float(r["ns_per_op"])


def mops(r):
    return float(r["mops"])


def plot(res, path):
    """Throughput of the learned indexes and RocksDB, point lookups (log scale)."""
    rows, _ = res["lookups"]
    dat = path + ".dat"
    names = [("linear", ""), ("rmi", ""), ("rocksdb", "cache_mb=4096"), ("rocksdb", "cache_mb=8"),
             ("rocksdb", TUNED.split(":", 1)[1]), ("hotcold", LAYER0.split(":", 1)[1]),
             ("hotcold", LAYER.split(":", 1)[1])]
    labels = ["linear", "rmi", "RocksDB warm", "RocksDB 8 MB", "RocksDB tuned", "layer serving 0 %",
              "layer serving 10 %"]
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
    plot(res, os.path.join(OUT, "claims"))
    claims_report.write(res, micro, SIMD_N, REPORT, OUT, RUNS)
    print("claims: wrote " + REPORT)


if __name__ == "__main__":
    main()
