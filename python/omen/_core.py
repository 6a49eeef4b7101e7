"""The loaded library, omen.Error, and turning caller input into what the C
API takes: uint64 arrays (the caller's own buffer whenever it already is
one) and UTF-8 strings."""
import operator

import numpy as np

from . import _lib

_LIB = None


def lib():
    """libomen, loaded on first use so `import omen` works without it."""
    global _LIB
    if _LIB is None:
        _LIB = _lib.load()
    return _LIB


class Error(Exception):
    """A failure of libomen (its message), or input it would reject.
    .code is the omen_code: EINVAL, ENOMEM, EIO, ENOTSUP or EINTERNAL."""

    def __init__(self, code, message):
        super().__init__(message)
        self.code = code
        self.message = message


def check(rc):
    """Raises the library's last error when rc is not OMEN_OK."""
    if rc != _lib.OK:
        raise last_error(rc)
    return rc


def last_error(rc=None):
    L = lib()
    msg = (L.omen_errmsg() or b"").decode("utf-8", "replace")
    code = L.omen_errcode() or rc or _lib.EINTERNAL
    return Error(code, msg or "omen: call failed with code %d and no message" % code)


def cstr(s, what):
    if isinstance(s, bytes):
        return s
    if not isinstance(s, str):
        raise Error(_lib.EINVAL, "omen: %s must be a str, not %s" % (what, type(s).__name__))
    return s.encode("utf-8")


U64_MAX = (1 << 64) - 1


def as_u64(a, what="keys"):
    """a as a C-contiguous uint64 ndarray: a itself when it already is one
    (no copy: its buffer goes to C), else a converted copy. Values that do
    not fit uint64 (negative, > 2^64-1, fractional) are rejected, never
    wrapped or truncated."""
    if isinstance(a, np.ndarray):
        if a.dtype == np.uint64 and a.flags.c_contiguous:
            return a
        if a.ndim != 1:
            raise Error(_lib.EINVAL, "omen: %s must be 1-dimensional, got shape %s" % (what, a.shape))
        if a.dtype.kind == "u":
            return np.ascontiguousarray(a, dtype=np.uint64)
        if a.dtype.kind == "i":
            if a.size and a.min() < 0:
                raise Error(_lib.EINVAL, "omen: %s has a negative value (%d at %d); omen's keys are "
                            "uint64" % (what, a.min(), int(a.argmin())))
            return np.ascontiguousarray(a, dtype=np.uint64)
        raise Error(_lib.EINVAL, "omen: %s has dtype %s; omen takes unsigned 64-bit integers: pass "
                    "a uint64 array (an integer array is converted)" % (what, a.dtype))
    out = []
    for i, v in enumerate(a):
        try:
            v = operator.index(v)
        except TypeError:
            raise Error(_lib.EINVAL, "omen: %s[%d] is %r, not an integer" % (what, i, v)) from None
        if not 0 <= v <= U64_MAX:
            raise Error(_lib.EINVAL, "omen: %s[%d] = %d is outside uint64 [0, 2^64-1]" % (what, i, v))
        out.append(v)
    return np.array(out, dtype=np.uint64)


def u64(v, what="key"):
    """One key as a Python int in [0, 2^64-1]."""
    try:
        v = operator.index(v)
    except TypeError:
        raise Error(_lib.EINVAL, "omen: %s %r is not an integer" % (what, v)) from None
    if not 0 <= v <= U64_MAX:
        raise Error(_lib.EINVAL, "omen: %s %d is outside uint64 [0, 2^64-1]" % (what, v))
    return v
