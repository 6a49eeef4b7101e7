"""The package's contract beyond the answers: no copy of C-contiguous uint64
input, conversion or a clear rejection of anything else, errors carrying
omen's message and code, stats, datasets as views, bench records."""
import gc
import weakref

import numpy as np
import pytest

import omen
from omen import _core

KEYS = np.arange(10, 100010, 10, dtype=np.uint64)


class Spy:
    """Wraps a libomen function, recording the pointer arguments it gets."""

    def __init__(self, monkeypatch, name):
        lib = _core.lib()
        self.real, self.calls = getattr(lib, name), []

        class Proxy:
            def __getattr__(_, attr):
                return self if attr == name else getattr(lib, attr)
        monkeypatch.setattr(_core, "_LIB", Proxy())

    def __call__(self, *args):
        self.calls.append(args)
        return self.real(*args)


def test_build_borrows_the_array_without_copy():
    keys = KEYS.copy()
    with omen.build("binsearch", keys) as ix:
        assert ix.get(25) is None
        keys[1] = 25  # still sorted: the index reads the caller's buffer
        assert ix.get(25) == 1 and ix.get(20) is None


def test_build_keeps_the_arrays_alive():
    keys = KEYS.copy()
    ref = weakref.ref(keys)
    ix = omen.build("binsearch", keys)
    del keys
    gc.collect()
    assert ref() is not None, "the Index must hold the keys the C side borrows"
    assert ix.get(100000) == 9999
    ix.close()
    gc.collect()
    assert ref() is None


@pytest.mark.parametrize("fn", ["omen_get_batch", "omen_lower_bound_batch"])
def test_batches_pass_contiguous_uint64_in_place(monkeypatch, fn):
    with omen.build("binsearch", KEYS) as ix:
        spy = Spy(monkeypatch, fn)
        q = KEYS[::3].copy()
        out = ix.get_batch(q) if fn == "omen_get_batch" else ix.lower_bound_batch(q)
        assert spy.calls[-1][1] == q.ctypes.data, "a C-contiguous uint64 array must not be copied"
        strided = KEYS[::3]  # a view with a stride: converted once
        out2 = ix.get_batch(strided) if fn == "omen_get_batch" else ix.lower_bound_batch(strided)
        assert spy.calls[-1][1] != strided.ctypes.data
        signed = q.astype(np.int64)  # another dtype: converted, same answers
        out3 = ix.get_batch(signed) if fn == "omen_get_batch" else ix.lower_bound_batch(signed)
        for a, b, c in zip(*(o if isinstance(o, tuple) else (o,) for o in (out, out2, out3))):
            assert np.array_equal(a, b) and np.array_equal(a, c)


def test_batch_outputs_are_numpy():
    with omen.build("rmi", KEYS) as ix:
        p, f = ix.get_batch(np.array([10, 15, 100000], dtype=np.uint64))
        assert p.dtype == np.uint64 and f.dtype == np.bool_
        assert f.tolist() == [True, False, True] and p[0] == 0 and p[2] == 9999
        r = ix.lower_bound_batch([0, 15, 2**64 - 1])  # a list is converted
        assert r.dtype == np.uint64 and r.tolist() == [0, 1, KEYS.size]
        assert ix.get_batch(np.empty(0, dtype=np.uint64))[0].size == 0


def test_unknown_variant_raises_omens_message():
    with pytest.raises(omen.Error) as e:
        omen.build("no_such_index", KEYS)
    assert e.value.code == omen.EINVAL
    assert "no_such_index" in str(e.value)


def test_unsorted_keys_are_rejected():
    with pytest.raises(omen.Error) as e:
        omen.build("rmi", np.array([3, 1, 2], dtype=np.uint64))
    assert e.value.code == omen.EINVAL and str(e.value)


def test_bad_params_are_rejected():
    with pytest.raises(omen.Error) as e:
        omen.build("rmi", KEYS, params="no_such_param=1")
    assert "no_such_param" in str(e.value)


@pytest.mark.parametrize("bad, words", [
    (np.array([1.0, 2.0]), "dtype float64"),
    (np.array([-1, 2], dtype=np.int64), "negative"),
    ([1, 2**64], "outside uint64"),
    ([1, -2], "outside uint64"),
    ([1, 2.5], "not an integer"),
    (np.zeros((2, 2), dtype=np.int64), "1-dimensional"),
])
def test_wrong_dtypes_are_rejected_clearly(bad, words):
    with pytest.raises(omen.Error) as e:
        omen.build("binsearch", bad)
    assert words in str(e.value) and e.value.code == omen.EINVAL


def test_other_integer_dtypes_are_converted():
    for a in (KEYS.astype(np.int64), KEYS.astype(np.uint32), KEYS.tolist(), KEYS[::-1][::-1]):
        with omen.build("binsearch", a) as ix:
            assert ix.get(20) == 1 and ix.lower_bound(21) == 2


def test_scalar_keys_are_checked():
    with omen.build("binsearch", KEYS) as ix:
        for bad in (-1, 2**64, 1.5, "7"):
            with pytest.raises(omen.Error):
                ix.get(bad)
        assert ix.get(np.uint64(30)) == 2


def test_payload_count_must_match():
    with pytest.raises(omen.Error) as e:
        omen.build("binsearch", KEYS, payloads=np.arange(3, dtype=np.uint64))
    assert "payloads" in str(e.value)


def test_params_inline_or_separate_and_stats():
    with omen.build("linear:segments=16", KEYS) as a, omen.build("linear", KEYS, params="segments=16") as b:
        sa, sb = a.stats(), b.stats()
        assert sa == sb and sa.n == KEYS.size and sa.models == 16
        assert a.size_bytes == sa.size_bytes > 0
        assert a.variant == "linear" and len(a) == KEYS.size


def test_closed_index_raises():
    ix = omen.build("binsearch", KEYS)
    ix.close()
    ix.close()  # twice is fine
    with pytest.raises(omen.Error, match="closed"):
        ix.get(10)


def test_insert_and_erase_on_an_updatable_variant(variants):
    if "btree_dyn" not in variants:
        pytest.skip("btree_dyn is not registered")
    with omen.build("btree_dyn", KEYS) as ix:
        ix.insert(15, 777)
        assert ix.get(15) == 777
        assert ix.erase(15) is True and ix.erase(15) is False and ix.get(15) is None
    with omen.build("binsearch", KEYS) as ix:
        with pytest.raises(omen.Error) as e:
            ix.insert(15, 1)
        assert e.value.code == omen.ENOTSUP


def test_variants_and_descriptions(variants):
    assert {"binsearch", "rmi", "linear", "pla", "btree"} <= set(variants)
    d = omen.describe()
    assert list(d) == variants and all(d.values())


def test_open_data_gives_views_that_outlive_the_data_object():
    d = omen.open_data("lognormal:20K:3")
    keys, payloads = d.keys, d.payloads
    assert len(d) == keys.size == payloads.size == 20000
    assert keys.dtype == np.uint64 and not keys.flags.writeable
    assert np.all(keys[1:] >= keys[:-1])
    del d
    gc.collect()
    assert int(keys[-1]) >= int(keys[0])  # still readable: the view holds the data
    with omen.build("pla", keys, payloads) as ix:
        assert ix.get(int(keys[100])) == int(payloads[np.searchsorted(keys, keys[100])])
    with pytest.raises(omen.Error) as e:
        omen.open_data("/no/such/file_uint64")
    assert e.value.code in (omen.EIO, omen.EINVAL) and "/no/such/file_uint64" in str(e.value)


def test_load_plugin_missing_file_is_a_clear_error():
    with pytest.raises(omen.Error) as e:
        omen.load_plugin("/no/such/plugin.so")
    if not hasattr(_core.lib(), "omen_plugin_load"):
        # A library without the plugins work: said so, not a crash.
        assert e.value.code == omen.ENOTSUP and "without plugin loading" in str(e.value)
    else:
        assert "/no/such/plugin.so" in str(e.value)


FIELDS = ("dataset", "n", "index", "params", "workload", "threads", "isa", "ops", "ns_per_op",
          "ns_min", "ns_max", "mops", "build_ms", "size_bytes", "valid", "cv", "p50_ns",
          "p99_ns", "p999_ns", "keys_after")


def test_bench_record_fields():
    r = omen.bench("uniform_dense:20K", "rmi:branches=64", "point", ops=2000, repeat=2)
    assert isinstance(r, omen.Record) and tuple(r.to_dict()) == FIELDS
    assert r.dataset == "uniform_dense:20K" and r.n == 20000 and r.index == "rmi"
    assert "branches=64" in r.params and r.workload == "point" and r.threads == 1
    assert r.valid is True and r.ops == 2000 and r.isa
    assert 0 < r.ns_min <= r.ns_per_op <= r.ns_max and r.mops > 0 and r.size_bytes > 0
    assert r.p50_ns == 0 and r.keys_after == 0  # read-only: no latency figures


def test_bench_read_write_record():
    r = omen.bench("uniform_dense:20K", "btree_dyn", "rw:50", ops=20000, repeat=2)
    assert r.valid is True and r.workload == "rw:50"
    assert 0 < r.p50_ns <= r.p99_ns <= r.p999_ns
    assert 10000 < r.keys_after <= 20000


def test_bench_lists_give_records():
    rs = omen.bench("uniform_dense:10K", ["binsearch", "btree"], ["point", "range:10"],
                    ops=1000, repeat=1)
    assert isinstance(rs, omen.Records) and len(rs) == 4
    assert [(r.index, r.workload) for r in rs] == [
        ("binsearch", "point"), ("binsearch", "range:10"), ("btree", "point"), ("btree", "range:10")]
    try:
        import pandas  # noqa: F401
    except ImportError:
        with pytest.raises(ImportError, match="pandas"):
            rs.to_pandas()
    else:
        df = rs.to_pandas()
        assert list(df.columns) == list(FIELDS) and len(df) == 4


def test_bench_errors_carry_the_message():
    with pytest.raises(omen.Error) as e:
        omen.bench("uniform_dense:10K", "binsearch", "no_such_workload", ops=100, repeat=1)
    assert "no_such_workload" in str(e.value)
