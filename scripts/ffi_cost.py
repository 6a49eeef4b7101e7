#!/usr/bin/env python3
"""Claim 8 measured: what one omen get costs when Python calls it, through
ctypes and through cffi (ABI mode), per call and batched per key, beside
the same get from C (build/libomen_ffi_probe.so, loaded into this process:
through libomen.so's exported omen_get on the same handle, and through the
index's vtable) and the interpreter's own no-op call.

    python3 scripts/ffi_cost.py [--out results/claims/ffi_cost.csv] [--quick]
Hold /tmp/omen-bench.lock around it (make claims does). Writes the CSV
(medians and min-max over the repeats; per key for batches) and
CSV.meta.json (provenance), each through a temporary file. Needs numpy;
cffi is optional (its rows are left out, and said so, without it).

Every case runs the same queries (a fixed scattered order over the keys of
a small cached index) on the same handle, interleaved within each repeat so
drift hits them alike; each case's sample in a repeat is the best of
--chunks runs of calls/chunks (as timeit advises: other processes only add
time, and this machine is shared); differences are taken within a repeat
(paired), then summarized over the repeats. The derived rows:
  ffi_above_floor_X  X's get minus the no-op Python call minus the get from
                     C through omen_get: what crossing into C adds beyond
                     the interpreter's own call
  ffi_over_c_X       X's get minus the get from C through omen_get: all a
                     Python caller pays per call over a C caller
  c_api_over_vtable  the get from C through omen_get minus through the
                     vtable: a C call across the library's boundary"""
import argparse
import ctypes
import gc
import json
import os
import platform
import statistics
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "python"))
NQ = 4096  # omen-ffi-cost's query ring


def keys_and_queries(n):
    import numpy as np
    keys = (np.arange(n, dtype=np.uint64) + np.uint64(1)) * np.uint64(1000003)
    q = [int(keys[(j * 2654435761) % n]) for j in range(NQ)]
    return keys, q


def timed(fn, calls):
    t = time.perf_counter_ns()
    fn()
    return (time.perf_counter_ns() - t) / calls


def load_probe(path):
    P = ctypes.CDLL(path)
    d, vp, sz, u64p = ctypes.c_double, ctypes.c_void_p, ctypes.c_size_t, ctypes.c_void_p
    P.omen_ffi_time_call.restype, P.omen_ffi_time_call.argtypes = d, [vp, vp, u64p, sz, sz]
    P.omen_ffi_time_batch.restype = d
    P.omen_ffi_time_batch.argtypes = [vp, vp, u64p, sz, sz, sz, vp, vp]
    P.omen_ffi_vtable_build.restype = vp
    P.omen_ffi_vtable_build.argtypes = [ctypes.c_char_p, u64p, u64p, sz, ctypes.c_char_p]
    P.omen_ffi_time_vtable.restype, P.omen_ffi_time_vtable.argtypes = d, [vp, u64p, sz, sz]
    P.omen_ffi_vtable_free.restype, P.omen_ffi_vtable_free.argtypes = None, [vp]
    return P


def python_cases(index, n, calls, batches, probe):
    """(method, batch) -> (callable returning ns per key); the index and
    the vtable copy to free; what was left out and why."""
    import numpy as np
    import omen
    from omen import _core
    keys, q = keys_and_queries(n)
    qs = [q[i % NQ] for i in range(calls)]
    qarr = np.array(q, dtype=np.uint64)
    L = _core.lib()
    ix = omen.build(index, keys)
    h = ix._h
    out = ctypes.c_uint64()
    p = ctypes.byref(out)
    f = L.omen_get
    fb = L.omen_get_batch
    pay = np.empty(NQ, dtype=np.uint64)
    found = np.empty(NQ, dtype=np.uint8)

    def noop(h_, k, p_):
        return 0

    def loop():
        for k in qs:
            pass

    def py_noop():
        for k in qs:
            noop(h, k, p)

    def ctypes_get():
        for k in qs:
            f(h, k, p)

    def package_get():
        g = ix.get
        for k in qs:
            g(k)

    def py(fn, per):
        return lambda: timed(fn, per)

    get_addr = ctypes.cast(f, ctypes.c_void_p).value
    batch_addr = ctypes.cast(fb, ctypes.c_void_p).value
    qa = qarr.ctypes.data
    payloads = np.arange(n, dtype=np.uint64)
    err = ctypes.create_string_buffer(512)
    vix = probe.omen_ffi_vtable_build(index.encode(), keys.ctypes.data, payloads.ctypes.data, n, err)
    if not vix:
        sys.exit("ffi_cost: the probe cannot build %s" % err.value.decode())
    cases = {("c_noop_call", 1): lambda: probe.omen_ffi_time_call(None, h, qa, NQ, calls),
             ("c_vtable", 1): lambda: probe.omen_ffi_time_vtable(vix, qa, NQ, calls),
             ("c_api", 1): lambda: probe.omen_ffi_time_call(get_addr, h, qa, NQ, calls),
             ("py_loop", 1): py(loop, calls), ("py_noop_call", 1): py(py_noop, calls),
             ("ctypes_get", 1): py(ctypes_get, calls), ("package_get", 1): py(package_get, calls)}
    missing = []
    for B in batches:
        rounds = max(1, calls // B)
        starts = [(i * B) % (NQ - B + 1) for i in range(rounds)]
        addrs = [qarr.ctypes.data + 8 * s for s in starts]
        views = [qarr[s:s + B] for s in starts]
        pa, fa = pay.ctypes.data, found.ctypes.data

        def ctypes_batch(addrs=addrs, B=B):
            for a in addrs:
                fb(h, a, B, pa, fa)

        def package_batch(views=views):
            g = ix.get_batch
            for v in views:
                g(v)
        cases[("c_api_batch", B)] = (lambda B=B: probe.omen_ffi_time_batch(
            batch_addr, h, qa, NQ, B, calls, pa, fa))
        cases[("ctypes_batch", B)] = py(ctypes_batch, rounds * B)
        cases[("package_batch", B)] = py(package_batch, rounds * B)
    try:
        from omen import _cffi
        ffi, C = _cffi.open_lib(L.path)
    except (ImportError, OSError) as e:
        missing.append("cffi: %s" % e)
    else:
        hc = ffi.cast("omen_handle *", h)
        pc = ffi.new("uint64_t *")
        g = C.omen_get
        gb = C.omen_get_batch

        def cffi_get():
            for k in qs:
                g(hc, k, pc)
        cases[("cffi_get", 1)] = py(cffi_get, calls)
        pay_c, found_c = ffi.cast("uint64_t *", pay.ctypes.data), ffi.cast("uint8_t *", found.ctypes.data)
        for B in batches:
            rounds = max(1, calls // B)
            ptrs = [ffi.cast("uint64_t *", qarr.ctypes.data + 8 * ((i * B) % (NQ - B + 1)))
                    for i in range(rounds)]

            def cffi_batch(ptrs=ptrs, B=B):
                for a in ptrs:
                    gb(hc, a, B, pay_c, found_c)
            cases[("cffi_batch", B)] = py(cffi_batch, rounds * B)
    # Every case must answer: one checked call each before timing.
    assert f(h, q[0], p) == 1 and out.value == (q[0] // 1000003) - 1, "ctypes get answered wrongly"
    # The C side writes into pay and found and reads qarr through bare
    # addresses: they must outlive the cases.
    return cases, (ix, vix, payloads, pay, found, qarr, keys), missing


def summarize(samples):
    return statistics.median(samples), min(samples), max(samples)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", default=os.path.join(ROOT, "results", "claims", "ffi_cost.csv"))
    ap.add_argument("--build", default=os.path.join(ROOT, "build"))
    ap.add_argument("--index", default="binsearch")
    ap.add_argument("--n", type=int, default=256, help="keys: few, so the get itself is cheap")
    ap.add_argument("--calls", type=int, default=200000)
    ap.add_argument("--repeat", type=int, default=11)
    ap.add_argument("--chunks", type=int, default=5, help="a sample is the best of this many runs")
    ap.add_argument("--batches", default="1,64,4096")
    ap.add_argument("--quick", action="store_true", help="20K calls, 3 repeats (trying it out)")
    a = ap.parse_args()
    if a.quick:
        a.calls, a.repeat = 20000, 3
    batches = [int(b) for b in a.batches.split(",")]
    if a.n < 1 or a.repeat < 1 or a.chunks < 1 or a.calls < a.chunks or \
            not all(1 <= b <= NQ for b in batches):
        sys.exit("ffi_cost: --n, --repeat, --chunks must be positive, --calls at least --chunks, "
                 "each batch 1..%d" % NQ)
    lib = os.environ.get("OMEN_LIB") or os.path.join(a.build, "libomen.so")
    probe_path = os.path.join(a.build, "libomen_ffi_probe.so")
    for path, what in ((lib, "libomen.so"), (probe_path, "claim 8's C side")):
        if not os.path.exists(path):
            sys.exit("ffi_cost: %s is missing (%s); build omen first (make)" % (path, what))
    os.environ["OMEN_LIB"] = lib
    try:
        import numpy  # noqa: F401
    except ImportError:
        sys.exit("ffi_cost: %s has no numpy (apt-get install python3-numpy)" % sys.executable)

    probe = load_probe(probe_path)
    cases, keep, missing = python_cases(a.index, a.n, a.calls // a.chunks, batches, probe)
    samples = {key: [] for key in cases}
    gc.disable()
    for _ in range(a.repeat):
        for key, run in cases.items():
            samples[key].append(min(run() for _ in range(a.chunks)))
    gc.enable()
    probe.omen_ffi_vtable_free(keep[1])
    keep[0].close()

    rows = [(m, b, "measured", a.repeat) + summarize(v) for (m, b), v in samples.items()]
    c_api, floor = samples[("c_api", 1)], samples[("py_noop_call", 1)]
    rows.append(("c_api_over_vtable", 1, "derived", a.repeat) + summarize(
        [ci - vi for ci, vi in zip(c_api, samples[("c_vtable", 1)])]))
    for x in ("ctypes", "cffi"):
        g = samples.get((x + "_get", 1))
        if not g:
            continue
        rows.append(("ffi_above_floor_" + x, 1, "derived", a.repeat) + summarize(
            [gi - zi - ci for gi, zi, ci in zip(g, floor, c_api)]))
        rows.append(("ffi_over_c_" + x, 1, "derived", a.repeat) + summarize(
            [gi - ci for gi, ci in zip(g, c_api)]))

    os.makedirs(os.path.dirname(os.path.abspath(a.out)), exist_ok=True)
    tmp = a.out + ".tmp"
    with open(tmp, "w") as fh:
        fh.write("method,batch,kind,repeats,ns_per_key,ns_min,ns_max\n")
        for m, b, k, rep, med, lo, hi in rows:
            fh.write("%s,%d,%s,%d,%.3f,%.3f,%.3f\n" % (m, b, k, rep, med, lo, hi))
    meta = provenance(a, missing)
    with open(a.out + ".meta.json.tmp", "w") as fh:
        json.dump(meta, fh, indent=2)
    os.replace(tmp, a.out)
    os.replace(a.out + ".meta.json.tmp", a.out + ".meta.json")
    for m, b, k, rep, med, lo, hi in rows:
        print("%-24s %5d  %9.2f ns (%.2f-%.2f)" % (m, b, med, lo, hi))
    for m in missing:
        print("ffi_cost: left out: " + m)
    print("ffi_cost: wrote " + a.out)


def provenance(a, missing):
    import numpy
    from omen import _core
    build_id = _core.lib().omen_build_id().decode()  # "COMMIT" or "COMMIT+dirty"
    try:
        import cffi
        cffi_version = cffi.__version__
    except ImportError:
        cffi_version = None
    cpu = "unknown"
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "tool": "scripts/ffi_cost.py",
        "command": " ".join([os.path.basename(sys.executable), "scripts/ffi_cost.py"] + sys.argv[1:]),
        "c_side": "build/libomen_ffi_probe.so (harness/ffi/ffi_probe.c), in the same process",
        # from the library measured, not the tree now (results/ is being written)
        "git_commit": build_id.split("+")[0],
        "git_dirty": "+dirty" in build_id,
        "library": _core.lib().path,
        "library_build_id": build_id,
        "python": "%s %s (%s)" % (platform.python_implementation(), platform.python_version(),
                                  sys.executable),
        "numpy": numpy.__version__,
        "cffi": cffi_version,
        "left_out": missing,
        "cpu": cpu,
        "cores_online": os.cpu_count(),
        "kernel": "%s %s %s" % (platform.system(), platform.release(), platform.machine()),
        "date": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "index": a.index, "n": a.n, "calls": a.calls, "repeat": a.repeat, "chunks": a.chunks,
        "batches": a.batches,
    }


if __name__ == "__main__":
    main()
