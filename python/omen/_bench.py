"""omen.bench: rows of omen-bench run through libomen (omen_bench_run),
each returned as a Record; several as Records, a list with .to_pandas()."""
import ctypes
import itertools
from dataclasses import asdict, dataclass

from . import _lib
from ._core import Error, check, cstr, lib


@dataclass(frozen=True)
class Record:
    """One bench row: times are ns per operation (median over the timed
    passes, with min and max); valid means every answer matched the oracle."""
    dataset: str
    n: int
    index: str
    params: str
    workload: str
    threads: int
    isa: str
    ops: int
    ns_per_op: float
    ns_min: float
    ns_max: float
    mops: float
    build_ms: float
    size_bytes: int
    valid: bool
    cv: float = 0.0
    # Read-write workloads only (0 otherwise): sampled latency percentiles, ns,
    # and the entries held after the stream.
    p50_ns: float = 0.0
    p99_ns: float = 0.0
    p999_ns: float = 0.0
    keys_after: int = 0

    def to_dict(self):
        return asdict(self)

    def to_pandas(self):
        return Records([self]).to_pandas()


class Records(list):
    """Records of several rows."""

    def to_pandas(self):
        """A pandas DataFrame, one row per record; pandas is optional."""
        try:
            import pandas
        except ImportError:
            raise ImportError("omen: to_pandas needs pandas (apt-get install python3-pandas); "
                              "the records themselves are plain dataclasses: [r.to_dict() for r "
                              "in records]") from None
        return pandas.DataFrame([r.to_dict() for r in self])


def _text(b):
    return b.decode("utf-8", "replace")


def run_one(dataset, index, workload, threads=1, ops=0, repeat=0, isa=None):
    opts = _lib.BenchOpts(int(threads), int(ops), int(repeat), cstr(isa, "isa") if isa else None)
    out = _lib.BenchResult()
    check(lib().omen_bench_run(cstr(dataset, "dataset"), cstr(index, "index"),
                               cstr(workload, "workload"), ctypes.byref(opts), ctypes.byref(out)))
    return Record(_text(out.dataset), out.n, _text(out.index), _text(out.params),
                  _text(out.workload), out.threads, _text(out.isa), out.ops, out.ns_per_op,
                  out.ns_min, out.ns_max, out.mops, out.build_ms, out.size_bytes, bool(out.valid),
                  out.cv, out.p50_ns, out.p99_ns, out.p999_ns, out.keys_after)


def _many(x, what):
    if isinstance(x, (str, bytes, int)):
        return [x], False
    try:
        xs = list(x)
    except TypeError:
        raise Error(_lib.EINVAL, "omen: %s must be a value or a list of them" % what) from None
    if not xs:
        raise Error(_lib.EINVAL, "omen: %s is an empty list" % what)
    return xs, True


def bench(dataset, index, workload="point", threads=1, ops=0, repeat=0, isa=None):
    """Times index on dataset under workload as omen-bench does (ops lookups
    per pass, repeat passes; 0 takes omen-bench's defaults; isa None: the
    best this CPU has). Each of dataset, index, workload and threads may be
    a list: then every combination runs and Records come back, else one
    Record. Index params go in the name: "rmi:branches=256"."""
    lists = [_many(dataset, "dataset"), _many(index, "index"), _many(workload, "workload"),
             _many(threads, "threads")]
    rows = Records(run_one(d, i, w, t, ops, repeat, isa)
                   for d, i, w, t in itertools.product(*(xs for xs, _ in lists)))
    return rows if any(many for _, many in lists) else rows[0]
