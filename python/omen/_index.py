"""omen.build and the Index it returns: one libomen handle over the
caller's arrays, which the Index keeps alive (the C side borrows them)."""
import ctypes
from dataclasses import dataclass

import numpy as np

from . import _lib
from ._core import U64_MAX, Error, as_u64, check, cstr, last_error, lib, u64


_c_uint64, _byref = ctypes.c_uint64, ctypes.byref


@dataclass(frozen=True)
class Stats:
    """omen_stats: entries, bytes beyond the borrowed arrays, the learned
    variants' error, models (or segments, nodes), what the build chose."""
    n: int
    size_bytes: int
    mean_abs_error: float
    max_abs_error: int
    models: int
    note: str


class Index:
    """A built index. Reads may run from many threads at once; writes
    (insert, erase) may not run beside anything else on the same Index."""

    def __init__(self, handle, keys, payloads):
        self._h = handle
        self._get = lib().omen_get  # bound once: get() is the per-call hot path
        # The C side reads these arrays for as long as the handle lives.
        self._keys, self._payloads = keys, payloads

    def _handle(self):
        if not self._h:
            raise Error(_lib.EINVAL, "omen: this Index is closed")
        return self._h

    @property
    def variant(self):
        return lib().omen_handle_variant(self._handle()).decode()

    def get(self, key):
        """The payload of key (the first of equal keys), or None."""
        if type(key) is not int or not 0 <= key <= U64_MAX:  # the common case checked inline
            key = u64(key)
        out = _c_uint64()  # per call: reads may come from several threads
        rc = self._get(self._h or self._handle(), key, _byref(out))
        if rc == 1:
            return out.value
        if rc == 0:
            return None
        raise last_error(rc)

    def lower_bound(self, key):
        """The rank of the first key >= key (len when there is none)."""
        out = ctypes.c_size_t()
        check(lib().omen_lower_bound(self._handle(), u64(key), ctypes.byref(out)))
        return out.value

    def range(self, lo, hi):
        """(count, payload sum mod 2^64) of the keys in [lo, hi]."""
        count, total = ctypes.c_uint64(), ctypes.c_uint64()
        check(lib().omen_range(self._handle(), u64(lo, "lo"), u64(hi, "hi"), ctypes.byref(count),
                               ctypes.byref(total)))
        return count.value, total.value

    def get_batch(self, keys):
        """(payloads uint64, found bool) for an array of keys; a C-contiguous
        uint64 array is read in place, anything else converted first."""
        q = as_u64(keys)
        payloads = np.empty(q.size, dtype=np.uint64)
        found = np.empty(q.size, dtype=np.uint8)
        check(lib().omen_get_batch(self._handle(), q.ctypes.data, q.size, payloads.ctypes.data,
                                   found.ctypes.data))
        return payloads, found.view(np.bool_)

    def lower_bound_batch(self, keys):
        """The rank of the first key >= each of keys, as a uint64 array."""
        q = as_u64(keys)
        ranks = np.empty(q.size, dtype=np.uintp)
        check(lib().omen_lower_bound_batch(self._handle(), q.ctypes.data, q.size, ranks.ctypes.data))
        return ranks.view(np.uint64) if ranks.itemsize == 8 else ranks.astype(np.uint64)

    def insert(self, key, payload):
        """Adds (key, payload) after any equal keys (updatable variants)."""
        check(lib().omen_insert(self._handle(), u64(key), u64(payload, "payload")))

    def erase(self, key):
        """Removes the first entry equal to key: True if one was there."""
        rc = lib().omen_erase(self._handle(), u64(key))
        if rc < 0:
            raise last_error()
        return rc == 1

    def stats(self):
        s = _lib.Stats()
        check(lib().omen_stats_get(self._handle(), ctypes.byref(s)))
        return Stats(s.n, s.size_bytes, s.mean_abs_error, s.max_abs_error, s.models,
                     s.note.decode("utf-8", "replace"))

    @property
    def size_bytes(self):
        """Bytes the index holds beyond the borrowed key and payload arrays."""
        return lib().omen_size_bytes(self._handle())

    def __len__(self):
        return self.stats().n

    def close(self):
        """Frees the index; the arrays are released to the garbage collector."""
        if self._h:
            lib().omen_close(self._h)
            self._h = None
        self._keys = self._payloads = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __del__(self):
        if getattr(self, "_h", None) and _lib is not None:
            self.close()

    def __repr__(self):
        if not self._h:
            return "<omen.Index closed>"
        return "<omen.Index %s, %d keys, %d bytes>" % (self.variant, self._keys.size, self.size_bytes)


def build(index, keys, payloads=None, params=""):
    """Builds variant `index` ("rmi", or "rmi:branches=256" with params in
    the name) over ascending keys (duplicates allowed) and their payloads
    (None: payload i is i). C-contiguous uint64 arrays are used in place and
    must not change while the Index lives; other input is converted once."""
    name, params = cstr(index, "index"), cstr(params, "params")
    if b":" in name:
        name, inline = name.split(b":", 1)
        params = inline + (b"," + params if params else b"")
    k = as_u64(keys, "keys")
    p = None
    if payloads is not None:
        p = as_u64(payloads, "payloads")
        if p.size != k.size:
            raise Error(_lib.EINVAL, "omen: %d payloads for %d keys; give one payload per key"
                        % (p.size, k.size))
    h = ctypes.c_void_p()
    check(lib().omen_build(name, params, k.ctypes.data, p.ctypes.data if p is not None else None,
                           k.size, ctypes.byref(h)))
    return Index(h.value, k, p)
