"""Row selections and the tables of rows that several pages share."""
from rows import ordered
from sitegen.html import Raw, cell, esc, num, size, table

PEER_PREFIX = "peer_"
NOT_INDEXES = ("floor",)
EXTERNAL = ("rocksdb",)


def main_isa(t):
    isas = ordered(r["isa"] for r in t.rows)
    d = t.meta.get("isa_default")
    return d if d in isas else max(isas, key=lambda i: sum(r["isa"] == i for r in t.rows))


def select(t, workload=None, threads=1, isa=True):
    i = main_isa(t) if isa is True else isa
    return [r for r in t.rows if (workload is None or r["workload"] == workload)
            and (threads is None or r["threads"] == threads) and (i is None or r["isa"] == i)]


def binsearch_ns(rows):
    """{dataset: binsearch median ns} of these rows."""
    out = {}
    for r in rows:
        if r["index"] == "binsearch" and not r["params"]:
            out.setdefault(r["ds"], r["ns_per_op"])
    return out


def is_omen(r):
    return not (r["index"].startswith(PEER_PREFIX) or r["index"] in NOT_INDEXES + EXTERNAL
                or r["index"] == "binsearch")


def overlap(a, b):
    return a["ns_max"] >= b["ns_min"] and b["ns_max"] >= a["ns_min"]


def headline(t):
    """Per dataset: the fastest omen index, its speedup over binsearch and the best peer."""
    rows = select(t, "point")
    out = []
    for ds in ordered(r["ds"] for r in rows):
        mine = [r for r in rows if r["ds"] == ds]
        omen = [r for r in mine if is_omen(r)]
        if not omen:
            continue
        best = min(omen, key=lambda r: r["ns_per_op"])
        bs = [r for r in mine if r["index"] == "binsearch"]
        peers = [r for r in mine if r["index"].startswith(PEER_PREFIX)]
        peer = min(peers, key=lambda r: r["ns_per_op"]) if peers else None
        out.append({"ds": ds, "n": best.get("n", ""), "best": best, "bs": bs[0] if bs else None, "peer": peer})
    return out


def ratio_cell(slow, fast):
    """slow/fast as "1.83×", marked when the two rows' min-max spreads overlap."""
    if not slow or not fast:
        return cell("", None)
    x = slow["ns_per_op"] / fast["ns_per_op"]
    if overlap(slow, fast):
        return cell(Raw(f'{x:.2f}× <span class="noise">(spreads overlap)</span>'), f"{x:.4f}", "wrap")
    return cell(f"{x:.2f}×", f"{x:.4f}")


def rows_table(t, rows, caption, bs=None):
    """index | params | median | min-max | Mops/s | x binsearch | size | build."""
    out = []
    for r in sorted(rows, key=lambda r: r["ns_per_op"]):
        b = (bs or {}).get(r["ds"])
        out.append([cell(Raw(f'<span class="ix" data-ix="{esc(r["index"])}">{esc(r["index"])}</span>'), r["index"]),
                    r["params"] or "(default)",
                    cell(num(r["ns_per_op"]), r["ns_per_op"]),
                    cell(f"{num(r['ns_min'])}–{num(r['ns_max'])}", r["ns_min"]),
                    cell(num(r["mops"]), r["mops"]),
                    cell(f"{b / r['ns_per_op']:.2f}×" if b else "", b / r["ns_per_op"] if b else ""),
                    cell(size(r["size_bytes"]) if r["size_bytes"] else "0", r["size_bytes"]),
                    cell(num(r["build_ms"]), r["build_ms"])])
    return table(["index", "params", "median ns", "min–max ns", "Mops/s", "× binary search", "size", "build ms"],
                 out, caption, t, numeric=(2, 3, 4, 5, 6, 7))


def per_dataset(t, workload, threads=1, what="operation"):
    """One table per dataset of this workload's rows."""
    rows = select(t, workload, threads)
    bs = binsearch_ns(rows)
    parts = []
    for ds in ordered(r["ds"] for r in rows):
        mine = [r for r in rows if r["ds"] == ds]
        n = mine[0].get("n", "")
        n = f"{int(n):,}" if str(n).isdigit() else n
        parts.append(f'<h4 id="{anchor(t, workload, ds)}">{esc(ds)}</h4>' +
                     rows_table(t, mine, f"{ds} ({n} keys), {workload}, {threads} thread"
                                f"{'s' if threads != 1 else ''}, {main_isa(t)} kernels: median ns per {what} "
                                "over the passes, fastest first", bs))
    return "\n".join(parts)


def anchor(t, *parts):
    import re
    return re.sub(r"[^A-Za-z0-9]+", "-", "-".join((t.slug(),) + parts)).strip("-").lower()


def command(t):
    c = t.prov["command"]
    return (f'<details class="cmd"><summary>Reproduce this table</summary><p>Regenerate with '
            f'<code>{esc(t.regenerate)}</code>. The exact command that wrote it:</p>'
            f'<pre><code>{esc(c) if c else "(not recorded in its provenance)"}</code></pre></details>')
