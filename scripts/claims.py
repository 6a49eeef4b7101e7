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
                "linear,rmi,%s,%s,hotcold:hot_frac=0,cold=all" % (WARM, COLD),
                "--workload", "point,range:100", "--threads", "1",
                "--lookups", LOOKUPS, "--repeat", "5"],
    # Claim 4: training time on 50K records.
    "train": ["--data", "lognormal:50K,uniform_sparse:50K,zipf_gaps:50K",
              "--index", "linear,linear:segments=64,rmi,rmi:branches=256,pla,radixspline",
              "--build-repeat", "21", "--lookups", "10K", "--repeat", "3"],
    # Claim 6: hot/cold against RocksDB alone, with a skew towards recent keys.
    "hotcold": ["--data", "lognormal:%s" % N, "--index",
                "%s,hotcold:hot_frac=0.01,hotcold:hot_frac=0.1,hotcold:hot_frac=1" % WARM,
                "--workload", "recent:1.0,zipf:1.0,point", "--threads", "1",
                "--lookups", LOOKUPS, "--repeat", "5"],
    # Claim 7: SIMD over scalar on the learned index's hot path, whole lookups.
    "isa": ["--data", "lognormal:%s" % N, "--index", "linear,rmi,pla,radixspline,btree",
            "--isa", "scalar,avx2,avx512", "--threads", "1", "--lookups", "1M", "--repeat", "5"],
    # Claim 8: one lookup per call against a batch per call.
    "batch": ["--data", "lognormal:%s" % N, "--index", "linear,rmi,binsearch",
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


def write_report(res, micro):
    raise SystemExit("claims: report writer not finished")


if __name__ == "__main__":
    main()
