"""Claim 8's measured part for results/claims.md: the table of
scripts/ffi_cost.py's CSV (one get from Python through ctypes and cffi,
beside C and the interpreter's no-op call) and its verdict by the rule."""
import csv
import json
import os

from verdict import case, verdict_bound

BOUND_NS = 30.0  # the claim's upper end: "5-30 ns"

SINGLE = [  # (method, how the get is called)
    ("c_noop_call", "C: a call that does nothing, through a function pointer (C's floor)"),
    ("c_vtable", "C: the index's get through its vtable, inside one program"),
    ("c_api", "C: `omen_get` exported by libomen.so (the address an FFI calls)"),
    ("py_loop", "Python: the loop alone, no call"),
    ("py_noop_call", "Python: a no-op Python function, same arguments (the floor)"),
    ("ctypes_get", "Python → ctypes → `omen_get`"),
    ("cffi_get", "Python → cffi (ABI mode) → `omen_get`"),
    ("package_get", "Python: `omen.Index.get` (key checked, then ctypes)"),
]
BATCHED = [("c_api_batch", "C `omen_get_batch`"), ("ctypes_batch", "ctypes"), ("cffi_batch", "cffi"),
           ("package_batch", "`Index.get_batch` (numpy out)")]


def ffi_rows(out_dir):
    """{(method, batch): row} of ffi_cost.csv and its provenance, or (None, None)."""
    path = os.path.join(out_dir, "ffi_cost.csv")
    if not os.path.exists(path):
        return None, None
    with open(path) as f:
        rows = {(r["method"], int(r["batch"])): r for r in csv.DictReader(f)}
    meta_path = path + ".meta.json"
    return rows, json.load(open(meta_path)) if os.path.exists(meta_path) else {}


def _case(r):
    return case(float(r["ns_per_key"]), float(r["ns_min"]), float(r["ns_max"]))


def _ns(r):
    return "%.1f (%.1f–%.1f)" % (float(r["ns_per_key"]), float(r["ns_min"]), float(r["ns_max"]))


def claim_8_ffi(F, meta):
    """(verdict, body lines, a sentence on C's cross-library call or None),
    or None when the run lacks what the verdict needs."""
    cases = [(x, F.get(("ffi_above_floor_" + x, 1))) for x in ("ctypes", "cffi")]
    cases = [(x, r) for x, r in cases if r]
    if not cases or ("c_api", 1) not in F:
        return None
    t = ["| how one get is called | ns per call, median (min–max) |", "|---|---:|"]
    t += ["| %s | %s |" % (what, _ns(F[(m, 1)])) for m, what in SINGLE if (m, 1) in F]
    cols = [(m, w) for m, w in BATCHED if any(k[0] == m for k in F)]
    batches = sorted({b for (m, b) in F if m in dict(cols)})
    bt = ["| batch | %s |" % " | ".join(w for _, w in cols), "|---:|" + "---:|" * len(cols)]
    bt += ["| %d | %s |" % (b, " | ".join(_ns(F[(m, b)]) if (m, b) in F else "?" for m, _ in cols))
           for b in batches]
    dt = ["| FFI | above the no-op floor and the C call | over the same call from C |",
          "|---|---:|---:|"]
    for x, r in cases:
        over = F.get(("ffi_over_c_" + x, 1))
        dt.append("| %s | %s ns | %s |" % (x, _ns(r), _ns(over) + " ns" if over else "?"))
    v = verdict_bound(BOUND_NS, [_case(r) for _, r in cases], True,
                      "crossing from Python into `omen_get` adds (%s)" % ", ".join(x for x, _ in cases),
                      " ns")
    cross = F.get(("c_api_over_vtable", 1))
    c_cross = None
    if cross:
        c = _case(cross)
        where = ("below" if c.hi < 5 else "above" if c.lo > BOUND_NS else
                 "within" if c.lo >= 5 and c.hi <= BOUND_NS else "not separated from")
        c_cross = "%.1f ns (%.1f–%.1f) more than through the vtable inside one program, %s the " \
            "claim's 5–30 ns" % (c.median, c.lo, c.hi, where)
    body = ["How much one `get` costs called from Python and from C (`%s`; the C side is "
            "`harness/ffi/ffi_probe.c`, loaded into the same process): the same `%s` index over %s "
            "cached keys, the same handle and query order, every case interleaved in each of %s "
            "repeats, each sample the best of %s runs of %s calls; ns per call (per key for "
            "batches), median and min–max over the repeats. "
            "%s, numpy %s, cffi %s; omen `%s`, %s." % (
                meta.get("command", "scripts/ffi_cost.py"), meta.get("index", "?"),
                meta.get("n", "?"), meta.get("repeat", "?"), meta.get("chunks", 1),
                (meta["calls"] // meta.get("chunks", 1)) if "calls" in meta else "?",
                meta.get("python", "Python"),
                meta.get("numpy", "?"), meta.get("cffi") or "absent",
                str(meta.get("git_commit", "?"))[:12], meta.get("date", "?")), ""] + t
    body += ["", "Batched, per key (one call for the whole batch):", ""] + bt
    body += ["", "What crossing the boundary adds per call. *Above the floor*: the FFI call minus "
             "the no-op Python call minus the same get called from C through `omen_get`: what the "
             "FFI adds beyond the interpreter's own call. *Over C*: all a Python caller pays per "
             "call beyond a C caller. Each difference is taken within a repeat, then summarized "
             "over the repeats.", ""] + dt
    return v, body, c_cross
