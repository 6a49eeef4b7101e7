#!/usr/bin/env python3
"""scripts/rw_report.py on hand-made rows: issue 21's peer target (the best
learned row against the faster of ALEX/LIPP on rw:90 and rw:50 by the spread
rule, its p99.9 against 3x the peers' lower p99.9) and the peers' skipped mixes.

    python3 tests/test_rw_report.py
"""
import os
import sys
import unittest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "scripts"))
import rw_report  # noqa: E402


def row(index, wl, ns, lo, hi, p999, ds="lognormal:1M"):
    return {"dataset": ds, "n": "1000000", "index": index, "workload": wl, "ns_per_op": str(ns),
            "mops": str(1e3 / ns), "ns_min": str(lo), "ns_max": str(hi), "p50_ns": "100",
            "p99_ns": "500", "p999_ns": str(p999), "size_bytes": str(16 * 500000),
            "keys_after": "500000", "valid": "true", "ops": "1000"}


def verdicts(rows):
    return {t: v for t, v, _ in rw_report.target_rows(rows)}


T90 = "best learned ≥ 1× the better of ALEX/LIPP on rw:90"
T50 = "best learned ≥ 1× the better of ALEX/LIPP on rw:50"
TP = "best learned p99.9 ≤ 3× the lower of ALEX/LIPP's, every mix"


class PeerTarget(unittest.TestCase):
    def base(self):
        return [row("btree_dyn", "rw:90", 200, 190, 210, 5000), row("btree_dyn", "rw:50", 200, 190, 210, 5000),
                row("btree_dyn", "delete:10", 200, 190, 210, 5000)]

    def test_met_noise_missed(self):
        rows = self.base() + [
            # rw:90: dpgm 100 ns (90-110) against the faster peer 150 ns (140-160): whole range clears 1x.
            row("dpgm", "rw:90", 100, 90, 110, 3000), row("peer_alex", "rw:90", 150, 140, 160, 900),
            row("peer_lipp", "rw:90", 300, 290, 310, 1000),
            # rw:50: dpgm 100 (80-130) against lipp 110 (95-120): median clears, range does not.
            row("dpgm", "rw:50", 100, 80, 130, 2000), row("peer_alex", "rw:50", 400, 390, 410, 800),
            row("peer_lipp", "rw:50", 110, 95, 120, 700)]
        v = verdicts(rows)
        self.assertEqual(v[T90], "met")
        self.assertEqual(v[T50], "within noise: lognormal:1M")
        # 3000 > 3 x 900 on rw:90 (the lower of the two peers), 2000 <= 3 x 700 on rw:50.
        self.assertTrue(v[TP].startswith("missed: lognormal:1M rw:90 dpgm 3000 ns (limit 2700)"), v[TP])
        self.assertIn("met: lognormal:1M rw:50", v[TP])

    def test_missed_and_no_peers(self):
        rows = self.base() + [row("gapped", "rw:90", 300, 290, 310, 100),
                              row("peer_lipp", "rw:90", 100, 95, 105, 100)]
        v = verdicts(rows)
        self.assertEqual(v[T90], "missed: lognormal:1M")
        self.assertNotIn(T50, v)     # no peer ran rw:50
        self.assertEqual(v[TP], "met")
        self.assertFalse(any("ALEX" in t for t in verdicts(self.base() + [row("dpgm", "rw:90", 1, 1, 1, 1)])))

    def test_skipped_mix_named(self):
        rows = self.base() + [row("dpgm", "rw:90", 100, 90, 110, 100), row("dpgm", "delete:10", 100, 90, 110, 100),
                              row("peer_lipp", "rw:90", 150, 140, 160, 100),
                              row("peer_alex", "delete:10", 150, 140, 160, 100)]
        scores = {}
        for ds in dict.fromkeys(r["dataset"] for r in rows):
            rw_report.dataset_section(ds, rows, scores)
        text = "\n".join(rw_report.summarise(scores, rows))
        self.assertIn("peer_lipp on delete:10 (LIPP has no erase)", text)
        self.assertIn("peer_alex on rw:90", text)
        self.assertNotIn("Not measured here", text)


if __name__ == "__main__":
    unittest.main()
