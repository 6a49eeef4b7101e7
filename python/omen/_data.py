"""omen.open_data: a SOSD file or a synthetic set ("lognormal:1M:7") opened
by libomen, its keys and payloads as read-only numpy views of the library's
memory (no copy), freed when the last view and the Data are gone."""
import ctypes

import numpy as np

from ._core import check, cstr, lib


class _Owner:
    """Holds the omen_data; every view references it, so it outlives them."""

    def __init__(self, ptr):
        self.ptr = ptr

    def __del__(self):
        if self.ptr and lib is not None:
            lib().omen_data_close(self.ptr)
            self.ptr = None


def _view(owner, addr, n):
    if n == 0 or not addr:
        return np.empty(0, dtype=np.uint64)
    buf = (ctypes.c_uint64 * n).from_address(addr)
    buf._omen_owner = owner  # the view's base keeps the dataset alive
    a = np.frombuffer(buf, dtype=np.uint64)
    a.flags.writeable = False
    return a


class Data:
    """A dataset: .keys (ascending) and .payloads (payload of rank i) as
    read-only uint64 arrays, .spec and len()."""

    def __init__(self, spec):
        self.spec = spec
        ptr = ctypes.c_void_p()
        check(lib().omen_data_open(cstr(spec, "spec"), ctypes.byref(ptr)))
        owner = _Owner(ptr.value)
        n = lib().omen_data_size(owner.ptr)
        self.keys = _view(owner, lib().omen_data_keys(owner.ptr), n)
        self.payloads = _view(owner, lib().omen_data_payloads(owner.ptr), n)

    def __len__(self):
        return self.keys.size

    def close(self):
        """Drops this object's views; the memory goes when no view is left."""
        self.keys = self.payloads = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __repr__(self):
        return "<omen.Data %s, %d keys>" % (self.spec, 0 if self.keys is None else self.keys.size)


def open_data(spec):
    return Data(spec)
