"""omen.load_plugin on the C example plugin (examples/c_linear, built here
with cc as its Makefile does): its variant registers, answers like
searchsorted, and a file that is no plugin raises omen.Error naming it.
Skipped, saying why, until the plugins work is in this tree and library."""
import os
import shutil
import subprocess

import numpy as np
import pytest

import omen
from omen import _core

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
EXAMPLE = os.path.join(ROOT, "examples", "c_linear", "linear_plugin.c")


@pytest.fixture(scope="module")
def plugin(tmp_path_factory):
    if not os.path.exists(EXAMPLE) or not hasattr(_core.lib(), "omen_plugin_load"):
        pytest.skip("no plugin loading in this tree or library yet (examples/c_linear, "
                    "omen_plugin_load)")
    cc = shutil.which("cc") or shutil.which("gcc")
    if not cc:
        pytest.fail("no C compiler to build the example plugin")
    so = str(tmp_path_factory.mktemp("plugin") / "linear_plugin.so")
    subprocess.run([cc, "-O2", "-std=c11", "-fPIC", "-shared", "-I", os.path.join(ROOT, "include"),
                    "-o", so, EXAMPLE, "-lm"], check=True)
    return so


def test_plugin_variant_registers_and_answers(plugin):
    added = omen.load_plugin(plugin)
    assert added and all(v in omen.variants() for v in added)
    keys = np.sort(np.random.default_rng(5).integers(0, 2**64 - 1, 20000, dtype=np.uint64))
    keys[:50] = keys[50]  # duplicates
    q = np.concatenate([keys, keys + np.uint64(1)])
    for name in added:
        with omen.build(name, keys) as ix:
            p, f = ix.get_batch(q)
            i = np.searchsorted(keys, q)
            hit = (i < keys.size) & (keys[np.minimum(i, keys.size - 1)] == q)
            assert np.array_equal(f, hit) and np.array_equal(p[hit], i[hit].astype(np.uint64))
            assert np.array_equal(ix.lower_bound_batch(q), i.astype(np.uint64))


def test_not_a_plugin_is_refused_by_name(plugin, tmp_path):
    bogus = tmp_path / "not_a_plugin.so"
    bogus.write_text("not a shared object")
    with pytest.raises(omen.Error) as e:
        omen.load_plugin(str(bogus))
    assert "not_a_plugin.so" in str(e.value)
