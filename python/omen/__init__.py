"""omen from Python: build any learned or classic index registered in
libomen (or loaded from a plugin) over numpy uint64 keys, query it one key
or a whole array at a time, and run omen-bench rows.

    import numpy as np, omen
    keys = np.sort(np.random.default_rng(1).integers(0, 2**63, 100_000, dtype=np.uint64))
    with omen.build("rmi", keys) as ix:
        print(ix.get(int(keys[7])), ix.lower_bound_batch(keys[:4]), ix.stats())
"""
from ._core import Error, lib as _loaded
from ._lib import EINTERNAL, EINVAL, EIO, ENOMEM, ENOTSUP, OK
from ._index import Index, Stats, build
from ._data import Data, open_data
from ._bench import Record, Records, bench
from . import _core

__all__ = ["Error", "Index", "Stats", "Data", "Record", "Records", "build", "open_data", "bench",
           "variants", "describe", "load_plugin", "library_path", "build_id",
           "OK", "EINVAL", "ENOMEM", "EIO", "ENOTSUP", "EINTERNAL"]
__version__ = "0.1.0"


def variants():
    """The names of every variant: built in, and registered by plugins."""
    L = _loaded()
    return [L.omen_variant_name(i).decode() for i in range(L.omen_variant_count())]


def describe():
    """{name: one-line description} of every variant."""
    L = _loaded()
    return {L.omen_variant_name(i).decode(): L.omen_variant_description(i).decode()
            for i in range(L.omen_variant_count())}


def load_plugin(path):
    """Loads a plugin (a shared object exporting omen_plugin_init) and
    registers its variants; returns the names it added."""
    import os
    L = _loaded()
    try:
        load = L.omen_plugin_load
    except AttributeError:
        raise Error(ENOTSUP, "omen: %s was built without plugin loading (omen_plugin_load); "
                    "rebuild omen with the plugins work merged" % L.path) from None
    before = set(variants())
    _core.check(load(os.fsencode(os.path.abspath(path))))
    return [v for v in variants() if v not in before]


def library_path():
    """The libomen.so in use."""
    return _loaded().path


def build_id():
    """The commit libomen was built at."""
    return _loaded().omen_build_id().decode()
