"""The ctypes declarations of python/omen/_lib.py against include/omen.h:
every OMEN_API function declared with its argument count, and each struct's
size and offsets as the C compiler lays them out (OMEN_LAYOUT_BIN, the
python_layout program CTest builds; compiled here with cc when unset)."""
import ctypes
import json
import os
import re
import shutil
import subprocess
import tempfile

import pytest

from omen import _cffi, _lib

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
HEADER = os.path.join(ROOT, "include", "omen.h")


def header_functions():
    text = re.sub(r"/\*.*?\*/", "", open(HEADER).read(), flags=re.S)
    out = {}
    for m in re.finditer(r"OMEN_API\s+[^;(]*?\b(omen_\w+)\s*\(([^)]*)\)\s*;", text):
        args = m.group(2).strip()
        out[m.group(1)] = 0 if args in ("", "void") else args.count(",") + 1
    return out


def test_every_api_function_is_declared_with_its_arity():
    want = header_functions()
    assert len(want) > 20
    got = {name: len(args) for name, (_, args) in _lib.PROTOTYPES.items()}
    assert got == want


def layout():
    exe = os.environ.get("OMEN_LAYOUT_BIN")
    if not exe:
        cc = shutil.which("cc") or shutil.which("gcc")
        if not cc:
            pytest.skip("no C compiler and no OMEN_LAYOUT_BIN")
        exe = os.path.join(tempfile.mkdtemp(prefix="omen-layout-"), "layout")
        subprocess.run([cc, "-I", os.path.join(ROOT, "include"),
                        os.path.join(ROOT, "tests", "python_layout.c"), "-o", exe], check=True)
    return json.loads(subprocess.run([exe], check=True, capture_output=True, text=True).stdout)


@pytest.mark.parametrize("cname, cls", [("omen_stats", _lib.Stats), ("omen_bench_opts", _lib.BenchOpts),
                                         ("omen_bench_result", _lib.BenchResult)])
def test_struct_layout_matches_the_compiler(cname, cls):
    want = layout()[cname]
    assert ctypes.sizeof(cls) == want["size"]
    got = {f: [getattr(cls, f).offset, getattr(cls, f).size] for f, _ in cls._fields_}
    assert got == want["fields"]


def test_cffi_parses_the_header_itself():
    cffi = pytest.importorskip("cffi", reason="python3-cffi is optional")
    ffi = cffi.FFI()
    ffi.cdef(_cffi.cdef_from_header(open(HEADER).read()))
    assert ffi.sizeof("omen_bench_result") == ctypes.sizeof(_lib.BenchResult)
    ffi2, lib = _cffi.open_lib(_lib.library_path(), HEADER)
    assert lib.omen_api_version() == _lib.API_VERSION
    keys = ffi2.new("uint64_t[]", [1, 5, 9])
    h = ffi2.new("omen_handle **")
    assert lib.omen_build(b"binsearch", b"", keys, ffi2.NULL, 3, h) == 0
    p = ffi2.new("uint64_t *")
    assert lib.omen_get(h[0], 5, p) == 1 and p[0] == 1
    assert lib.omen_get(h[0], 6, p) == 0
    lib.omen_close(h[0])
