#!/usr/bin/env python3
"""results/rw/README.md from scripts/bench_rw.sh's CSV: the read-write mixes'
tables and issue 21's targets, scored.

    rw_report.py DIR     reads DIR/rw.csv (with its .csv.meta.json), writes
                         DIR/README.md

Every number comes from the CSVs. A ratio is one row's throughput over
another's (the inverse of their median ns per operation); the range in
brackets is the widest the two rows' min-max spreads allow. A target is
*met* only where that whole range clears it, *within noise* where the
median clears it but the range does not, *missed (within noise)* where the
median misses but the range reaches it, *missed* where the whole range
misses.
"""
import csv
import json
import os
import sys

LEARNED = ["dpgm", "gapped"]
BASE = "btree_dyn"
# Issue 21's peers (plugins built from the user's checkouts), where the run had them.
PEERS = ["peer_alex", "peer_lipp"]
PEER_MIXES = ["rw:90", "rw:50"]
MIXES = ["rw:90", "rw:50", "rw:10", "rw:0", "scan:100", "delete:10", "shift"]


class BadInput(Exception):
    pass


def load(path):
    if not os.path.exists(path):
        raise BadInput(f"{path} is missing; run scripts/bench_rw.sh (make bench-rw)")
    with open(path, newline="") as f:
        reader = csv.DictReader(f)
        fields = reader.fieldnames or []
        if "p50_ns" not in fields:
            raise BadInput(f"{path}: no p50_ns column; not a read-write run of omen-bench")
        rows = list(reader)
    try:
        with open(path + ".meta.json") as f:
            meta = json.load(f)
    except (OSError, ValueError):
        raise BadInput(f"{path}.meta.json is missing or not JSON; rerun scripts/bench_rw.sh")
    return fields, rows, meta


def name(r):
    return r["index"]


def short(ds):
    return os.path.basename(ds)


def ratio(a, b):
    """Throughput of a over b: (median, lo, hi) from ns per op and spreads."""
    na, nb = float(a["ns_per_op"]), float(b["ns_per_op"])
    return nb / na, float(b["ns_min"]) / float(a["ns_max"]), float(b["ns_max"]) / float(a["ns_min"])


def score(med, lo, hi, need):
    """ratio >= need."""
    if lo >= need:
        return "met"
    if med >= need:
        return "within noise"
    if hi >= need:
        return "missed (within noise)"
    return "missed"


def fr(t):
    return "%.2f× (%.2f–%.2f)" % t


def mops(r):
    return "%.2f (%.2f–%.2f)" % (float(r["mops"]), 1e3 / float(r["ns_max"]), 1e3 / float(r["ns_min"]))


def memx(r):
    """Index bytes after the stream over the key/payload arrays (16 B a key)."""
    return int(r["size_bytes"]) / (16.0 * max(1, int(r["keys_after"])))


def rocks_build(meta):
    """Which RocksDB library ran, from the provenance, and whether it checks assertions."""
    a = meta.get("rocksdb_assertions")
    return "RocksDB %s from %s, %s" % (
        meta.get("rocksdb_version", "(version not recorded)"),
        meta.get("rocksdb_library", "a library not recorded"),
        "assertions on" if a is True else "assertions off (NDEBUG)" if a is False
        else "assertions not recorded")


def prov_line(path, meta):
    return "`%s`: commit %s%s, %s, %s cores, %s, %s; command `%s`" % (
        path, meta.get("git_commit", "?")[:12], " (dirty)" if meta.get("git_dirty") else "",
        meta.get("cpu", "?"), meta.get("cores_online", "?"), meta.get("compiler", "?"),
        meta.get("date", "?"), meta.get("command", "?"))


def table(head, rows):
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    out += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return out


def dataset_section(ds, rows, scores):
    by = {(name(r), r["workload"]): r for r in rows if r["dataset"] == ds}
    idx = list(dict.fromkeys(name(r) for r in rows if r["dataset"] == ds))
    mixes = [m for m in MIXES if any((i, m) in by for i in idx)]
    mixes += [m for m in dict.fromkeys(r["workload"] for r in rows if r["dataset"] == ds) if m not in mixes]
    n = next(int(r["n"]) for r in rows if r["dataset"] == ds)
    out = ["", "### %s (%s keys, half of the distinct ones bulk-loaded)" % (short(ds), f"{n:,}"), "",
           "Throughput, Mops/s: median of the passes (min–max).", ""]
    out += table(["index"] + mixes, [[i] + [mops(by[(i, m)]) if (i, m) in by else "–" for m in mixes]
                                     for i in idx])
    out += ["", "Speedup over %s (throughput ratio, spread):" % BASE, ""]
    out += table(["index"] + mixes, [[i] + [fr(ratio(by[(i, m)], by[(BASE, m)]))
                                            if (i, m) in by and (BASE, m) in by else "–" for m in mixes]
                                     for i in idx if i != BASE])
    out += ["", "Latency of the sampled operations, ns: p50 / p99 / p99.9.", ""]
    out += table(["index"] + mixes, [[i] + ["%.0f / %.0f / %.0f" % (float(by[(i, m)]["p50_ns"]),
                                                                     float(by[(i, m)]["p99_ns"]),
                                                                     float(by[(i, m)]["p999_ns"]))
                                            if (i, m) in by else "–" for m in mixes] for i in idx])
    out += ["", "Memory after the stream: index bytes over the key/payload arrays (16 bytes a key "
            "held); RocksDB's is its files in /dev/shm.", ""]
    out += table(["index"] + mixes, [[i] + ["%.2f×" % memx(by[(i, m)]) if (i, m) in by else "–"
                                            for m in mixes] for i in idx])
    # The targets, with the best learned variant of each mix.
    tg = []
    for m in mixes:
        learned = [by[(v, m)] for v in LEARNED if (v, m) in by]
        if not learned:
            continue
        best = max(learned, key=lambda r: float(r["mops"]))
        base = by.get((BASE, m))
        need = {"rw:90": 1.5, "rw:50": 1.0, "rw:0": 0.5}.get(m)
        if need and base:
            t = ratio(best, base)
            v = score(*t, need)
            tg.append(("best learned ≥ %g× %s on %s" % (need, BASE, m), v,
                       "%s %s" % (name(best), fr(t))))
            scores.setdefault(tg[-1][0], []).append((short(ds), v, tg[-1][2]))
        rdb = by.get(("rocksdb", m))
        if rdb:
            t = ratio(best, rdb)
            v = score(*t, 10)
            tg.append(("best learned ≥ 10× RocksDB on %s" % m, v, "%s %s" % (name(best), fr(t))))
            scores.setdefault("best learned ≥ 10× RocksDB, every mix", []).append(
                (short(ds), v, "%s %s %s" % (m, name(best), fr(t))))
        peer_targets(m, best, [by[(p, m)] for p in PEERS if (p, m) in by], short(ds), tg, scores)
        x = memx(best)
        v = "met" if x <= 2 else "missed"
        scores.setdefault("memory ≤ 2× the key/payload arrays (best learned)", []).append(
            (short(ds), v, "%s %s %.2f×" % (m, name(best), x)))
        tg.append(("memory ≤ 2× key/payload arrays on %s" % m, v, "%s %.2f×" % (name(best), x)))
    bad = [r for r in rows if r["dataset"] == ds and r["valid"] != "true"]
    v = "missed" if bad else "met"
    tg.append(("every answer valid", v, "%d rows, %d invalid" % (len(by), len(bad))))
    scores.setdefault("every answer valid", []).append((short(ds), v, "%d invalid" % len(bad)))
    out += ["", "Targets on %s:" % short(ds), ""]
    out += table(["target", "verdict", "figures"], tg)
    return out


def peer_targets(m, best, peers, ds, tg, scores):
    """Issue 21's peer target on mix m: the best learned row at least as fast
    as the faster peer (on PEER_MIXES, by the spread rule), and its p99.9 at
    most 3x the lower of the peers' p99.9 (every mix; a percentile over all
    passes has no spread, so that one is met or missed)."""
    if not peers:
        return
    if m in PEER_MIXES:
        top = max(peers, key=lambda r: float(r["mops"]))
        t = ratio(best, top)
        v = score(*t, 1.0)
        key = "best learned ≥ 1× the better of ALEX/LIPP on %s" % m
        tg.append((key, v, "%s %s over %s" % (name(best), fr(t), name(top))))
        scores.setdefault(key, []).append((ds, v, tg[-1][2]))
    low = min(peers, key=lambda r: float(r["p999_ns"]))
    lim = 3 * float(low["p999_ns"])
    x = float(best["p999_ns"])
    v = "met" if x <= lim else "missed"
    fig = "%s %.0f ns vs 3 × %s %.0f ns = %.0f ns" % (name(best), x, name(low), float(low["p999_ns"]), lim)
    tg.append(("best learned p99.9 ≤ 3× ALEX/LIPP's on %s" % m, v, fig))
    scores.setdefault("best learned p99.9 ≤ 3× the lower of ALEX/LIPP's, every mix", []).append(
        (ds, v, "%s %s %.0f ns (limit %.0f)" % (m, name(best), x, lim)))


ORDER = ["rw:90", "rw:50", "rw:0", "ALEX", "RocksDB", "memory", "valid"]


def summary_rows(scores):
    """[target, verdict, figures] per target over every dataset."""
    rows = []
    for t in sorted(scores, key=lambda t: next((i for i, k in enumerate(ORDER) if k in t), 9)):
        cases = scores[t]
        kinds = {}
        for ds, v, fig in cases:
            kinds.setdefault(v, []).append(ds if "every mix" not in t and "memory" not in t else ds + " " + fig)
        verdict = "met" if set(kinds) == {"met"} else "; ".join(
            "%s: %s" % (k, ", ".join(dict.fromkeys(v))) for k, v in kinds.items())
        figs = "; ".join("%s %s" % (ds, fig) for ds, v, fig in cases) if "every" not in t and \
            "memory" not in t else ""
        rows.append([t, verdict, figs])
    return rows


def target_rows(rows):
    """The targets over every dataset of rows (for the site)."""
    scores = {}
    for ds in dict.fromkeys(r["dataset"] for r in rows):
        dataset_section(ds, rows, scores)
    return summary_rows(scores)


def summarise(scores, rows):
    out = ["", "## Targets (issue 21), every dataset", ""]
    out += table(["target", "verdict", "figures (dataset: best learned, ratio and spread)"], summary_rows(scores))
    ran = [p for p in PEERS if any(r["index"] == p for r in rows)]
    if not ran:
        out += ["", "Not measured here: ALEX and LIPP (issue 21 part 4, plugins built from user "
                "checkouts; scripts/bench_rw.sh adds them when built) — the targets against them "
                "are not scored."]
    else:
        out += ["", "Peers: %s (plugins built from the user's checkouts, README \"Peers\"); the "
                "throughput target takes the faster of them on each mix, the p99.9 one the lower "
                "p99.9 of them.%s" % (", ".join(ran), "" if set(ran) == set(PEERS) else
                                        " Not in this run (not built, or left out by RW_PEERS): %s." % ", ".join(
                                            p for p in PEERS if p not in ran))]
        gone = [(p, m) for p in ran for m in MIXES if any(r["workload"] == m for r in rows)
                and not any(r["index"] == p and r["workload"] == m for r in rows)]
        if gone:
            out += ["", "Not run (skipped by the harness, or left out of the run): %s." % ", ".join(
                "%s on %s%s" % (p, m, " (LIPP has no erase)" if (p, m) == ("peer_lipp", "delete:10") else "")
                for p, m in gone)]
    return out


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    d = sys.argv[1]
    path = os.path.join(d, "rw.csv")
    try:
        _, rows, meta = load(path)
    except BadInput as e:
        sys.exit(f"rw_report: {e}")
    ops = {}
    for r in rows:
        ops.setdefault(r["index"], set()).add(int(r["ops"]))
    cut = ", ".join("%s %s" % (i, "–".join(f"{x:,}" for x in sorted({min(v), max(v)})))
                    for i, v in ops.items())
    ran = [n for p, n in (("peer_alex", "ALEX"), ("peer_lipp", "LIPP")) if p in ops]
    rivals = ["a B+-tree"] + ran + ["RocksDB"]
    lines = ["# Read-write workloads: updatable learned indexes against %s and %s (issue 21)"
             % (", ".join(rivals[:-1]), rivals[-1]), "",
             "Generated by `scripts/rw_report.py` from the CSV of `scripts/bench_rw.sh` "
             "(`make bench-rw`); do not edit. GRE's mixes (datasets/workload_rw.c): half of each "
             "dataset's distinct keys bulk-loaded (untimed, afresh every pass), then one stream on "
             "one thread: `rw:R` R % lookups of present keys and the rest inserts of the other "
             "keys in random order; `scan:100` 95 % scans of 100 keys, 5 % inserts; `delete:10` "
             "10 % erases, 45 % lookups, 45 % inserts; `shift` 50 % lookups, 50 % inserts of keys "
             "drawn uniformly over the dataset's key range (not its distribution). Every pass's "
             "answers are checked against the stream's oracle (a simulation precomputed from the "
             "stream). Latency: about one operation in 32, at random gaps (16 to 47), timed alone (the clock's own median cost "
             "subtracted), percentiles over all passes. Memory: the index's bytes after the last "
             "stream.",
             "",
             "All rows ran in the same round-robin passes. RocksDB runs in memory (its directory in "
             "/dev/shm), WAL off: %s; with `--budget %g` a row "
             "whose first pass outlasts the budget runs the prefix that pass reached, validated "
             "against the oracle's checksum of that prefix. Operations a pass, by index: %s." % (
                 rocks_build(meta), meta.get("budget_s", 0), cut),
             "", "Provenance: " + prov_line(path, meta)]
    scores = {}
    body = ["", "## Per dataset"]
    for ds in dict.fromkeys(r["dataset"] for r in rows):
        body += dataset_section(ds, rows, scores)
    out = lines + summarise(scores, rows) + body
    tmp = os.path.join(d, "README.md.tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    os.replace(tmp, os.path.join(d, "README.md"))
    print(f"rw_report: wrote {d}/README.md")


if __name__ == "__main__":
    main()
