"""Finds the results' CSV tables and reads them with their provenance."""
import csv
import os

from rows import BadInput, read_meta, read_rows
from sitegen.prov import describe

# Where each committed table comes from, by its folder under results/.
REGENERATE = {
    "latest": "make bench",
    "reference": "make bench (then copy results/latest/ to results/reference/)",
    "claims": "make claims",
    "tuning": "scripts/tune.sh",
    "isa": "the command below (from the table's provenance)",
    "frontier": "scripts/frontier.sh (needs the peers' checkouts; see README)",
    "datasets": "build/omen-bench --describe (see the datasets page)",
    "rw": "make bench-rw",
}


class Table:
    def __init__(self, root, rel, git):
        self.rel = rel
        self.path = os.path.join(root, rel)
        self.meta = read_meta(self.path)
        try:
            self.rows = read_rows(self.path)
            self.bench = True
        except BadInput:
            with open(self.path, newline="") as f:
                self.rows = list(csv.DictReader(f))
            self.bench = False
        self.prov = describe(self.meta, git)
        self.href = "data/" + rel
        top = rel.split("/", 1)[0]
        self.regenerate = REGENERATE.get(top, "the command below")

    def slug(self):
        return self.rel[:-4].replace("/", "-")


def find(root, git):
    """Every CSV under ROOT (plots folders aside), sorted by path."""
    found = []
    for d, dirs, files in os.walk(root):
        dirs[:] = sorted(x for x in dirs if not x.startswith("plots"))
        for f in sorted(files):
            if f.endswith(".csv"):
                found.append(Table(root, os.path.relpath(os.path.join(d, f), root), git))
    return {t.rel: t for t in found}


def pick(tables, *names):
    for n in names:
        if n in tables and tables[n].bench and tables[n].rows:
            return tables[n]
    return None
