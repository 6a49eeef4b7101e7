"""Finding libomen.so and declaring include/omen.h to ctypes.

The declarations mirror omen.h by hand; python/tests/test_layout.py checks
them against the header's prototypes and against the struct layouts a C
compiler gives, so the two cannot drift apart silently."""
import ctypes
import ctypes.util
import os

API_VERSION = 1  # OMEN_API_VERSION this binding was written against

OK, EINVAL, ENOMEM, EIO, ENOTSUP, EINTERNAL = range(6)

HERE = os.path.dirname(os.path.abspath(__file__))
# python/omen/ -> the repository root, whose build/ holds the fresh library.
BUILD_TREE_LIB = os.path.join(os.path.dirname(os.path.dirname(HERE)), "build", "libomen.so")
# The copy `make python` puts beside an installed package.
BUNDLED_LIB = os.path.join(HERE, "libomen.so")

c_size_t, c_u64, c_u8, c_int, c_char_p, c_void_p = (
    ctypes.c_size_t, ctypes.c_uint64, ctypes.c_uint8, ctypes.c_int, ctypes.c_char_p, ctypes.c_void_p)


class Stats(ctypes.Structure):
    _fields_ = [("n", c_size_t), ("size_bytes", c_size_t), ("mean_abs_error", ctypes.c_double),
                ("max_abs_error", c_u64), ("models", c_u64), ("note", ctypes.c_char * 160)]


class BenchOpts(ctypes.Structure):
    _fields_ = [("threads", c_int), ("ops", c_size_t), ("repeat", c_int), ("isa", c_char_p)]


class BenchResult(ctypes.Structure):
    _fields_ = [("dataset", ctypes.c_char * 512), ("n", c_size_t), ("index", ctypes.c_char * 64),
                ("params", ctypes.c_char * 512), ("workload", ctypes.c_char * 64),
                ("threads", c_int), ("isa", ctypes.c_char * 16), ("ops", c_size_t),
                ("ns_per_op", ctypes.c_double), ("ns_min", ctypes.c_double),
                ("ns_max", ctypes.c_double), ("mops", ctypes.c_double),
                ("build_ms", ctypes.c_double), ("size_bytes", c_size_t), ("valid", c_int),
                ("cv", ctypes.c_double), ("p50_ns", ctypes.c_double), ("p99_ns", ctypes.c_double),
                ("p999_ns", ctypes.c_double), ("keys_after", c_size_t)]


P = ctypes.POINTER
# name: (restype, argtypes); pointers to caller arrays are c_void_p so a
# numpy buffer's address passes as a plain integer, with no conversion.
PROTOTYPES = {
    "omen_api_version": (c_int, []),
    "omen_build_id": (c_char_p, []),
    "omen_errmsg": (c_char_p, []),
    "omen_errcode": (c_int, []),
    "omen_variant_count": (c_size_t, []),
    "omen_variant_name": (c_char_p, [c_size_t]),
    "omen_variant_description": (c_char_p, [c_size_t]),
    "omen_plugin_load": (c_int, [c_char_p]),
    "omen_data_open": (c_int, [c_char_p, P(c_void_p)]),
    "omen_data_size": (c_size_t, [c_void_p]),
    "omen_data_keys": (c_void_p, [c_void_p]),
    "omen_data_payloads": (c_void_p, [c_void_p]),
    "omen_data_close": (None, [c_void_p]),
    "omen_build": (c_int, [c_char_p, c_char_p, c_void_p, c_void_p, c_size_t, P(c_void_p)]),
    "omen_get": (c_int, [c_void_p, c_u64, P(c_u64)]),
    "omen_lower_bound": (c_int, [c_void_p, c_u64, P(c_size_t)]),
    "omen_range": (c_int, [c_void_p, c_u64, c_u64, P(c_u64), P(c_u64)]),
    "omen_get_batch": (c_int, [c_void_p, c_void_p, c_size_t, c_void_p, c_void_p]),
    "omen_lower_bound_batch": (c_int, [c_void_p, c_void_p, c_size_t, c_void_p]),
    "omen_insert": (c_int, [c_void_p, c_u64, c_u64]),
    "omen_erase": (c_int, [c_void_p, c_u64]),
    "omen_stats_get": (c_int, [c_void_p, P(Stats)]),
    "omen_size_bytes": (c_size_t, [c_void_p]),
    "omen_handle_variant": (c_char_p, [c_void_p]),
    "omen_close": (None, [c_void_p]),
    "omen_bench_run": (c_int, [c_char_p, c_char_p, c_char_p, P(BenchOpts), P(BenchResult)]),
}


# Declared in omen.h but absent from a library built without plugins.
OPTIONAL = {"omen_plugin_load"}


def library_path():
    """OMEN_LIB, else the build tree's build/libomen.so next to this source
    (a checkout), else the installed library: the copy bundled by `make
    python`, or one the loader finds (make install); None when there is
    none. A bundled copy means an installed package, whose ../../build is
    not omen's, so it is tried first."""
    env = os.environ.get("OMEN_LIB")
    if env:
        return env
    for path in (BUNDLED_LIB, BUILD_TREE_LIB):
        if os.path.exists(path):
            return path
    return ctypes.util.find_library("omen")


def load(path=None):
    """libomen as a ctypes.CDLL with every prototype declared. Raises
    OSError naming what was tried when there is no library."""
    path = path or library_path()
    if not path:
        raise OSError("omen: libomen.so not found: set OMEN_LIB=/path/to/libomen.so, build the "
                      "tree (make) so %s exists, or install it (make install)" % BUILD_TREE_LIB)
    try:
        lib = ctypes.CDLL(path)
    except OSError as e:
        hint = ("a bug of the library: its thread-local storage is too large for dlopen "
                "(initial-exec TLS)" if "static TLS" in str(e) else
                "set OMEN_LIB to a libomen.so built for this machine")
        raise OSError("omen: cannot load %s (%s); %s" % (path, e, hint)) from None
    for name, (res, args) in PROTOTYPES.items():
        try:
            f = getattr(lib, name)
        except AttributeError:
            if name in OPTIONAL:
                continue
            raise OSError("omen: %s has no %s: the library is older than include/omen.h of this "
                          "binding (rebuild it)" % (path, name)) from None
        f.restype, f.argtypes = res, args
    got = lib.omen_api_version()
    if got != API_VERSION:
        raise OSError("omen: %s implements API version %d, this binding speaks %d; use the "
                      "library and the Python package of one omen checkout" % (path, got, API_VERSION))
    lib.path = path
    return lib
