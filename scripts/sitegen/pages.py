"""The content of each page: (body HTML, tables shown) from the results."""
from rows import ordered
from sitegen import claims as claimsmod
from sitegen.html import Raw, Src, cell, esc, figures, num, prov_line, size, table
from sitegen.views import (anchor, binsearch_ns, command, headline, main_isa, per_dataset, ratio_cell,
                           select)


def figs(ctx, t, names=None):
    plotdir, fl = ctx.figs.get(t.slug(), (None, []))
    if not fl:
        return ctx.no_plots
    return figures(plotdir, fl, names, ctx.out)


def section(t, title, body, ctx=None):
    return f"<section><h2>{esc(title)}</h2>{prov_line(t)}{body}{command(t)}</section>"


def missing(what, how):
    return f'<p class="missing">No {esc(what)} in these results. {how}</p>'


def front(ctx):
    parts, used = [], []
    parts.append(
        "<p class=\"lead\">omen is a C toolkit for learned indexes over sorted 64-bit keys: learned and "
        "classic index variants behind one interface, a harness that times lookups and checks each "
        "pass's answers against binary search, and tables like these, each with the command and "
        "commit that produced it. It exists so that a claim such as “a learned index is 1.4× faster "
        "than X” can be checked on your own machine and data.</p>")
    heads = []
    for t in [x for x in (ctx.bench, ctx.frontier) if x]:
        hl = headline(t)
        if not hl:
            continue
        used.append(t)
        peers = any(h["peer"] for h in hl)
        rows = []
        for h in hl:
            b = h["best"]
            row = [Raw(f'<a href="lookups.html#{anchor(t, "point", h["ds"])}">{esc(h["ds"])}</a>'),
                   cell(f"{int(h['n']):,}" if str(h["n"]).isdigit() else h["n"], h["n"]), b["label"],
                   cell(num(b["ns_per_op"]), b["ns_per_op"]),
                   cell(f"{num(b['ns_min'])}–{num(b['ns_max'])}", b["ns_min"]), ratio_cell(h["bs"], b)]
            if peers:
                row += [h["peer"]["label"] if h["peer"] else "none", ratio_cell(h["peer"], b)]
            rows.append(row)
        heads.append(table(["dataset", "keys", "fastest omen index", "median ns", "min–max ns", "× binary search"]
                           + (["best peer", "× best peer"] if peers else []), rows,
                           f"Fastest omen index per dataset in {t.rel}" + (", against binary search and the best peer"
                                                                            if peers else ", against binary search"),
                           t, numeric=(1, 3, 4, 5, 7)))
    if heads:
        parts.append("<h2>Headline: the fastest index per dataset</h2>"
                     "<p>Point lookups, one thread, median ns over the timed passes with their min–max. "
                     "Ratios are the other's median over the best one's: above 1 means the best index is "
                     "faster; “spreads overlap” marks a difference inside the passes' noise. Peers are "
                     "the reference PGM-index and RadixSpline implementations, when the run had them.</p>"
                     + "\n".join(heads))
    else:
        parts.append(missing("benchmark table", "Run <code>make bench</code>."))
    parts.append(verdict_block(ctx))
    parts.append(machine(ctx))
    parts.append('<h2>Where to go next</h2><ul class="next">'
                 '<li><a href="lookups.html">Lookups</a>: every index on every dataset and workload</li>'
                 '<li><a href="claims.html">Claims</a>: eight published claims, measured</li>'
                 '<li><a href="reproduce.html">Reproduce</a>: the exact command behind every table</li></ul>')
    return "\n".join(parts), used


def verdict_block(ctx):
    if not ctx.claims_md:
        return "<h2>Published claims</h2>" + missing("claims report (results/claims.md)", "Run <code>make claims</code>.")
    headers, rows = claimsmod.verdicts(ctx.claims_md)
    rule = claimsmod.rule(ctx.claims_md)
    out = ['<h2 id="verdicts">Published claims: verdicts</h2>']
    if rule:
        out.append(f'<p class="rule">{esc(rule)}</p>')
    if not rows:
        out.append('<p class="missing">results/claims.md has no verdicts this site can read; '
                   'see <a href="claims.html">the claims page</a>.</p>')
        return "\n".join(out)
    vi = next(i for i, h in enumerate(headers) if "verdict" in h.lower())
    body = [[cell(c, cls=claimsmod.label_class(c) if i == vi else None) for i, c in enumerate(r)] for r in rows]
    out.append(table(headers, body, "Each claim's verdict, from results/claims.md", Src("data/claims.md", "Markdown")))
    out.append('<p><a href="claims.html">The measurements and reasoning behind each verdict</a>.</p>')
    return "\n".join(out)


def machine(ctx):
    t = ctx.bench or next(iter(ctx.tables.values()), None)
    if not t or not t.meta:
        return ""
    m = t.meta
    items = [("CPU", f"{m.get('cpu', '?')}, {m.get('cores_online', '?')} cores online"),
             ("CPU features", m.get("cpu_flags", "?")), ("kernel ISAs", m.get("isa_available", "?")),
             ("compiler", f"{m.get('compiler', '?')} ({m.get('cflags', '')})"), ("OS kernel", m.get("kernel", "?")),
             ("transparent huge pages", m.get("thp_mode", "?")), ("date", m.get("date", "?"))]
    dl = "".join(f"<dt>{esc(k)}</dt><dd>{esc(str(v))}</dd>" for k, v in items)
    return f'<h2>The machine</h2><p>From <a href="{esc(t.href)}.meta.json">{esc(t.rel)}</a>\'s provenance.</p><dl class="machine">{dl}</dl>'


def lookups(ctx):
    parts, used = [], []
    for t, what in ((ctx.bench, "the default sweep"), (ctx.frontier, "omen against the peers")):
        if not t:
            continue
        used.append(t)
        body = figs(ctx, t, ["speedup", "lookup_ns", "range_ns"] +
                    [f["name"] for f in ctx.figs.get(t.slug(), (0, []))[1] if f["name"].startswith("ns_")])
        for w in ordered(r["workload"] for r in select(t)):
            body += f"<h3>{esc(w)}</h3>" + per_dataset(t, w)
        parts.append(section(t, f"{t.rel}: {what}", body))
    if not parts:
        parts.append(missing("benchmark table", "Run <code>make bench</code>."))
    return "\n".join(parts), used


def threads(ctx):
    parts, used = [], []
    for t in [x for x in (ctx.bench, ctx.tables.get("frontier/threads.csv"),
                          ctx.tables.get("frontier/threads-batch.csv")) if x and x.bench]:
        counts = sorted(set(r["threads"] for r in t.rows))
        if len(counts) < 2:
            continue
        used.append(t)
        body = figs(ctx, t, [f["name"] for f in ctx.figs.get(t.slug(), (0, []))[1] if f["name"].startswith("threads")])
        for w in ordered(r["workload"] for r in t.rows):
            rows = select(t, w, None)
            out = []
            for ds in ordered(r["ds"] for r in rows):
                for lab in ordered(r["label"] for r in rows if r["ds"] == ds):
                    by = {r["threads"]: r for r in rows if r["ds"] == ds and r["label"] == lab}
                    one = by.get(counts[0])
                    out.append([ds, lab] + [cell(num(by[c]["mops"]) if c in by else "", by[c]["mops"] if c in by else "")
                                           for c in counts] +
                               [cell(f"{by[counts[-1]]['mops'] / one['mops']:.2f}×" if one and counts[-1] in by else "",
                                     by[counts[-1]]["mops"] / one["mops"] if one and counts[-1] in by else "")])
            body += f"<h3>{esc(w)}</h3>" + table(
                ["dataset", "index"] + [f"Mops/s, {c} thread{'s' if c > 1 else ''}" for c in counts]
                + [f"scaling {counts[-1]}/{counts[0]}"], out,
                f"{w}: aggregate million operations per second against threads", t,
                numeric=tuple(range(2, 3 + len(counts))))
        parts.append(section(t, f"{t.rel}: throughput against threads", body))
    if not parts:
        parts.append(missing("multi-thread rows", "<code>make bench</code> runs 1 and 2 threads."))
    return "\n".join(parts), used


def batch(ctx):
    parts, used = [], []
    t = ctx.tables.get("frontier/batch.csv")
    if t and t.bench:
        used.append(t)
        single = {(r["ds"], r["label"]): r for r in select(ctx.frontier, "point")} if ctx.frontier else {}
        rows = []
        for r in select(t, "point"):
            s = single.get((r["ds"], r["label"]))
            rows.append([r["ds"], r["label"], cell(num(r["ns_per_op"]), r["ns_per_op"]),
                         cell(f"{num(r['ns_min'])}–{num(r['ns_max'])}", r["ns_min"]),
                         cell(num(s["ns_per_op"]) if s else "", s["ns_per_op"] if s else ""),
                         ratio_cell(s, r) if s else cell("")])
        b = t.meta.get("batch") or "?"
        parts.append(section(t, f"Batched lookups (batches of {b})", figs(ctx, t, ["lookup_ns"]) + table(
            ["dataset", "index", "batched median ns", "min–max", "one at a time (ns)", "× from batching"], rows,
            f"Point lookups issued in batches of {b} (interleaved, prefetched) against one at a time", t,
            numeric=(2, 3, 4, 5))))
    else:
        parts.append("<h2>Batched lookups</h2>" + missing("batched run", "Run <code>scripts/frontier.sh</code>."))
    f = ctx.frontier
    floor = [r for r in select(f, "point") if r["index"] == "floor"] if f else []
    if floor:
        rows = [[r["ds"], r["params"], cell(num(r["ns_per_op"]), r["ns_per_op"]),
                 cell(f"{num(r['ns_min'])}–{num(r['ns_max'])}", r["ns_min"]), cell(size(r["size_bytes"]), r["size_bytes"])]
                for r in floor]
        parts.append(section(f, "The memory floor", "<p>What memory alone costs on this machine: "
                             "<code>floor:chase</code> is one dependent cache miss per lookup into an array as large "
                             "as the keys, <code>floor:loads</code> independent misses the CPU can overlap. No index "
                             "that touches memory once per lookup can beat the first, nor a batched one the second."
                             "</p>" + table(["dataset", "kind", "median ns", "min–max", "array"], rows,
                                            "Memory floor rows", f, numeric=(2, 3, 4))))
        if f not in used:
            used.append(f)
    else:
        parts.append("<h2>The memory floor</h2>" + missing("memory-floor rows", "Run <code>scripts/frontier.sh</code>."))
    return "\n".join(parts), used


def build(ctx):
    parts, used = [], []
    for t in [x for x in (ctx.bench, ctx.frontier) if x]:
        used.append(t)
        first = {}
        for r in select(t):
            if r["index"] != "floor":
                first.setdefault((r["ds"], r["label"]), r)
        rows = [[r["ds"], r["label"], cell(num(r["build_ms"]), r["build_ms"]),
                 cell(size(r["size_bytes"]) if r["size_bytes"] else "0", r["size_bytes"]),
                 cell(f"{r['size_bytes'] / float(r['n']):.3f}" if r.get("n") else "",
                      r["size_bytes"] / float(r["n"]) if r.get("n") else "")] for r in first.values()]
        parts.append(section(t, f"{t.rel}: build time and size", figs(ctx, t, ["build_ms", "pareto"]) + table(
            ["dataset", "index", "build ms", "index size", "bytes per key"], rows,
            "Build time (one build, wall clock) and the bytes the index adds beyond the key array", t,
            numeric=(2, 3, 4))))
    return "\n".join(parts) or missing("benchmark table", "Run <code>make bench</code>."), used


def isa(ctx):
    t = ctx.tables.get("isa/isa.csv")
    if not t or not t.bench:
        return missing("per-ISA table", "See README's ISA section for the command."), []
    isas = sorted(set(r["isa"] for r in t.rows), key=lambda i: ["scalar", "sse42", "avx2", "avx512", "neon"].index(i)
                  if i in ["scalar", "sse42", "avx2", "avx512", "neon"] else 9)
    rows = []
    for ds in ordered(r["ds"] for r in t.rows):
        for lab in ordered(r["label"] for r in t.rows if r["ds"] == ds):
            by = {r["isa"]: r for r in t.rows if r["ds"] == ds and r["label"] == lab and r["threads"] == 1}
            sc = by.get("scalar")
            row = [ds, lab]
            for i in isas:
                r = by.get(i)
                row.append(cell(f"{num(r['ns_per_op'])}" + (f" ({sc['ns_per_op'] / r['ns_per_op']:.2f}×)" if sc and i != "scalar" else "")
                                if r else "", r["ns_per_op"] if r else ""))
            rows.append(row)
    body = figs(ctx, t, ["isa_speedup"]) + table(
        ["dataset", "index"] + [f"{i} ns" for i in isas], rows,
        "Median ns per point lookup under each ISA's kernels (speedup over scalar in brackets)", t,
        numeric=tuple(range(2, 2 + len(isas))))
    return section(t, "Each index under each kernel ISA", body), [t]


SHAPE_COLUMNS = {"dataset": "dataset", "n": "keys", "distinct": "distinct keys", "dup_share": "duplicates",
                 "min": "smallest key", "max": "largest key", "max_gap": "largest gap",
                 "pla32_per_m": "PLA segments / 1M keys, eps 32", "pla4096_per_m": "PLA segments / 1M keys, eps 4096",
                 "dense1_share": "in densest 1% of range"}
SHARES = ("dup_share", "dense1_share")


def shape_cell(col, v):
    try:
        x = float(v)
    except (TypeError, ValueError):
        return str(v)
    if col in SHARES:
        return cell(f"{100 * x:.1f} %", x)
    if x.is_integer() and abs(x) >= 1e7:
        return cell(f"{x:.3g}".replace("e+", "e"), x)   # 64-bit keys: the magnitude is what matters
    return cell(f"{int(x):,}" if x.is_integer() else num(x), x)


def datasets(ctx):
    parts, used = [], []
    described = [t for rel, t in ctx.tables.items() if "describe" in rel.rsplit("/", 1)[-1]
                 and not rel.endswith(".cdf.csv")]
    for t in described:
        used.append(t)
        cols = list(t.rows[0].keys()) if t.rows else []
        cdf = ctx.tables.get(t.rel + ".cdf.csv")
        body = table([SHAPE_COLUMNS.get(c, c) for c in cols], [[shape_cell(c, r[c]) for c in cols] for r in t.rows],
                     "Each dataset's shape, from omen-bench --describe: more PLA segments per million keys "
                     "means a harder set to model (as in GRE)", t, numeric=tuple(range(1, len(cols))))
        if cdf:
            used.append(cdf)
            body = figs(ctx, cdf, ["cdf"]) + body
        parts.append(section(t, f"Dataset shapes ({t.rel})", body))
    for rel, recs in ctx.describe_json:
        cols = ordered(k for r in recs for k in r)
        parts.append(f'<section><h2>Dataset shapes ({esc(rel)})</h2>' + table(
            [SHAPE_COLUMNS.get(c, c) for c in cols], [[shape_cell(c, r.get(c, "")) for c in cols] for r in recs],
            f"Each dataset's shape, from omen-bench --describe ({rel})") +
            f'<p class="prov"><a href="data/{esc(rel)}">{esc(rel)}</a></p></section>')
    if not described and not ctx.describe_json:
        parts.append("<h2>Dataset shapes</h2>" + missing(
            "dataset description", "Write one beside the other tables with <code>build/omen-bench --describe "
            "lognormal:10M,uniform_sparse:10M,... --out results/datasets/describe.csv</code> (it also writes "
            "<code>describe.csv.cdf.csv</code>, each dataset's key CDF); this page shows any "
            "<code>describe*.csv</code> under results/ with its CDF plot."))
    seen = {}
    for t in ctx.tables.values():
        for d in t.meta.get("datasets", []):
            seen.setdefault((d.get("name"), d.get("hash")), (d, t))
    rows = [[d.get("name", ""), cell(f"{d.get('n', ''):,}" if isinstance(d.get("n"), int) else d.get("n", ""), d.get("n", "")),
             Raw(f"<code>{esc(str(d.get('hash', '')))}</code>"), Raw(f'<a href="{esc(t.href)}.meta.json">{esc(t.rel)}</a>')]
            for d, t in seen.values()]
    for _, t in seen.values():
        if t not in used:
            used.append(t)
    if rows:
        parts.append("<h2>Datasets in these results</h2><p>Synthetic datasets are named <code>DIST:N[:seed]</code>; "
                     "the real ones are files under <code>datasets/data/</code> (<code>make datasets</code>). The hash "
                     "identifies the exact keys.</p>" + table(["dataset", "keys", "hash", "first seen in"], rows,
                                                             "Every dataset any table used", numeric=(1,)))
    return "\n".join(parts), used


def claims(ctx):
    if not ctx.claims_md:
        return missing("claims report (results/claims.md)", "Run <code>make claims</code>."), []
    html, renderer = claimsmod.render(ctx.claims_md)
    html = claimsmod.demote(claimsmod.relink(html, "data/"))
    note = (f'<p class="note">results/claims.md rendered with {renderer}; <a href="data/claims.md">the Markdown</a>.</p>'
            if renderer else '<p class="note">No Markdown renderer is installed (apt-get install python3-markdown), '
            'so results/claims.md is shown as text.</p>')
    used = [t for rel, t in ctx.tables.items() if rel.startswith("claims/")]
    return note + '<div class="md">' + html.replace("<table>", '<div class="scroll"><table>').replace("</table>", "</table></div>") + "</div>", used


def reproduce(ctx):
    parts = ["<p>Every table on this site, where it came from and the command that makes it again. "
             "<code>make bench</code> rebuilds results/latest/ and this site; <code>make site</code> rebuilds "
             "only the site (<code>make site SITE_OUT=dir</code> elsewhere).</p>"]
    rows = []
    for t in ctx.tables.values():
        p = t.prov
        rows.append([Raw(f'<a href="{esc(t.href)}">{esc(t.rel)}</a>'), cell(len(t.rows), len(t.rows)),
                     Raw(f"<code>{esc(p['commit'])}</code>"), p["date"],
                     cell(Raw(f'<span class="status {p["status"]}">{esc(p["status"])}</span>')),
                     Raw(f"<code>{esc(t.regenerate)}</code>"), Raw(f"<code>{esc(p['command'])}</code>" if p["command"] else "")])
    parts.append(table(["table", "rows", "commit", "date", "against the code", "regenerate with", "exact command"],
                       rows, "Every CSV under results/, with its provenance", numeric=(1,)))
    return "\n".join(parts), list(ctx.tables.values())
