"""The read-write page: results/rw/ (make bench-rw), its targets, tables and plots."""
import re

import rw_report
from rows import ordered
from sitegen.html import cell, esc, num, table
from sitegen.pages import figs, missing, section


def _span(r):
    return f"{num(r['mops'])} ({num(1e3 / r['ns_max'])}–{num(1e3 / r['ns_min'])})"


def page(ctx):
    t = ctx.tables.get("rw/rw.csv")
    if not t or not t.bench or not any(r.get("p50_ns") for r in t.rows):
        return missing("read-write table (results/rw/rw.csv)", "Run <code>make bench-rw</code>."), []
    rows = [r for r in t.rows if r.get("p50_ns")]
    parts = ["<p>GRE's read-write mixes (<code>--workload load:F, rw:R, scan:W, delete:D, shift</code>): half of "
             "each dataset's distinct keys bulk-loaded afresh before every pass (untimed), then one stream on one "
             "thread, every answer checked against the stream's oracle. Throughput is the median of the passes "
             "with their min–max; latency is of about one operation in 32 (at random gaps), timed alone. RocksDB runs in memory "
             "(/dev/shm, WAL off); a row slower than the run's --budget runs a prefix of the stream (its "
             "ops column), in the same passes.</p>"]
    parts.append(table(["target", "verdict", "figures"], rw_report.target_rows(rows),
                       "Issue 21's targets, scored on every dataset: met only where the min–max spreads clear "
                       "them", t))
    for ds in ordered(r["dataset"] for r in rows):
        dr = [r for r in rows if r["dataset"] == ds]
        short = dr[0]["ds"]
        slug = re.sub(r"[^A-Za-z0-9]+", "_", short).strip("_")
        mixes = ordered(r["workload"] for r in dr)
        labels = ordered(r["label"] for r in dr)
        by = {(r["label"], r["workload"]): r for r in dr}
        base = next((r for r in dr if r["index"] == rw_report.BASE), None)
        parts.append(f"<h3>{esc(short)} ({int(dr[0]['n']):,} keys)</h3>")
        parts.append(figs(ctx, t, [f"rw_{slug}", f"rw_p999_{slug}"]))

        def grid(caption, fmt, sort):
            out = []
            for lab in labels:
                row = [lab]
                for m in mixes:
                    r = by.get((lab, m))
                    row.append(cell(fmt(r, m), sort(r, m)) if r else "")
                out.append(row)
            return table(["index"] + mixes, out, caption, t, numeric=tuple(range(1, 1 + len(mixes))))

        parts.append(grid(f"Throughput on {short}, Mops/s: median (min–max)", lambda r, m: _span(r),
                          lambda r, m: r["mops"]))
        if base:
            bases = {r["workload"]: r for r in dr if r["index"] == rw_report.BASE}

            def speed(r, m):
                b = bases.get(m)
                return "%.2f× (%.2f–%.2f)" % rw_report.ratio(r, b) if b else ""

            parts.append(grid(f"Speedup over {rw_report.BASE} on {short} (throughput ratio, spread)", speed,
                              lambda r, m: rw_report.ratio(r, bases[m])[0] if m in bases else ""))
        parts.append(grid(f"Latency on {short}, ns: p50 / p99 / p99.9",
                          lambda r, m: "%s / %s / %s" % (num(r["p50_ns"]), num(r["p99_ns"]), num(r["p999_ns"])),
                          lambda r, m: float(r["p99_ns"])))
        parts.append(grid(f"Memory on {short} after the stream: index bytes over the key/payload arrays",
                          lambda r, m: "%.2f×" % rw_report.memx(r), lambda r, m: rw_report.memx(r)))
    return section(t, "Read-write workloads (issue 21)", "\n".join(parts)), [t]
