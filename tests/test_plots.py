#!/usr/bin/env python3
"""Every CSV row reaches a plot's data, quoted params included (plots/plot.py).

    python3 tests/test_plots.py [WORKDIR]
Draws the plots of the fixture CSVs under tests/site/results and of a CSV
written here whose params hold commas, then checks every row appears in some
figure's data/NAME.tsv. With gnuplot present it also renders the SVGs.
"""
import csv
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PLOT = os.path.join(ROOT, "plots", "plot.py")
FIXTURE = os.path.join(HERE, "site", "results")
WORK = None

HEADER = ("dataset,n,dataset_hash,index,params,workload,threads,isa,ops,ns_per_op,mops,ns_min,"
          "ns_max,build_ms,size_bytes,valid,cv,oversubscribed,mean_abs_error,max_abs_error,models")


def key(r):
    return (r["dataset"], r["index"], r["params"], r["workload"], str(r["threads"]), r["isa"])


def plotted(outdir):
    seen = set()
    for name in os.listdir(os.path.join(outdir, "data")):
        with open(os.path.join(outdir, "data", name), newline="") as f:
            seen.update(key(r) for r in csv.DictReader(f, delimiter="\t"))
    return seen


def run_plot(csv_path, outdir, *extra):
    return subprocess.run([sys.executable, PLOT, csv_path, outdir, *extra], capture_output=True, text=True)


class EveryRowPlotted(unittest.TestCase):
    def check(self, csv_path, name):
        out = os.path.join(WORK, name)
        render = shutil.which("gnuplot") is not None
        p = run_plot(csv_path, out, *(["--formats", "svg"] if render else ["--data-only"]))
        self.assertEqual(p.returncode, 0, p.stderr)
        with open(csv_path, newline="") as f:
            rows = list(csv.DictReader(f))
        self.assertTrue(rows)
        missing = [key(r) for r in rows if key(r) not in plotted(out)]
        self.assertEqual(missing, [], f"rows of {csv_path} missing from the plots' data")
        if render:
            for fig in os.listdir(os.path.join(out, "data")):
                svg = os.path.join(out, fig[:-4] + ".svg")
                self.assertGreater(os.path.getsize(svg), 1000, svg)
        return rows, out

    def test_quoted_params(self):
        path = os.path.join(WORK, "quoted.csv")
        with open(path, "w") as f:
            f.write(HEADER + "\n")
            for ix, params, ns in [("binsearch", "", 400), ("rocksdb", "cache_mb=4096", 3000),
                                   ("hotcold", "hot_frac=0,cold=all,cache_mb=4096", 3100),
                                   ("linear", "segments=64", 200), ("rmi", "root=cubic,branches=4096", 120)]:
                for ds in ("lognormal:1M", "datasets/data/words"):
                    params_q = f'"{params}"' if "," in params else params
                    f.write(f"{ds},1000000,abc,{ix},{params_q},point,1,avx2,1000,{ns},{1000 / ns:.3f},"
                            f"{ns * 0.9},{ns * 1.2},1.5,4096,true,0.05,false,,,\n")
        rows, out = self.check(path, "quoted")
        self.assertEqual(len(rows), 10)
        with open(os.path.join(out, "data", "lookup_ns.tsv"), newline="") as f:
            got = [r for r in csv.DictReader(f, delimiter="\t") if r["index"] == "hotcold"]
        self.assertEqual([r["params"] for r in got], ["hot_frac=0,cold=all,cache_mb=4096"] * 2)
        self.assertEqual(sorted(float(r["y"]) for r in got), [3100.0, 3100.0])

    def test_fixture_csvs(self):
        for rel in ("claims/lookups.csv", "reference/bench.csv", "isa/isa.csv", "frontier/single.csv",
                    "frontier/threads.csv", "frontier/batch.csv"):
            with self.subTest(csv=rel):
                self.check(os.path.join(FIXTURE, rel), rel.replace("/", "_"))

    def test_describe_cdf(self):
        path = os.path.join(FIXTURE, "datasets", "describe.csv.cdf.csv")
        out = os.path.join(WORK, "cdf")
        p = run_plot(path, out, *(["--formats", "svg"] if shutil.which("gnuplot") else ["--data-only"]))
        self.assertEqual(p.returncode, 0, p.stderr)
        with open(path, newline="") as f:
            want = sorted((r["dataset"], float(r["rank_frac"])) for r in csv.DictReader(f))
        with open(os.path.join(out, "data", "cdf.tsv"), newline="") as f:
            got = sorted((r["dataset"], float(r["y"])) for r in csv.DictReader(f, delimiter="\t"))
        self.assertEqual(got, want)

    def test_bad_csv_is_refused_whole(self):
        path = os.path.join(WORK, "bad.csv")
        with open(path, "w") as f:
            f.write(HEADER + "\nlognormal:1M,1,abc,rmi,root=cubic,branches=4096,point,1,avx2,1,1,1,1,1,1,1,true,0,false,,,\n")
        out = os.path.join(WORK, "bad")
        p = run_plot(path, out, "--data-only")
        self.assertNotEqual(p.returncode, 0)
        self.assertIn("bad.csv:2", p.stderr)
        self.assertIn("quote", p.stderr)
        self.assertFalse(os.path.exists(out), "no partial output on bad input")


if __name__ == "__main__":
    WORK = sys.argv.pop(1) if len(sys.argv) > 1 else tempfile.mkdtemp(prefix="omen-plots-")
    shutil.rmtree(WORK, ignore_errors=True)
    os.makedirs(WORK)
    unittest.main(verbosity=1)
