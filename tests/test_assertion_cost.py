"""scripts/claims_report.py's section on RocksDB's assertions, on made-up
CSVs: the cost is the ratio of the two builds' rel_ns with its spread; it is
absent without both CSVs and refused when the provenance names the wrong
builds."""
import csv
import json
import os
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "scripts"))
import claims_report  # noqa: E402

COLS = "dataset,index,params,workload,ns_per_op,ns_min,ns_max,rel_ns,rel_min,rel_max".split(",")


def table(d, name, rel, assertions):
    path = os.path.join(d, "rocksdb_%s.csv" % name)
    with open(path, "w", newline="") as f:
        w = csv.DictWriter(f, COLS)
        w.writeheader()
        w.writerow(dict(dataset="x", index="binsearch", params="", workload="point", ns_per_op=100,
                        ns_min=90, ns_max=110, rel_ns=1, rel_min=1, rel_max=1))
        w.writerow(dict(dataset="x", index="rocksdb", params="cache_mb=8", workload="point",
                        ns_per_op=100 * rel[0], ns_min=90 * rel[0], ns_max=110 * rel[0],
                        rel_ns=rel[0], rel_min=rel[1], rel_max=rel[2]))
    with open(path + ".meta.json", "w") as f:
        json.dump({"rocksdb_assertions": assertions, "rocksdb_version": "7.8.3",
                   "rocksdb_library": "/lib/%s.so" % name}, f)


class AssertionCost(unittest.TestCase):
    def test_ratio_and_spread(self):
        with tempfile.TemporaryDirectory() as d:
            table(d, "debian", (12.0, 11.0, 13.0), True)
            table(d, "release", (10.0, 9.5, 10.5), False)
            text = "\n".join(claims_report.assertion_cost(d))
            self.assertIn("| x | `cache_mb=8` | 1200 (12.00) | 1000 (10.00) | 1.20× (1.05–1.37) |", text)

    def test_absent_without_both_tables(self):
        with tempfile.TemporaryDirectory() as d:
            table(d, "debian", (12.0, 11.0, 13.0), True)
            self.assertEqual(claims_report.assertion_cost(d), [])

    def test_wrong_builds_are_not_measured(self):
        with tempfile.TemporaryDirectory() as d:
            table(d, "debian", (12.0, 11.0, 13.0), True)
            table(d, "release", (10.0, 9.5, 10.5), True)  # both with assertions
            text = "\n".join(claims_report.assertion_cost(d))
            self.assertIn("Not measured", text)
            self.assertNotIn("1.20×", text)


if __name__ == "__main__":
    unittest.main()
