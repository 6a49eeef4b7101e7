#!/usr/bin/env python3
"""make results-status: every committed table under results/, the commit it
was measured at (from its provenance) and whether the code it depends on
changed since, then the index of tables in results/README.md (between its
two markers).
   scripts/results_status.py [--check]
--check writes nothing and exits 1 when a table is stale, has no
provenance, or was measured on a dirty tree.

Staleness is judged per index variant. A table's variants are the distinct
`index` values of its CSV (up to the first ':'), the union over a report's
source CSVs, a plots/ folder's CSV's, or a Markdown/JSON twin's CSV's; a
table without them (no CSV, no `index` column) is of unknown variants.
Which variant each file under indexes/ belongs to is read from the source
at HEAD: a file defining `const omen_index_vtable omen_X_vtable` is the
variant named by that vtable's `.name`, and so is what it reaches through
`#include "indexes/..."` (transitively, each header with the .c of its
stem); a file reached from several variants belongs to all of them. SHARED
are the files under indexes/ no variant reaches, those reached from code
outside indexes/ (tests/ aside) or from another shared file (a vtable's own
file excepted), and files absent at HEAD (deleted or renamed).
A table is stale when, between its commit and HEAD, a file changed under
kernels/, baselines/, harness/ or datasets/, or a shared file under
indexes/, or a file of one of its variants; a table of unknown variants, or
with rows of a variant that looks others up by name at run time
(`omen_index_find`, e.g. hotcold's hot tier), is stale on any change under
those folders and indexes/.
Read-write code: a file under harness/ or datasets/ whose name ends in
`_rw` (measure_rw.c, workload_rw.c) runs only the read-write workloads
(load, rw, scan, delete, shift); it stales only the tables with rows of
those workloads, or whose workloads are unknown (no `workload` column)."""
import csv
import functools
import glob
import json
import os
import re
import subprocess
import sys

# OMEN_ROOT: another checkout (tests/test_results_status.py uses a made-up one).
ROOT = os.environ.get("OMEN_ROOT") or os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RESULTS = os.path.join(ROOT, "results")
README = os.path.join(RESULTS, "README.md")
CODE = ["indexes", "kernels", "baselines", "harness", "datasets"]
BEGIN, END = "<!-- tables: begin (scripts/results_status.py) -->", "<!-- tables: end -->"

# Reports generated from CSVs: (report, its source CSVs, what it shows, what made it).
REPORTS = [
    ("claims.md", "claims/*.csv", "the published claims, measured, with verdicts by the written rule", "`make claims`"),
    ("frontier.md", "frontier/*.csv", "omen against PGM-index and RadixSpline, batches, two threads, the memory floor, 200M keys", "`scripts/frontier.sh`"),
    ("real-data.md", "real-data/*.csv", "issue 16's targets: every variant and the peers on the real sets (10M samples and whole) and the synthetic sets at 100M keys", "`make real-data`"),
    ("real-data/real-stats.txt", "real-data/real.csv", "model statistics (`--stats`) of the real sets' sweep", "`make real-data`"),
    ("real-data/synthetic-100M-stats.txt", "real-data/synthetic-100M.csv", "model statistics (`--stats`) of the 100M sweep", "`make real-data`"),
    ("real-data/real-full-stats.txt", "real-data/real-full.csv", "model statistics (`--stats`) of the whole large real sets' sweep", "`make real-data`"),
    ("rw/README.md", "rw/rw.csv", "issue 21's targets: read-write mixes on the updatable variants and RocksDB", "`make bench-rw`"),
    ("rw/rw.md", "rw/rw.csv", "the read-write sweep (Markdown)", "`make bench-rw`"),
    ("tuning.md", "tuning/sweep-*.csv", "the parameter sweeps behind each variant's defaults, 10M and 100M keys", "`scripts/tune.sh`"),
    ("index-family.md", "tuning/sweep-*.csv", "the family's table at 100M keys and issue 4's targets", "`scripts/tune.sh`"),
    ("isa/isa.md", "isa/isa.csv", "every index under scalar, AVX2 and AVX-512 kernels", "the command in its provenance"),
    ("reference/bench.md", "reference/bench.csv", "the default sweep (Markdown)", "`make bench`"),
    ("reference/bench.json", "reference/bench.csv", "the default sweep (JSON)", "`make bench`"),
    ("reference/compare-two-runs.txt", "reference/bench*.csv", "omen-compare --relative of the two runs of the default sweep", "`scripts/regenerate.sh repro`"),
    ("reference/repro-check.txt", "reference/bench*.csv", "the reproducibility check of the two runs (rel_ns within 5 %, same ranking)", "`scripts/regenerate.sh repro`"),
    ("claims/microbench.json", "claims/*.csv", "claims 7-8: the kernels alone (Google Benchmark; its own file records no commit)", "`make claims`"),
    ("tuning/stats-10M.txt", "tuning/sweep-10M.csv", "model statistics (`--stats`) of the 10M sweep", "`scripts/tune.sh`"),
    ("tuning/stats-100M.txt", "tuning/sweep-100M.csv", "model statistics (`--stats`) of the 100M sweep", "`scripts/tune.sh`"),
    ("tuning/defaults.md", "tuning/defaults-*.csv", "issue 16's tuner check: each learned default against its grid (verdicts)", "`scripts/tune_defaults.sh`"),
]
# --tune's text beside its CSV (scripts/tune_defaults.sh).
REPORTS += [("tuning/defaults-%s-%s.txt" % (s, v), "tuning/defaults-%s-%s.csv" % (s, v),
             "`--tune` of %s on the %s sets: grid, frontier, verdicts" % (v, s), "`scripts/tune_defaults.sh`")
            for s in ("real", "100M") for v in ("linear", "rmi", "pla", "radixspline")]
# What a CSV shows, by path; the command that made it comes from its provenance.
WHAT = {
    "real-data/real.csv": "every variant at its default and the peers on the real sets of 1M keys or more (10M samples of the large ones)",
    "real-data/synthetic-100M.csv": "every variant at its default and the peers on lognormal, uniform_sparse and zipf_gaps at 100M keys",
    "real-data/real-full.csv": "every variant at its default and the peers on the large real sets whole (18M-200M keys, SOSD's scale)",
    "claims/lookups.csv": "claims 1-3, 5: learned indexes, RocksDB (three set-ups), a learned layer on RocksDB",
    "claims/train.csv": "claim 4: build times on 50K keys",
    "claims/hotcold.csv": "claim 6: hot/cold against RocksDB alone",
    "claims/isa.csv": "claim 7: kernel tables inside one binary",
    "claims/single.csv": "claim 8's context: one lookup per call",
    "claims/batch.csv": "claim 8's context: batches of 64",
    "claims/ffi_cost.csv": "claim 8: one get from Python (ctypes, cffi) beside C, per call and batched",
    "claims/rocksdb_debian.csv": "RocksDB's point lookups by the build linked to the system's RocksDB (assertions on)",
    "claims/rocksdb_release.csv": "the same by the build linked to `make rocksdb-release`'s (assertions off)",
    "rw/rw.csv": "read-write mixes: btree_dyn, dpgm, gapped and RocksDB (in memory, WAL off), half of each set bulk-loaded",
    "reference/bench.csv": "the default sweep: every index on the synthetic and real datasets",
    "reference/bench-second-run.csv": "a second run of the default sweep, for the reproducibility check",
}
WHAT_PREFIX = [
    ("claims/simd_", "claim 7: the build without SIMD or the normal build (name: keys, whole/batch, build)"),
    ("frontier/", "a frontier run (file name: which)"),
    ("tuning/sweep-", "a parameter sweep of every variant (file name: keys)"),
    ("tuning/defaults-", "`--tune` of one variant (file name: sets, variant)"),
    ("isa/isa.csv", "every index under scalar, AVX2 and AVX-512 kernels, 10M and 100M keys"),
]
# What wrote each folder's CSVs (the exact command is in each provenance).
PRODUCER = [("claims/rocksdb_", "`scripts/rocksdb_assert_cost.sh`"), ("claims/", "`make claims`"), ("frontier/", "`scripts/frontier.sh`"),
            ("tuning/defaults-", "`scripts/tune_defaults.sh`"), ("tuning/", "`scripts/tune.sh`"), ("rw/", "`make bench-rw`"), ("reference/", "`make bench` (results/latest/, copied)")]


def what(rel):
    return WHAT.get(rel) or next((w for p, w in WHAT_PREFIX if rel.startswith(p)), "see its provenance")


def producer(rel, meta):
    return next((m for p, m in PRODUCER if rel.startswith(p)),
                "`%s`" % short(meta.get("command", "?")))


# Outputs of a command that are not tables themselves, and plot images.
SKIP_EXT = (".meta.json", ".png", ".svg", ".pdf")


def git(*args):
    return subprocess.run(["git", "-C", ROOT] + list(args), capture_output=True, text=True)


def tracked():
    out = git("ls-files", "results").stdout.split()
    return sorted(p[len("results/"):] for p in out)


def provenance(rel):
    meta = os.path.join(RESULTS, rel + ".meta.json")
    if os.path.exists(meta):
        return json.load(open(meta))
    if rel.endswith(".md"):  # omen-bench's Markdown carries its provenance in a json block
        text = open(os.path.join(RESULTS, rel)).read()
        if "```json\n" in text:
            try:
                return json.loads(text.split("```json\n", 1)[1].split("\n```", 1)[0])
            except ValueError:
                return None
        return None
    if rel.endswith(".json"):
        try:
            return json.load(open(os.path.join(RESULTS, rel))).get("provenance") or None
        except (ValueError, AttributeError):
            return None
    return None


# `#include "indexes/x.h"`: the only includes followed (others are not under indexes/).
INCLUDE = re.compile(r'^[ \t]*#[ \t]*include[ \t]+"(indexes/[^"]+)"', re.M)
VTABLE = re.compile(r"\bconst\s+omen_index_vtable\s+omen_\w+_vtable\s*=\s*\{")
NAME = re.compile(r'\.name\s*=\s*"([^"]*)"')
# A variant that looks others up by name runs their code: its rows depend on every variant.
FINDS = re.compile(r"\bomen_(?:index|registry)_find\s*\(")


def head_text(path):
    return git("show", "HEAD:" + path).stdout


def vtable_names(text):
    """The `.name` of each vtable the file defines (none found: not a variant's file)."""
    names = set()
    for m in VTABLE.finditer(text):
        end = text.find("\n};", m.end())
        n = NAME.search(text, m.end(), end if end >= 0 else len(text))
        if n:
            names.add(n.group(1))
    return names


def edges(path, texts):
    """What a change to `path` reaches under indexes/: its includes, and a header's .c."""
    out = {p for p in INCLUDE.findall(texts.get(path, "")) if p in texts}
    stem = os.path.splitext(path)
    if stem[1] == ".h" and stem[0] + ".c" in texts:
        out.add(stem[0] + ".c")
    return out


def reach(roots, texts, skip=()):
    seen, todo = set(), [r for r in roots if r not in skip]
    while todo:
        p = todo.pop()
        if p not in seen:
            seen.add(p)
            todo += [q for q in edges(p, texts) if q not in skip]
    return seen


def included_from_outside():
    """indexes/ files included by code elsewhere at HEAD (tests/ measure nothing in results/)."""
    out = git("grep", "-E", r'#[[:space:]]*include[[:space:]]+"indexes/', "HEAD", "--",
              ".", ":(exclude)indexes", ":(exclude)tests").stdout
    return set(re.findall(r'"(indexes/[^"]+)"', out))


@functools.lru_cache(maxsize=None)
def index_map():
    """({file under indexes/: the variants it belongs to}, variants that look others up by
    name). A file under indexes/ missing from the first is SHARED."""
    files = git("ls-tree", "-r", "--name-only", "HEAD", "--", "indexes").stdout.split()
    texts = {p: head_text(p) for p in files}
    roots = {p: vtable_names(t) for p, t in texts.items() if p.endswith(".c")}
    roots = {p: n for p, n in roots.items() if n}
    owners = {}
    for root, names in roots.items():
        for p in reach([root], texts):
            owners.setdefault(p, set()).update(names)
    # Unreached files and what code outside the variants includes serve unknown users,
    # and so does what they include; a vtable's own file stays its variant's.
    seeds = (set(files) - set(owners)) | (included_from_outside() & set(files))
    for p in reach(seeds, texts, skip=roots):
        owners.pop(p, None)
    dynamic = {n for p, ns in owners.items() if FINDS.search(texts[p]) for n in ns}
    return {p: frozenset(ns) for p, ns in owners.items()}, frozenset(dynamic)


@functools.lru_cache(maxsize=None)
def changed(commit):
    # --no-renames: a renamed file's old path is listed too (absent at HEAD: shared).
    return git("diff", "--name-only", "--no-renames", commit, "HEAD", "--", *CODE).stdout.split()


# Workload kinds (the name up to ':' or '@') that harness/measure_rw.c runs.
RW_KINDS = frozenset(("load", "rw", "scan", "delete", "shift"))


def rw_only(path):
    """Code only the read-write workloads run: *_rw.* under harness/ or datasets/."""
    stem = os.path.splitext(os.path.basename(path))[0]
    return path.split("/", 1)[0] in ("harness", "datasets") and stem.endswith("_rw")


def touches(path, variants, rw=None):
    """Whether a change to `path` stales a table of `variants` (None: unknown)
    with read-write rows or not (rw; None: unknown)."""
    if rw_only(path):
        return rw is not False
    if variants is None or not path.startswith("indexes/"):
        return True
    owners, dynamic = index_map()
    if variants & dynamic:
        return True
    mine = owners.get(path)  # None: shared, or absent at HEAD
    return mine is None or bool(mine & variants)


def stale(commit, variants=None, rw=None):
    """'fresh', 'stale' (code the table depends on changed since), or why it cannot be told."""
    if not commit or commit == "unknown":
        return "no commit"
    if git("cat-file", "-e", commit + "^{commit}").returncode != 0:
        return "commit not in this repository"
    return "stale" if any(touches(p, variants, rw) for p in changed(commit)) else "fresh"


@functools.lru_cache(maxsize=None)
def csv_rows(rel):
    """(field names, rows) of a CSV under results/, or None when it cannot be read."""
    if rel is None:
        return None
    try:
        with open(os.path.join(RESULTS, rel), newline="") as f:
            rows = csv.DictReader(f)
            return rows.fieldnames or [], list(rows)
    except (OSError, UnicodeDecodeError, csv.Error):
        return None


@functools.lru_cache(maxsize=None)
def csv_column(rel, column, sep):
    """The distinct values of a CSV's column, each up to the first of the
    characters in `sep`, stripped; None when the file or the column cannot
    be read (or a value is empty). Each CSV is read once for both columns."""
    rows = csv_rows(rel)
    if rows is None or column not in rows[0]:
        return None
    values = {re.split("[%s]" % re.escape(sep), (r.get(column) or "").strip(), 1)[0].strip()
              for r in rows[1]}
    return frozenset(values) if values and "" not in values else None


def csv_rw(rel):
    """Whether a CSV has rows of read-write workloads; None when it cannot tell."""
    kinds = csv_column(rel, "workload", ":@")
    return None if kinds is None else bool(kinds & RW_KINDS)


def csv_variants(rel):
    """The index variants a CSV has rows of, or None when it cannot tell (no `index` column)."""
    return csv_column(rel, "index", ":")


def twin_csv(rel, files):
    """A Markdown/JSON table's CSV: the one of its stem beside it, or None."""
    src = os.path.splitext(rel)[0] + ".csv"
    return src if src in files else None


def short(cmd):
    cmd = cmd.replace(ROOT + "/", "")
    return cmd if len(cmd) <= 110 else cmd[:107] + "..."


def entries():
    files = tracked()
    rows, covered = [], set()
    for rel in files:
        if not rel.endswith(".csv"):
            continue
        m = provenance(rel)
        covered.add(rel)
        if m is None:
            rows.append((rel, what(rel), "?", None, False, "no provenance"))
            continue
        rows.append((rel, what(rel), producer(rel, m), m.get("git_commit"),
                     bool(m.get("git_dirty")), stale(m.get("git_commit"), csv_variants(rel), csv_rw(rel))))
    for rel, src, shows, made in REPORTS:
        if rel not in files:
            continue
        covered.add(rel)
        srcs = [s[len(RESULTS) + 1:] for s in sorted(glob.glob(os.path.join(RESULTS, src)))]
        pairs = [(s, m) for s, m in zip(srcs, map(provenance, srcs)) if m]
        metas = [m for _, m in pairs]
        commits = sorted({m.get("git_commit") for m in metas})
        # Each source judged on its own commit and its own variants: a report is
        # stale when one of its sources is, not when one source's commit predates
        # a change to another source's variant.
        states = [stale(m.get("git_commit"), csv_variants(s), csv_rw(s)) for s, m in pairs]
        state = "no provenance" if not metas else (
            "stale" if "stale" in states else states[0])
        if len(commits) > 1:
            state += " (sources from %d commits)" % len(commits)
        rows.append((rel, shows, made, ",".join(c[:12] for c in commits if c) or None,
                     any(m.get("git_dirty") for m in metas), state))
    # A plots/ folder (plots/plot.py) is one entry: its figures.json names the
    # CSV it was drawn from, whose provenance it shares.
    for fig in [f for f in files if f.endswith("plots/figures.json")]:
        folder = fig[:-len("figures.json")]
        covered.update(f for f in files if f.startswith(folder))
        try:
            src = os.path.normpath(os.path.join(folder, json.load(open(os.path.join(RESULTS, fig)))["csv"]))
        except (ValueError, KeyError, OSError):
            src = None
        m = provenance(src) if src and src in files else None
        if m is None:
            rows.append((folder, "figures (gnuplot scripts, data, images)", "`plots/plot.py`", None, False,
                         "no provenance (its CSV, %s, is not committed)" % (src or "?")))
        else:
            rows.append((folder, "figures of `%s` (gnuplot scripts, data, images)" % src, "`plots/plot.py`",
                         m.get("git_commit"), bool(m.get("git_dirty")),
                         stale(m.get("git_commit"), csv_variants(src), csv_rw(src))))
    for rel in files:
        if rel in covered or rel == "README.md" or rel.endswith(SKIP_EXT):
            continue
        m = provenance(rel)
        if m is None:
            rows.append((rel, "?", "?", None, False, "not a table with provenance"))
        else:
            rows.append((rel, "the same rows in Markdown", producer(rel, m), m.get("git_commit"),
                         bool(m.get("git_dirty")),
                         stale(m.get("git_commit"), csv_variants(twin_csv(rel, files)),
                               csv_rw(twin_csv(rel, files)))))
    return rows


def table(rows):
    t = ["| file | what it shows | produced by | commit | code since |", "|---|---|---|---|---|"]
    for rel, shows, made, commit, dirty, state in rows:
        t.append("| `%s` | %s | %s | %s | %s |" % (
            rel, shows, made, ("`%s`" % commit[:12] if "," not in commit else commit) + (" (dirty)" if dirty else "")
            if commit else "—", state))
    return t


def rule():
    """The staleness rule, for the README block."""
    dirs = ", ".join("`%s/`" % c for c in CODE if c != "indexes")
    dynamic = ", ".join(sorted(index_map()[1])) or "none here"
    return ("*stale*: between the table's commit and HEAD a file changed under %s, or a shared "
            "file of `indexes/`, or a file of an index variant the table has rows of (regenerate "
            "it); *fresh*: nothing did. A variant's files are the one defining its vtable and what "
            "that reaches through `#include \"indexes/...\"` (each header with the `.c` of its "
            "stem), shared ones those reached by no variant, from code outside `indexes/` and "
            "`tests/` or from another shared file, so a change to one variant's own files stales "
            "only the tables with rows of it; a table whose variants are unknown (no CSV with an "
            "`index` column) or with rows of a variant that looks others up by name (%s) is "
            "stale on any change under `indexes/` too. Files named `*_rw` under `harness/` and "
            "`datasets/` run only the read-write workloads and stale only tables with rows of them "
            "(or of unknown workloads)." % (dirs, dynamic))


def main(argv):
    rows = entries()
    for rel, _, _, commit, dirty, state in rows:
        print("%-45s %-28s %s%s" % (rel, (commit or "-")[:27], state, " (dirty tree)" if dirty else ""))
    bad = [r for r in rows if not r[5].startswith("fresh") or r[4]]  # several fresh sources are fine
    print("%d tables, %d fresh and clean" % (len(rows), len(rows) - len(bad)))
    if "--check" in argv:
        return 1 if bad else 0
    text = open(README).read()
    head = git("rev-parse", "--short=12", "HEAD").stdout.strip()
    block = "\n".join([BEGIN, "", "HEAD is `%s`. %s" % (head, rule()), ""] + table(rows) + ["", END])
    if BEGIN in text and END in text:
        text = text[:text.index(BEGIN)] + block + text[text.index(END) + len(END):]
    else:
        text = text.rstrip() + "\n\n" + block + "\n"
    tmp = README + ".tmp"
    with open(tmp, "w") as f:
        f.write(text)
    os.replace(tmp, README)
    print("results-status: wrote the index of tables into " + os.path.relpath(README, ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
