"""Reads an omen-bench CSV and its provenance with Python's csv module.

A real CSV parser matters: params such as "hot_frac=0,cold=all,cache_mb=4096"
are quoted because they hold commas, and splitting lines on commas would shift
every later field of such rows.
"""
import csv
import json
import os
import sys

NEEDED = ["dataset", "index", "params", "workload", "threads", "isa",
          "ns_per_op", "mops", "ns_min", "ns_max", "build_ms", "size_bytes"]
NUMERIC = ["threads", "ns_per_op", "mops", "ns_min", "ns_max", "build_ms", "size_bytes"]


class BadInput(Exception):
    pass


def short_dataset(name):
    """datasets/data/geoip_ipv4 -> geoip_ipv4; lognormal:10M stays."""
    return os.path.basename(name) if "/" in name else name


def series_label(row):
    return row["index"] + (" " + row["params"] if row["params"] else "")


def read_rows(path):
    """Rows as dicts, numeric fields as floats, plus 'ds' (short dataset name)."""
    try:
        f = open(path, newline="")
    except OSError as e:
        raise BadInput(f"cannot open {path}: {e.strerror}; run make bench (or give an omen-bench CSV)")
    with f:
        reader = csv.DictReader(f)
        missing = [c for c in NEEDED if c not in (reader.fieldnames or [])]
        if missing:
            raise BadInput(f"{path}: not an omen-bench CSV (no column {', '.join(missing)})")
        rows = []
        for line, r in enumerate(reader, start=2):
            if None in r or any(v is None for v in r.values()):
                raise BadInput(f"{path}:{line}: {len(reader.fieldnames)} columns expected; "
                               "quote fields that contain commas")
            for c in NUMERIC:
                try:
                    r[c] = float(r[c]) if r[c] != "" else 0.0
                except ValueError:
                    raise BadInput(f"{path}:{line}: column {c} is '{r[c]}', not a number")
            r["threads"] = int(r["threads"])
            r["ds"] = short_dataset(r["dataset"])
            r["label"] = series_label(r)
            rows.append(r)
    return rows


def read_meta(csv_path):
    """The .csv.meta.json beside a CSV, or {} when there is none."""
    try:
        with open(csv_path + ".meta.json") as f:
            return json.load(f)
    except (OSError, ValueError):
        return {}


def footer(meta):
    """One line of provenance for the bottom of a plot."""
    if not meta:
        return "omen-bench (no provenance file beside the CSV)"
    commit = str(meta.get("git_commit", "?"))[:12] + ("+dirty" if meta.get("git_dirty") else "")
    return (f"omen {commit} | {meta.get('cpu', '?')}, {meta.get('cores_online', '?')} cores | "
            f"{meta.get('compiler', '?')} | {meta.get('date', '?')} | "
            f"seed {meta.get('seed', '?')}, {meta.get('repeat', '?')} passes")


def ordered(values):
    """Distinct values in order of first appearance."""
    seen = {}
    for v in values:
        seen.setdefault(v, None)
    return list(seen)


if __name__ == "__main__":
    for p in sys.argv[1:]:
        print(p, len(read_rows(p)), "rows")
