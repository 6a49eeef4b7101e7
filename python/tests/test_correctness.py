"""Every registered variant against numpy's searchsorted on synthetic
arrays (duplicates, 0 and UINT64_MAX): get, lower_bound, range, batches."""
import numpy as np
import pytest

import omen
from conftest import key_sets, probes

SETS = key_sets()


def expect_get(keys, payloads, q):
    i = np.searchsorted(keys, q, side="left")
    hit = (i < keys.size) & (keys[np.minimum(i, keys.size - 1)] == q)
    return np.where(hit, payloads[np.minimum(i, keys.size - 1)], 0), hit


def build_or_skip(name, keys, payloads=None):
    try:
        return omen.build(name, keys, payloads)
    except omen.Error as e:
        # A variant may refuse a shape outright (a clear EINVAL); it may not
        # answer wrongly, which the checks below catch.
        if e.code == omen.EINVAL and keys.size < 2:
            pytest.skip("%s refuses %d key(s): %s" % (name, keys.size, e))
        raise


@pytest.mark.parametrize("set_name", sorted(SETS))
def test_every_variant_matches_searchsorted(variants, set_name):
    keys = SETS[set_name]
    payloads = (keys * np.uint64(3) + np.uint64(11)) ^ np.arange(keys.size, dtype=np.uint64)
    q = probes(keys)
    want_p, want_f = expect_get(keys, payloads, q)
    want_rank = np.searchsorted(keys, q, side="left").astype(np.uint64)
    failures = []
    for name in variants:
        with build_or_skip(name, keys, payloads) as ix:
            got_p, got_f = ix.get_batch(q)
            if not np.array_equal(got_f, want_f) or not np.array_equal(got_p[want_f], want_p[want_f]):
                bad = int(np.flatnonzero((got_f != want_f) | (want_f & (got_p != want_p)))[0])
                failures.append("%s get(%d): (%d, %s), expected (%d, %s)" % (
                    name, q[bad], got_p[bad], got_f[bad], want_p[bad], want_f[bad]))
                continue
            for k in q[:: max(1, q.size // 300)]:
                one = ix.get(int(k))
                i = int(np.searchsorted(keys, k))
                exp = int(payloads[i]) if i < keys.size and keys[i] == k else None
                if one != exp:
                    failures.append("%s get(%d) = %s, expected %s" % (name, k, one, exp))
                    break
            try:
                ranks = ix.lower_bound_batch(q)
            except omen.Error as e:
                assert e.code == omen.ENOTSUP, "%s lower_bound_batch: %s" % (name, e)
            else:
                if not np.array_equal(ranks, want_rank):
                    bad = int(np.flatnonzero(ranks != want_rank)[0])
                    failures.append("%s lower_bound(%d) = %d, expected %d" % (
                        name, q[bad], ranks[bad], want_rank[bad]))
                assert ix.lower_bound(int(q[-1])) == int(want_rank[-1])
            for lo, hi in ((0, 2**64 - 1), (int(keys[0]), int(keys[-1])), (int(keys[keys.size // 2]), 2**64 - 1),
                           (5, 4)):
                sel = (keys >= lo) & (keys <= hi)
                exp = (int(sel.sum()), int(payloads[sel].sum(dtype=np.uint64)))
                if ix.range(lo, hi) != exp:
                    failures.append("%s range(%d, %d) = %s, expected %s" % (name, lo, hi, ix.range(lo, hi), exp))
    assert not failures, "\n".join(failures)


def test_default_payloads_are_ranks(variants):
    keys = SETS["dups"]
    with omen.build("binsearch", keys) as ix:
        first = np.searchsorted(keys, keys, side="left").astype(np.uint64)
        p, f = ix.get_batch(keys)
        assert f.all() and np.array_equal(p, first)


def test_batched_equals_scalar(variants):
    keys = SETS["lognormal"]
    q = probes(keys)[::7]
    for name in variants:
        with omen.build(name, keys) as ix:
            p, f = ix.get_batch(q)
            scalar = [ix.get(int(k)) for k in q]
            assert [int(x) if y else None for x, y in zip(p, f)] == scalar, name
            try:
                ranks = ix.lower_bound_batch(q)
            except omen.Error as e:
                assert e.code == omen.ENOTSUP
                continue
            assert ranks.tolist() == [ix.lower_bound(int(k)) for k in q], name
