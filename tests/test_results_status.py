"""scripts/results_status.py on a made-up repository: a table is fresh until
code it depends on changes, stays fresh when only docs change, and a file
under results/ without provenance is listed as such."""
import json
import os
import subprocess
import sys
import tempfile
import unittest

SCRIPT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "scripts", "results_status.py")


def sh(cwd, *args):
    return subprocess.run(list(args), cwd=cwd, check=True, capture_output=True, text=True).stdout.strip()


class ResultsStatus(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        d = self.d = self.tmp.name
        sh(d, "git", "init", "-q")
        sh(d, "git", "config", "user.email", "t@example.org")
        sh(d, "git", "config", "user.name", "t")
        os.makedirs(os.path.join(d, "indexes"))
        os.makedirs(os.path.join(d, "results", "tuning"))
        os.makedirs(os.path.join(d, "docs"))
        self.write("indexes/a.c", "int a;\n")
        self.write("results/README.md", "# results\n")
        sh(d, "git", "add", "-A")
        sh(d, "git", "commit", "-qm", "code")
        head = sh(d, "git", "rev-parse", "HEAD")
        self.write("results/tuning/sweep-1M.csv", "dataset,ns_per_op\nx,1\n")
        self.write("results/tuning/sweep-1M.csv.meta.json",
                   json.dumps({"command": "omen-bench", "git_commit": head, "git_dirty": False}))
        sh(d, "git", "add", "-A")
        sh(d, "git", "commit", "-qm", "table")

    def tearDown(self):
        self.tmp.cleanup()

    def write(self, rel, text):
        with open(os.path.join(self.d, rel), "w") as f:
            f.write(text)

    def status(self, *args):
        env = dict(os.environ, OMEN_ROOT=self.d)
        p = subprocess.run([sys.executable, SCRIPT] + list(args), env=env, capture_output=True, text=True)
        return p.returncode, p.stdout + p.stderr

    def commit(self, rel, text):
        self.write(rel, text)
        sh(self.d, "git", "add", "-A")
        sh(self.d, "git", "commit", "-qm", "change")

    def test_fresh_until_code_changes(self):
        rc, out = self.status("--check")
        self.assertEqual(rc, 0, out)
        self.assertIn("fresh", out)
        self.commit("docs/x.md", "notes\n")
        self.assertEqual(self.status("--check")[0], 0)
        self.commit("indexes/a.c", "int a, b;\n")
        rc, out = self.status("--check")
        self.assertEqual(rc, 1, out)
        self.assertIn("stale", out)

    def test_a_note_without_provenance_is_listed(self):
        self.commit("results/notes.md", "hand-written\n")
        rc, out = self.status("--check")
        self.assertEqual(rc, 1, out)
        self.assertIn("notes.md", out)
        self.assertIn("not a table with provenance", out)

    def test_readme_index_is_written_between_markers(self):
        rc, out = self.status()
        self.assertEqual(rc, 0, out)
        text = open(os.path.join(self.d, "results", "README.md")).read()
        self.assertIn("`tuning/sweep-1M.csv`", text)
        self.assertIn("<!-- tables: end -->", text)
        rc, out = self.status()  # a second run replaces the block, not appends
        text = open(os.path.join(self.d, "results", "README.md")).read()
        self.assertEqual(text.count("<!-- tables: end -->"), 1)


if __name__ == "__main__":
    unittest.main()
