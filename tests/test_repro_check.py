"""scripts/repro_check.py on made-up runs: a drift of the whole host passes
on rel_ns and fails on raw ns; a row that really moved fails either way."""
import csv
import io
import os
import subprocess
import sys
import tempfile
import unittest

SCRIPT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "scripts", "repro_check.py")
COLS = ("dataset,n,dataset_hash,index,params,workload,threads,isa,ops,ns_per_op,mops,ns_min,"
        "ns_max,build_ms,size_bytes,valid,cv,oversubscribed,mean_abs_error,max_abs_error,models,"
        "rel_ns,rel_min,rel_max").split(",")


def write(path, rows):
    with open(path, "w", newline="") as f:
        w = csv.DictWriter(f, COLS)
        w.writeheader()
        for ds, ix, params, ns, rel in rows:
            w.writerow({"dataset": ds, "n": 1000, "dataset_hash": "0", "index": ix, "params": params,
                        "workload": "point", "threads": 1, "isa": "avx2", "ops": 1000,
                        "ns_per_op": ns, "mops": 1000 / ns, "ns_min": ns, "ns_max": ns,
                        "build_ms": 1, "size_bytes": 0, "valid": "true", "cv": 0.01,
                        "oversubscribed": "false", "rel_ns": rel, "rel_min": rel, "rel_max": rel})


def run(*args):
    p = subprocess.run([sys.executable, SCRIPT] + list(args), capture_output=True, text=True)
    return p.returncode, p.stdout + p.stderr


class ReproCheck(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.a, self.b = (os.path.join(self.dir.name, n) for n in ("a.csv", "b.csv"))
        # A quoted params field must not shift the columns.
        write(self.a, [("u:1M", "binsearch", "", 400.0, 1.0), ("u:1M", "rmi", "", 100.0, 0.25),
                       ("u:1M", "rocksdb", "cache_mb=8,bloom_bits=10", 3000.0, 7.5)])

    def tearDown(self):
        self.dir.cleanup()

    def test_host_drift_passes_on_rel_ns_and_fails_on_ns(self):
        write(self.b, [("u:1M", "binsearch", "", 440.0, 1.0), ("u:1M", "rmi", "", 110.0, 0.25),
                       ("u:1M", "rocksdb", "cache_mb=8,bloom_bits=10", 3300.0, 7.5)])
        rc, out = run(self.a, self.b)
        self.assertEqual(rc, 0, out)
        self.assertIn("1.100", out)
        rc, out = run("--ns", self.a, self.b)
        self.assertEqual(rc, 1, out)

    def test_a_row_that_moved_fails(self):
        write(self.b, [("u:1M", "binsearch", "", 400.0, 1.0), ("u:1M", "rmi", "", 120.0, 0.30),
                       ("u:1M", "rocksdb", "cache_mb=8,bloom_bits=10", 3000.0, 7.5)])
        rc, out = run(self.a, self.b)
        self.assertEqual(rc, 1, out)
        self.assertIn("differs: u:1M rmi", out)

    def test_a_changed_ranking_fails(self):
        write(self.b, [("u:1M", "binsearch", "", 400.0, 1.0), ("u:1M", "rmi", "", 100.0, 0.25),
                       ("u:1M", "rocksdb", "cache_mb=8,bloom_bits=10", 300.0, 0.2)])
        rc, out = run(self.a, self.b)
        self.assertEqual(rc, 1, out)
        self.assertIn("DIFFERENT", out)

    def test_a_swap_within_the_tolerance_is_a_tie(self):
        write(self.a, [("u:1M", "binsearch", "", 400.0, 1.0), ("u:1M", "rmi", "", 100.0, 0.25),
                       ("u:1M", "pla", "", 102.0, 0.255)])
        write(self.b, [("u:1M", "binsearch", "", 400.0, 1.0), ("u:1M", "rmi", "", 102.0, 0.255),
                       ("u:1M", "pla", "", 100.0, 0.25)])
        rc, out = run(self.a, self.b)
        self.assertEqual(rc, 0, out)
        self.assertIn("same ranking up to ties within 5 % (rmi ~ pla)", out)
        self.assertIn("identical order: 0", out)

    def test_a_swap_beyond_the_tolerance_in_both_runs_fails(self):
        write(self.a, [("u:1M", "binsearch", "", 400.0, 1.0), ("u:1M", "rmi", "", 100.0, 0.25),
                       ("u:1M", "pla", "", 108.0, 0.27)])
        write(self.b, [("u:1M", "binsearch", "", 400.0, 1.0), ("u:1M", "rmi", "", 108.0, 0.27),
                       ("u:1M", "pla", "", 100.0, 0.25)])
        rc, out = run(self.a, self.b)
        self.assertEqual(rc, 1, out)
        self.assertIn("DIFFERENT (rmi < pla, then the reverse)", out)

    def test_bad_input(self):
        with open(self.b, "w") as f:
            f.write("a,b\n1,2\n")
        rc, out = run(self.a, self.b)
        self.assertEqual(rc, 2, out)
        self.assertIn("not an omen-bench CSV", out)


if __name__ == "__main__":
    unittest.main()
