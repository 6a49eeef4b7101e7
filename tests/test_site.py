#!/usr/bin/env python3
"""The site generator without a browser: verdict parsing, staleness, the build.

    python3 tests/test_site.py [WORKDIR]
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path[:0] = [os.path.join(ROOT, "scripts"), os.path.join(ROOT, "plots")]
from sitegen import claims  # noqa: E402
from sitegen.prov import Git, describe  # noqa: E402

FIXTURE = os.path.join(HERE, "site", "results")
WORK = None

NEW_FORMAT = """# Published claims, checked on this machine

Verdict rule: a claim is *reproduced* when the claimed figure lies within the measured
min-max range or within 15 % of the median; *direction only* when the ordering holds.

## Summary

| # | claim | claimed | measured | Verdict |
|---|---|---:|---:|---|
| 1 | linear vs RocksDB, point | 1.39× | 18–31× | **direction only**: learned faster, but 18–31× rather than 1.39× |
| 5 | learned layer on RocksDB | 0.92× | — | not tested: omen has no such design |
| 7 | SIMD ~10× | 10× | 0.96–1.15× | not reproduced |
| 9 | something noisy | 1.1× | 0.9–1.3× | inconclusive |
"""

NO_TABLE = """# Claims

## 1. Linear vs RocksDB

Some text.

**Verdict: reproduced.** More text.

## 2. SIMD

Verdict — not tested (no scalar build)
"""


class Verdicts(unittest.TestCase):
    def test_committed_format(self):
        with open(os.path.join(FIXTURE, "claims.md")) as f:
            headers, rows = claims.verdicts(f.read())
        self.assertIn("verdict", [h.lower() for h in headers])
        self.assertEqual(len(rows), 8)
        self.assertEqual(rows[4][-1], "not reproduced")

    def test_new_format_and_rule(self):
        headers, rows = claims.verdicts(NEW_FORMAT)
        self.assertEqual(headers[-1], "Verdict")
        self.assertEqual([r[0] for r in rows], ["1", "5", "7", "9"])
        self.assertTrue(rows[0][-1].startswith("direction only: learned faster"))
        self.assertEqual([claims.label_class(r[-1]) for r in rows],
                         ["v-direction-only", "v-not-tested", "v-not-reproduced", "v-inconclusive"])
        self.assertIn("within 15 % of the median", claims.rule(NEW_FORMAT))

    def test_headings_without_a_table(self):
        headers, rows = claims.verdicts(NO_TABLE)
        self.assertEqual(rows, [["1", "Linear vs RocksDB", "reproduced"],
                                ["2", "SIMD", "not tested (no scalar build)"]])

    def test_nothing_to_read(self):
        self.assertEqual(claims.verdicts("# Claims\n\nNothing yet.\n"), (None, []))

    def test_relink(self):
        out = claims.relink('<img src="claims/a.png"><a href="#x">x</a><a href="https://e.org">e</a>', "data/")
        self.assertEqual(out, '<img src="data/claims/a.png"><a href="#x">x</a><a href="https://e.org">e</a>')


class Staleness(unittest.TestCase):
    def test_status(self):
        git = Git(ROOT)
        if not git.ok:
            self.skipTest("not a git checkout")
        head = git.head()
        self.assertEqual(describe({"git_commit": head}, git)["status"], "current")
        self.assertEqual(describe({"git_commit": "0" * 40}, git)["status"], "unknown")
        self.assertEqual(describe({}, git)["status"], "unknown")
        last = git.last_code_change()
        if last:
            parent = git.run("rev-parse", last[0] + "^")
            if parent:
                d = describe({"git_commit": parent}, git)
                self.assertEqual(d["status"], "stale")
                self.assertIn("older than the code", d["status_text"])


class Build(unittest.TestCase):
    def run_site(self, results, out, *extra):
        return subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "site.py"), "--results", results,
                               "--out", out, *extra], capture_output=True, text=True)

    def test_fixture_site(self):
        out = os.path.join(WORK, "site")
        p = self.run_site(FIXTURE, out, "--no-plots")
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertIn(os.path.join(out, "index.html"), p.stdout)
        pages = sorted(f for f in os.listdir(out) if f.endswith(".html"))
        self.assertEqual(len(pages), 10)
        linked = set()
        for page in pages:
            with open(os.path.join(out, page)) as f:
                html = f.read()
            self.assertIn("Provenance of this page", html, page)
            linked.update(re.findall(r'href="(data/[^"#]+\.csv)"', html))
            for h in re.findall(r'href="([^"#:]+)', html):
                self.assertTrue(os.path.exists(os.path.join(out, h)), f"{page} links to missing {h}")
        csvs = {os.path.relpath(os.path.join(d, f), FIXTURE) for d, _, fs in os.walk(FIXTURE)
                for f in fs if f.endswith(".csv")}
        self.assertEqual({"data/" + c for c in csvs} - linked, set(), "every CSV linked from some page")
        with open(os.path.join(out, "index.html")) as f:
            front = f.read()
        self.assertIn("not reproduced", front)
        with open(os.path.join(out, "datasets.html")) as f:
            page = f.read()
        self.assertIn("Dataset shapes (datasets/describe.csv)", page)
        self.assertIn("80.0 %", page)   # dups:100K's duplicate share, from the fixture's describe.csv
        self.assertIn("Plots are left out", open(os.path.join(out, "lookups.html")).read())
        with open(os.path.join(out, "rw.html")) as f:
            page = f.read()
        self.assertIn("best learned ≥ 1.5× btree_dyn on rw:90", page)   # the targets, from the fixture's rw/
        self.assertIn("Speedup over btree_dyn on lognormal:100K", page)
        self.assertIn('href="data/rw/rw.csv"', page)

    def test_describe_tables(self):
        results = os.path.join(WORK, "with-describe")
        shutil.copytree(FIXTURE, results)
        shutil.rmtree(os.path.join(results, "datasets"))
        os.makedirs(os.path.join(results, "more"))
        with open(os.path.join(results, "more", "describe-extra.csv"), "w") as f:
            f.write("name,n,gap_cv\nlognormal:1M,1000000,0.51\n")
        with open(os.path.join(results, "more", "describe.json"), "w") as f:
            f.write('{"datasets": [{"name": "words", "n": 663473, "duplicates": 1200}]}')
        out = os.path.join(WORK, "site-describe")
        p = self.run_site(results, out, "--no-plots")
        self.assertEqual(p.returncode, 0, p.stderr)
        with open(os.path.join(out, "datasets.html")) as f:
            page = f.read()
        self.assertIn("Dataset shapes (more/describe-extra.csv)", page)
        self.assertIn(">1,200</td>", page)
        self.assertNotIn("No dataset description", page)

    def test_missing_results(self):
        out = os.path.join(WORK, "none")
        p = self.run_site(os.path.join(WORK, "no-such-results"), out)
        self.assertNotEqual(p.returncode, 0)
        self.assertIn("no results folder", p.stderr)
        self.assertFalse(os.path.exists(out))


if __name__ == "__main__":
    WORK = sys.argv.pop(1) if len(sys.argv) > 1 else tempfile.mkdtemp(prefix="omen-site-unit-")
    shutil.rmtree(WORK, ignore_errors=True)
    os.makedirs(WORK)
    unittest.main(verbosity=1)
