"""The figures omen draws from one omen-bench CSV, as gp.Figure objects.

Every plotted value comes with the CSV row it came from (the figure's
records), so a test can check that no row was dropped.
"""
import math
import re

from gp import Figure, q
from rows import ordered
from style import ISA_ORDER

GRID = 'set grid ytics lc rgb "#dddddd" lt 1 lw 0.8'
SKIP_INDEXES = ("floor",)   # memory-floor rows: shown with the lookups, not as an index


def sty(style, lines=False):
    colour, pt, peer = style
    return (f'lc rgb "{colour}" pt {pt} ps PS lw {1.6 if lines else 1.2}'
            + (" dt 2" if peer else ""))


def wants_log(values):
    v = [x for x in values if x > 0]
    return bool(v) and max(v) / min(v) > 10


def y_axis(cmds, values, ylabel):
    if wants_log(values):
        v = [x for x in values if x > 0]
        # A little beyond the data, not out to the next powers of ten.
        lo, hi = min(v) / 1.35, max(v) * 1.35
        cmds += ["set logscale y 10", f"set yrange [{lo:.6g}:{hi:.6g}]", 'set format y "%g"',
                 f"set ylabel {q(ylabel + ' (log scale)')}"]
        if hi / lo < 300:
            # Few decades: label 1-2-5 steps, or the axis may show one number.
            ticks = [m * 10 ** e for e in range(math.floor(math.log10(lo)), math.ceil(math.log10(hi)) + 1)
                     for m in (1, 2, 5) if lo <= m * 10 ** e <= hi]
            cmds.append("set ytics (" + ", ".join(f"{t:g}" for t in ticks) + ")")
        else:
            cmds.append("set ytics autofreq")
    else:
        cmds += ["unset logscale y", "set yrange [0:*]", "set ytics autofreq", 'set format y "%g"',
                 f"set ylabel {q(ylabel)}"]


def head(fig, footer, bmargin):
    fig.cmds += [
        f"set title {q(fig.title)} font \",12\"",
        'set border 3 lc rgb "#333333"', "set tics nomirror out", GRID,
        f'set label 99 {q(footer)} at screen 0.005, screen 0.012 left font ",8" tc rgb "#444444"',
        f"set bmargin {bmargin}",
    ]


def dotplot(fig, cats, series, ylabel, footer, ref=None):
    """Datasets along x, one dodged point per series with its min-max bar."""
    m = max(len(series), 1)
    w = min(0.8 / m, 0.14)
    longest_label = max((len(label) for label, _, _ in series), default=0)
    if longest_label > 24:
        fig.width += 8 * (longest_label - 24)   # room for a wide key beside the data
    rotate = len(cats) > 3 or max((len(c) for c in cats), default=0) > 14
    longest = max((len(c) for c in cats), default=4)
    head(fig, footer, 3 + (math.ceil(longest * 0.24) if rotate else 0))
    c = fig.cmds
    c += ['set key outside right top vertical Left reverse samplen 1.2 spacing 1.15 font ",9"',
          "set xtics (" + ", ".join(f"{q(name)} {i}" for i, name in enumerate(cats)) + ")",
          "set xtics " + ("rotate by 30 right" if rotate else "norotate center"),
          f"set xrange [-0.6:{len(cats) - 0.4}]"]
    for i in range(1, len(cats)):
        c.append(f'set arrow from {i - 0.5}, graph 0 to {i - 0.5}, graph 1 nohead lc rgb "#cccccc" lw 0.8')
    y_axis(c, [v for _, _, pts in series for p in pts for v in p[1:4]] + ([ref[0]] if ref else []), ylabel)
    clauses = []
    for j, (label, style, pts) in enumerate(series):
        off = (j - (m - 1) / 2) * w
        blk = fig.block([(ci + off, y, lo, hi) for ci, y, lo, hi, _ in pts])
        for ci, y, lo, hi, row in pts:
            fig.record("", label, ci + off, y, lo, hi, row)
        bars = any(lo != hi for _, _, lo, hi, _ in pts)
        how = "using 1:2:3:4 with yerrorbars" if bars else "using 1:2 with points"
        clauses.append(f"{blk} {how} {sty(style)} title {q(label)}")
    if ref:
        clauses.append(f'{ref[0]:.6g} with lines dt 3 lw 1.5 lc rgb "#000000" title {q(ref[1])}')
    c.append("plot " + ", \\\n     ".join(clauses))


def panel_grid(fig, title, footer, panels, key):
    """One panel per dataset and a last cell holding the shared key.

    panels: [(panel title, [commands], [plot clauses])]; key: [(label, style, lines)].
    """
    n = len(panels) + 1
    cols = min(n, 3)
    rows = math.ceil(n / cols)
    fig.height = h = 100 + 300 * rows
    # Fixed margins in screen units: room for each panel's tick labels and
    # axis labels between panels, and for the provenance line at the bottom.
    fig.cmds += [
        f'set multiplot layout {rows},{cols} title {q(title)} font ",12" '
        f'margins 0.085,0.985,{75 / h:.4f},{1 - 70 / h:.4f} spacing 0.1,{95 / h:.4f}',
        'set border 3 lc rgb "#333333"', "set tics nomirror out", GRID, "unset key",
        f'set label 99 {q(footer)} at screen 0.005, screen 0.012 left font ",8" tc rgb "#444444"',
    ]
    for k, (ptitle, cmds, clauses) in enumerate(panels):
        fig.cmds += ["unset logscale", "unset arrow", "set autoscale", "set xtics autofreq",
                     f"set title {q(ptitle)} font \",10\""]
        fig.cmds += cmds
        fig.cmds.append("plot " + ", \\\n     ".join(clauses))
        if k == 0:
            fig.cmds.append("unset label 99")
    fig.cmds += ["unset border", "unset tics", "unset grid", "unset xlabel", "unset ylabel",
                 "unset title", "unset logscale", "unset arrow", "set xrange [0:1]", "set yrange [0:1]",
                 'set key center center vertical Left reverse samplen 2 spacing 1.2 font ",9"']
    entries = []
    for label, style, how in key:
        if how == "ref":
            entries.append(f'NaN with lines dt 3 lw 1.5 lc rgb "#000000" title {q(label)}')
        else:
            entries.append(f"NaN with {'linespoints' if how == 'lines' else 'points'} {sty(style, how == 'lines')} title {q(label)}")
    fig.cmds.append("plot " + ", \\\n     ".join(entries))
    fig.cmds.append("unset multiplot")


def workload_name(w):
    if w == "point":
        return "lookup_ns"
    if w.startswith("range"):
        return "range_ns"
    return "ns_" + re.sub(r"[^A-Za-z0-9]+", "_", w).strip("_")


def workload_words(w):
    if w == "point":
        return "Point lookups", "ns per lookup"
    if w.startswith("range:"):
        return f"Range queries of ~{w[6:]} keys", "ns per range query"
    return f"Workload {w}", "ns per operation"


def by_series(rows, cats, styler):
    """[(label, style, [(cat index, row)])] in order of first appearance."""
    out = []
    for label in ordered(r["label"] for r in rows):
        mine = [r for r in rows if r["label"] == label]
        out.append((label, styler(mine[0]["index"], mine[0]["params"]),
                    [(cats.index(r["ds"]), r) for r in mine]))
    return out


def fastest(rows, key="ns_per_op"):
    best = {}
    for r in rows:
        if r["index"] in SKIP_INDEXES:
            continue
        if r["ds"] not in best or r[key] < best[r["ds"]][key]:
            best[r["ds"]] = r
    return "; ".join(f"{ds}: {r['label']} {r[key]:.0f} ns" for ds, r in best.items())


def lookups(rows, footer, styler, batch=0):
    figs = []
    for w in ordered(r["workload"] for r in rows):
        wr = [r for r in rows if r["workload"] == w]
        cats = ordered(r["ds"] for r in wr)
        words, ylabel = workload_words(w)
        extra = f", batches of {batch}" if batch else ""
        name = workload_name(w)
        if any(f.name == name for f in figs):
            name = "ns_" + re.sub(r"[^A-Za-z0-9]+", "_", w).strip("_")
        fig = Figure(name, f"{words}: median ns, 1 thread{extra}; bars span the passes' min-max (lower is better)",
                     f"{words}, 1 thread{extra}: median ns per operation of each index on each dataset, "
                     f"with min-max bars. Fastest per dataset: {fastest(wr)}.")
        series = [(label, st, [(ci, r["ns_per_op"], r["ns_min"], r["ns_max"], r) for ci, r in pts])
                  for label, st, pts in by_series(wr, cats, styler)]
        dotplot(fig, cats, series, ylabel, footer)
        figs.append(fig)
    return figs


def speedup(rows, footer, styler):
    pr = [r for r in rows if r["workload"] == "point"]
    base = {}
    for r in pr:
        if r["index"] == "binsearch" and not r["params"]:
            base.setdefault(r["ds"], r["ns_per_op"])
    cand = [r for r in pr if r["ds"] in base and r["index"] not in ("binsearch",) + SKIP_INDEXES]
    if not cand:
        return []
    cats = ordered(r["ds"] for r in cand)
    best = {}
    for r in cand:
        s = base[r["ds"]] / r["ns_per_op"]
        if s > best.get(r["ds"], (0, ""))[0]:
            best[r["ds"]] = (s, r["label"])
    fig = Figure("speedup", "Speedup over binary search, point lookups, 1 thread (higher is better)",
                 "Speedup of each index over binary search on each dataset (binary search's median ns "
                 "divided by the index's), with bars from the index's min-max. Best per dataset: "
                 + "; ".join(f"{ds}: {lab} {s:.2f}x" for ds, (s, lab) in best.items()) + ".")
    series = []
    for label, st, pts in by_series(cand, cats, styler):
        b = [base[cats[ci]] for ci, _ in pts]
        series.append((label, st, [(ci, bb / r["ns_per_op"], bb / r["ns_max"], bb / r["ns_min"], r)
                                   for (ci, r), bb in zip(pts, b)]))
    dotplot(fig, cats, series, "speedup over binary search (x)", footer, ref=(1.0, "binary search = 1"))
    return [fig]


def build(rows, footer, styler):
    first = {}
    for r in rows:
        if r["index"] in ("binsearch",) + SKIP_INDEXES or r["build_ms"] <= 0:
            continue
        first.setdefault((r["ds"], r["label"]), r)
    if not first:
        return []
    chosen = list(first.values())
    cats = ordered(r["ds"] for r in chosen)
    fig = Figure("build_ms", "Build time of each index (lower is better)",
                 "Build time in milliseconds of each index on each dataset. Slowest per dataset: "
                 + "; ".join(f"{ds}: {r['label']} {r['build_ms']:.1f} ms" for ds, r in
                             {r['ds']: r for r in sorted(chosen, key=lambda r: r['build_ms'])}.items()) + ".")
    series = [(label, st, [(ci, r["build_ms"], r["build_ms"], r["build_ms"], r) for ci, r in pts])
              for label, st, pts in by_series(chosen, cats, styler)]
    dotplot(fig, cats, series, "build time, ms", footer)
    return [fig]


def pareto(rows, footer, styler):
    pr = [r for r in rows if r["workload"] == "point"]
    cats = ordered(r["ds"] for r in pr if r["size_bytes"] > 0 and r["index"] not in SKIP_INDEXES)
    if not cats:
        return []
    fig = Figure("pareto", "", "Index size in bytes (log scale) against median ns per point lookup, one "
                 "panel per dataset; binary search, which adds no bytes, is the dotted line. Smallest "
                 "and fastest is down and left.")
    title = "Index size against lookup time, 1 thread (down and left is better)"
    panels, keyed = [], {}
    for ds in cats:
        mine = [r for r in pr if r["ds"] == ds]
        pts = [r for r in mine if r["size_bytes"] > 0 and r["index"] not in ("binsearch",) + SKIP_INDEXES]
        ref = [r["ns_per_op"] for r in mine if r["index"] == "binsearch"]
        cmds = ["set logscale x 10", 'set format x "%.0s%cB"', "set xlabel 'index size'"]
        y_axis(cmds, [v for r in pts for v in (r["ns_min"], r["ns_max"])] + ref[:1], "ns per lookup")
        clauses = []
        for label, st, sp in by_series(pts, [ds], styler):
            keyed.setdefault(label, (st, "points"))
            blk = fig.block([(r["size_bytes"], r["ns_per_op"], r["ns_min"], r["ns_max"]) for _, r in sp])
            for _, r in sp:
                fig.record(ds, label, r["size_bytes"], r["ns_per_op"], r["ns_min"], r["ns_max"], r)
            clauses.append(f"{blk} using 1:2:3:4 with yerrorbars {sty(st)} notitle")
        if ref:
            keyed.setdefault("binary search (no index)", (None, "ref"))
            clauses.append(f'{ref[0]:.6g} with lines dt 3 lw 1.5 lc rgb "#000000" notitle')
        panels.append((ds, cmds, clauses))
    panel_grid(fig, title, footer, panels, [(k, s, how) for k, (s, how) in keyed.items()])
    fig.title = title
    return [fig]


def threads(rows, footer, styler):
    figs = []
    for w in ordered(r["workload"] for r in rows):
        wr = [r for r in rows if r["workload"] == w]
        counts = sorted(set(r["threads"] for r in wr))
        if len(counts) < 2:
            continue
        words, _ = workload_words(w)
        name = "threads" if w == "point" else "threads_" + re.sub(r"[^A-Za-z0-9]+", "_", w).strip("_")
        title = f"{words}: aggregate throughput against threads (higher is better)"
        fig = Figure(name, title, f"{words}: million operations per second summed over threads, "
                     f"at {', '.join(map(str, counts))} threads, one panel per dataset, with min-max bars.")
        panels, keyed = [], {}
        for ds in ordered(r["ds"] for r in wr):
            mine = [r for r in wr if r["ds"] == ds]
            cmds = ["set xtics (" + ", ".join(f'"{t}" {t}' for t in counts) + ")", "set xlabel 'threads'"]
            if counts[-1] / counts[0] > 10:
                cmds += ["set logscale x 2", f"set xrange [{counts[0] / 1.3}:{counts[-1] * 1.3}]"]
            else:
                cmds.append(f"set xrange [{counts[0] - 0.3}:{counts[-1] + 0.3}]")
            y_axis(cmds, [r["mops"] * r["ns_per_op"] / r[k] for r in mine for k in ("ns_min", "ns_max")
                          if r[k] > 0], "Mops/s")
            clauses = []
            for label, st, sp in by_series(mine, [ds], styler):
                keyed.setdefault(label, (st, "lines"))
                pts = sorted((r["threads"], r["mops"], r["mops"] * r["ns_per_op"] / r["ns_max"] if r["ns_max"] else 0,
                              r["mops"] * r["ns_per_op"] / r["ns_min"] if r["ns_min"] else 0, r) for _, r in sp)
                blk = fig.block([p[:4] for p in pts])
                for t, y, lo, hi, r in pts:
                    fig.record(ds, label, t, y, lo, hi, r)
                clauses.append(f"{blk} using 1:2:3:4 with yerrorlines {sty(st, True)} notitle")
            panels.append((ds, cmds, clauses))
        panel_grid(fig, title, footer, panels, [(k, s, how) for k, (s, how) in keyed.items()])
        figs.append(fig)
    return figs


def isa(rows, footer, styler):
    isas = sorted(set(r["isa"] for r in rows), key=lambda i: (ISA_ORDER + [i]).index(i))
    if len(isas) < 2 or "scalar" not in isas:
        return []
    title = "Speedup of each kernel ISA over scalar, 1 thread (higher is better)"
    fig = Figure("isa_speedup", title, "Speedup of each index under each ISA's kernels over the same "
                 "index with scalar kernels (scalar = 1), one panel per dataset, with min-max bars.")
    panels, keyed = [], {}
    for ds in ordered(r["ds"] for r in rows):
        mine = [r for r in rows if r["ds"] == ds and r["threads"] == 1]
        scalar = {(r["label"], r["workload"]): r["ns_per_op"] for r in mine if r["isa"] == "scalar"}
        labels = ordered(r["label"] for r in mine)
        m = len(labels)
        w = min(0.8 / max(m, 1), 0.14)
        cmds = ["set xtics (" + ", ".join(f"{q(i)} {k}" for k, i in enumerate(isas)) + ")",
                f"set xrange [-0.6:{len(isas) - 0.4}]", "set xlabel 'kernel ISA'"]
        vals, clauses = [1.0], []
        for j, (label, st, sp) in enumerate(by_series(mine, [ds], styler)):
            keyed.setdefault(label, (st, "lines"))
            pts = []
            for _, r in sp:
                s = scalar.get((label, r["workload"]))
                if not s:
                    continue
                x = isas.index(r["isa"]) + (j - (m - 1) / 2) * w
                pts.append((x, s / r["ns_per_op"], s / r["ns_max"], s / r["ns_min"], r))
            pts.sort(key=lambda p: p[0])
            vals += [v for p in pts for v in p[1:4]]
            blk = fig.block([p[:4] for p in pts])
            for x, y, lo, hi, r in pts:
                fig.record(ds, label, x, y, lo, hi, r)
            clauses.append(f"{blk} using 1:2:3:4 with yerrorlines {sty(st, True)} notitle")
        y_axis(cmds, vals, "speedup over scalar (x)")
        clauses.append('1 with lines dt 3 lw 1.5 lc rgb "#000000" notitle')
        panels.append((ds, cmds, clauses))
    keyed["scalar = 1"] = (None, "ref")
    panel_grid(fig, title, footer, panels, [(k, s, how) for k, (s, how) in keyed.items()])
    return [fig]


def is_rw(r):
    """A read-write row (omen-bench's load/rw/scan/delete/shift): it has latency columns."""
    return bool(r.get("p50_ns"))


def rw(rows, footer, styler):
    """Per dataset: each mix's throughput (Mops/s, min-max bars), and its p99.9 latency."""
    figs = []
    for ds in ordered(r["ds"] for r in rows):
        dr = [r for r in rows if r["ds"] == ds]
        cats = ordered(r["workload"] for r in dr)
        slug = re.sub(r"[^A-Za-z0-9]+", "_", ds).strip("_")
        for what in ("mops", "p999"):
            if what == "mops":
                fig = Figure(f"rw_{slug}", f"Read-write mixes, {ds}: Mops/s, min-max bars (higher is better)",
                             f"Each index's operations per second on each read-write mix of {ds}, with "
                             "min-max bars over the passes.")
            else:
                fig = Figure(f"rw_p999_{slug}", f"Read-write mixes, {ds}: p99.9 latency, ns (lower is better)",
                             f"Each index's 99.9th-percentile operation latency on each read-write mix of {ds}.")
            series = []
            for label in ordered(r["label"] for r in dr):
                mine = [r for r in dr if r["label"] == label]
                pts = []
                for r in mine:
                    if what == "mops":
                        pts.append((cats.index(r["workload"]), r["mops"], 1e3 / r["ns_max"] if r["ns_max"] else 0,
                                    1e3 / r["ns_min"] if r["ns_min"] else 0, r))
                    else:
                        v = float(r["p999_ns"])
                        pts.append((cats.index(r["workload"]), v, v, v, r))
                series.append((label, styler(mine[0]["index"], mine[0]["params"]), pts))
            dotplot(fig, cats, series, "Mops/s" if what == "mops" else "ns (p99.9)", footer)
            figs.append(fig)
    return figs


def all_figures(rows, meta, footer, styler):
    isas = ordered(r["isa"] for r in rows)
    main = meta.get("isa_default") if meta.get("isa_default") in isas else \
        max(isas, key=lambda i: sum(r["isa"] == i for r in rows))
    mine = [r for r in rows if r["isa"] == main and not is_rw(r)]
    one = [r for r in mine if r["threads"] == 1]
    batch = meta.get("batch") or 0
    rws = [r for r in rows if r["isa"] == main and r["threads"] == 1 and is_rw(r)]
    return (lookups(one, footer, styler, batch) + speedup(one, footer, styler) + build(one, footer, styler)
            + pareto(one, footer, styler) + threads(mine, footer, styler) + isa(rows, footer, styler)
            + rw(rws, footer, styler))
