"""libomen through cffi's ABI mode (Debian's python3-cffi, optional): the
declarations are include/omen.h itself, stripped of what cffi's cdef does
not parse, so they cannot drift from the header. scripts/ffi_cost.py times
calls through it beside ctypes."""
import os
import re

from . import _lib

# The checkout's header, else the copy `make python` bundles.
HEADER = os.path.join(os.path.dirname(os.path.dirname(_lib.HERE)), "include", "omen.h")
BUNDLED_HEADER = os.path.join(_lib.HERE, "omen.h")


def cdef_from_header(text):
    """omen.h as cffi cdef: no comments, no preprocessor lines, no
    extern "C" block markers, no OMEN_API attribute."""
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    text = re.sub(r"#ifdef __cplusplus.*?#endif", "", text, flags=re.S)
    lines = [ln for ln in text.splitlines() if not ln.lstrip().startswith("#")]
    return re.sub(r"\bOMEN_API\b", "", "\n".join(lines))


def open_lib(path=None, header=None):
    """(ffi, lib) for libomen in ABI mode; ImportError without cffi,
    OSError without the library or the header."""
    import cffi
    header = header or os.environ.get("OMEN_HEADER") or (
        HEADER if os.path.exists(HEADER) else BUNDLED_HEADER)
    if not os.path.exists(header):
        raise OSError("omen: %s not found; the cffi binding reads omen.h (set OMEN_HEADER)" % header)
    ffi = cffi.FFI()
    with open(header) as f:
        ffi.cdef(cdef_from_header(f.read()))
    path = path or _lib.library_path()
    if not path:
        raise OSError("omen: libomen.so not found (set OMEN_LIB)")
    return ffi, ffi.dlopen(path)
