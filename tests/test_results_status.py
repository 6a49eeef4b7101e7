"""scripts/results_status.py on a made-up repository: a table is fresh until
code it depends on changes, stays fresh when only docs change, and a file
under results/ without provenance is listed as such. Per index variant: a
change to one variant's files (the file with its vtable, what it includes
under indexes/ and those headers' .c) stales only the tables with rows of
it; a shared file (reached by no variant, or included from outside
indexes/) stales every table, and so does any change for a table whose
variants are unknown or that has rows of a variant looking others up by
name."""
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
        os.makedirs(os.path.dirname(os.path.join(self.d, rel)), exist_ok=True)
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

    def states(self):
        """{table: state} from --check's listing."""
        rc, out = self.status("--check")
        self.assertNotIn("Traceback", out)
        lines = [l.split() for l in out.splitlines() if " tables, " not in l]  # not the summary
        return {w[0]: w[2] for w in lines if len(w) >= 3}

    def csv_table(self, rel, head, indexes):
        """A CSV of rows of `indexes`, measured at `head`."""
        self.write(rel, "index,dataset,ns_per_op\n" + "".join("%s,x,1\n" % i for i in indexes))
        self.write(rel + ".meta.json", json.dumps({"command": "omen-bench", "git_commit": head,
                                                   "git_dirty": False}))

    def variants(self):
        """foo (foo.c + foo_leaf.c/.h), bar (bar.c), both including both.h; baz
        looking foo up by name; index.c/.h reached by no variant; bar_util.h also
        included from harness/. Tables measured at that commit: claims/foo.csv,
        claims/bar.csv, frontier/baz.csv, frontier/both.csv (foo and bar rows),
        the Markdown twin claims/foo.md, claims/extra.md without a CSV, claims.md
        over claims/*.csv, tuning.md over tuning/sweep-*.csv (setUp's sweep-1M.csv
        has no index column)."""
        vt = 'const omen_index_vtable omen_%s_vtable = {\n    .version = 1,\n    .name = "%s",\n};\n'
        self.write("indexes/index.h", "typedef struct omen_index_vtable omen_index_vtable;\n")
        self.write("indexes/index.c", '#include "indexes/index.h"\n')
        self.write("indexes/both.h", "int both;\n")
        self.write("indexes/foo_leaf.h", "int leaf(void);\n")
        self.write("indexes/foo_leaf.c", '#include "indexes/foo_leaf.h"\nint leaf(void) { return 1; }\n')
        # A `.name` before the vtable (a parameter's) is not the variant's name.
        self.write("indexes/foo.c", '#include "indexes/index.h"\n#include "indexes/foo_leaf.h"\n'
                   '#include "indexes/both.h"\nstatic const struct { const char *name; } p = '
                   '{.name = "not_a_variant"};\n' + vt % ("foo", "foo"))
        self.write("indexes/bar_util.h", "int util;\n")
        self.write("indexes/bar.c", '#include "indexes/index.h"\n#include "indexes/both.h"\n'
                   '#include "indexes/bar_util.h"\n' + vt % ("bar", "bar"))
        self.write("indexes/baz.c", '#include "indexes/index.h"\nstatic void *hot(void) '
                   '{ return (void *)omen_index_find("foo"); }\n' + vt % ("baz", "baz"))
        self.write("harness/stats.c", '#include "indexes/bar_util.h"\n')
        self.commit("results/README.md", "# results\n")
        head = sh(self.d, "git", "rev-parse", "HEAD")
        self.csv_table("results/claims/foo.csv", head, ["foo", "foo:leaf=2", "binsearch"])
        self.csv_table("results/claims/bar.csv", head, ["bar:x=1", "rocksdb:wal=0"])
        self.csv_table("results/frontier/baz.csv", head, ["baz:hot=foo"])
        self.csv_table("results/frontier/both.csv", head, ["foo", "bar"])
        self.write("results/claims/foo.md", "# foo\n```json\n%s\n```\n" % json.dumps(
            {"git_commit": head, "git_dirty": False}))
        self.write("results/claims/extra.md", "# no CSV beside it\n```json\n%s\n```\n"
                   % json.dumps({"git_commit": head, "git_dirty": False}))
        self.write("results/claims.md", "# claims\n")
        self.write("results/tuning.md", "# tuning\n")
        # setUp's sweep was measured before the variants existed: measured again here.
        self.write("results/tuning/sweep-1M.csv.meta.json",
                   json.dumps({"command": "omen-bench", "git_commit": head, "git_dirty": False}))
        sh(self.d, "git", "add", "-A")
        sh(self.d, "git", "commit", "-qm", "tables")

    def change(self, rel, more="int more;\n"):
        self.commit(rel, open(os.path.join(self.d, rel)).read() + more)

    def assertStale(self, stale):
        """Exactly the tables in `stale` are stale, the others fresh."""
        st = self.states()
        self.assertEqual(len(st), len(self.ALL), st)
        self.assertEqual(sorted(k for k, v in st.items() if v == "stale"), sorted(stale), st)
        self.assertEqual(sorted(k for k, v in st.items() if v == "fresh"),
                         sorted(set(self.ALL) - set(stale)), st)

    ALL = ["claims/foo.csv", "claims/bar.csv", "frontier/baz.csv", "frontier/both.csv",
           "tuning/sweep-1M.csv", "claims/foo.md", "claims/extra.md", "claims.md", "tuning.md"]
    UNKNOWN = ["tuning/sweep-1M.csv", "tuning.md", "claims/extra.md"]  # stale on any change
    FOO = ["claims/foo.csv", "frontier/both.csv", "claims/foo.md", "claims.md",
           "frontier/baz.csv"]  # baz looks variants up by name

    def test_a_variants_own_file_stales_only_its_tables(self):
        self.variants()
        self.assertStale([])
        self.change("indexes/foo.c")
        self.assertStale(self.FOO + self.UNKNOWN)

    def test_an_included_helper_c_stales_only_its_variants_tables(self):
        self.variants()
        self.change("indexes/foo_leaf.c")
        self.assertStale(self.FOO + self.UNKNOWN)

    def test_a_change_to_another_variant_leaves_these_tables_fresh(self):
        self.variants()
        self.change("indexes/bar.c")  # baz could look bar up too: stale with any variant
        self.assertStale(["claims/bar.csv", "frontier/both.csv", "claims.md",
                          "frontier/baz.csv"] + self.UNKNOWN)

    def test_a_report_is_stale_only_where_one_of_its_sources_is(self):
        # bar changes and claims/bar.csv is measured again; claims/foo.csv, older,
        # has no bar rows: claims.md over both stays fresh.
        self.variants()
        self.change("indexes/bar.c")
        head = sh(self.d, "git", "rev-parse", "HEAD")
        self.csv_table("results/claims/bar.csv", head, ["bar:x=1", "rocksdb:wal=0"])
        sh(self.d, "git", "add", "-A")
        sh(self.d, "git", "commit", "-qm", "bar measured again")
        st = self.states()
        self.assertEqual(st["claims/foo.csv"], "fresh", st)
        self.assertEqual(st["claims/bar.csv"], "fresh", st)
        self.assertEqual(st["claims.md"], "fresh", st)
        self.change("indexes/foo.c")  # now foo.csv is stale, and the report with it
        self.assertEqual(self.states()["claims.md"], "stale")

    def test_a_shared_file_stales_every_table(self):
        self.variants()
        self.change("indexes/index.c")
        self.assertStale(self.ALL)

    def test_a_header_included_from_outside_indexes_is_shared(self):
        self.variants()
        self.change("indexes/bar_util.h")
        self.assertStale(self.ALL)

    def test_a_deleted_variant_file_is_shared(self):
        self.variants()
        sh(self.d, "git", "rm", "-q", "indexes/foo_leaf.c")
        sh(self.d, "git", "commit", "-qm", "gone")
        self.assertStale(self.ALL)

    def test_unknown_variants_are_stale_on_any_change(self):
        self.variants()
        self.change("indexes/baz.c")  # baz's own file: foo's and bar's tables stay fresh
        self.assertStale(["frontier/baz.csv"] + self.UNKNOWN)

    def test_a_file_included_by_two_variants_stales_tables_of_either(self):
        self.variants()
        self.change("indexes/both.h")
        self.assertStale(self.FOO + ["claims/bar.csv"] + self.UNKNOWN)

    def test_other_code_folders_stale_every_table(self):
        self.variants()
        self.commit("kernels/k.c", "int k;\n")
        self.assertStale(self.ALL)

    def test_read_write_code_stales_only_read_write_tables(self):
        self.variants()
        head = sh(self.d, "git", "rev-parse", "HEAD")
        self.write("results/rw/rw.csv", "index,dataset,workload,ns_per_op\nfoo,x,rw:90,1\nfoo,x,point,1\n")
        self.write("results/rw/ro.csv", "index,dataset,workload,ns_per_op\nfoo,x,point,1\nbar,x,range:100,1\n")
        self.write("results/rw/at.csv", "index,dataset,workload,ns_per_op\nbar,x,delete:10@0.5,1\n")
        for t in ("rw", "ro", "at"):
            self.write("results/rw/%s.csv.meta.json" % t,
                       json.dumps({"command": "omen-bench", "git_commit": head, "git_dirty": False}))
        self.commit("harness/measure_rw.c", "int rw;\n")
        self.commit("datasets/workload_rw.c", "int w;\n")
        head2 = sh(self.d, "git", "rev-parse", "HEAD")
        for t in ("rw", "ro", "at"):
            self.write("results/rw/%s.csv.meta.json" % t,
                       json.dumps({"command": "omen-bench", "git_commit": head2, "git_dirty": False}))
        sh(self.d, "git", "add", "-A")
        sh(self.d, "git", "commit", "-qm", "rw tables")
        self.change("harness/measure_rw.c")
        st = self.states()
        self.assertEqual((st["rw/rw.csv"], st["rw/at.csv"], st["rw/ro.csv"]), ("stale", "stale", "fresh"), st)
        # The CSVs without a workload column cannot tell: stale.
        self.assertEqual(st["claims/foo.csv"], "stale", st)
        self.commit("harness/measure.c", "int m;\n")  # not read-write only: every table
        st = self.states()
        self.assertEqual(st["rw/ro.csv"], "stale", st)

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
