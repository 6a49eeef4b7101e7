"""pytest set-up: the package from this source tree (python/omen) unless
OMEN_TEST_INSTALLED=1 asks for the installed one; the library from OMEN_LIB
(CTest sets it to the freshly built libomen.so)."""
import os
import sys

import numpy as np
import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
if os.environ.get("OMEN_TEST_INSTALLED") != "1":
    sys.path.insert(0, os.path.dirname(HERE))

import omen  # noqa: E402

U64_MAX = np.uint64(2**64 - 1)


def key_sets():
    """Small synthetic sorted arrays: duplicates, 0 and UINT64_MAX, skew."""
    rng = np.random.default_rng(20)
    lognormal = np.sort(rng.lognormal(0, 2, 5000) * 1e9).astype(np.uint64)
    dups = np.repeat(np.arange(1, 400, dtype=np.uint64) * 1000, rng.integers(1, 9, 399))
    edges = np.array([0, 0, 1, 2, 3, 1 << 32, (1 << 63), 2**64 - 2, 2**64 - 1, 2**64 - 1],
                     dtype=np.uint64)
    wide = np.unique(rng.integers(0, 2**64 - 1, 3000, dtype=np.uint64, endpoint=True))
    wide[0], wide[-1] = 0, U64_MAX
    return {"lognormal": lognormal, "dups": dups, "edges": edges, "wide": wide,
            "one": np.array([42], dtype=np.uint64), "all-equal": np.full(100, 7, dtype=np.uint64)}


def probes(keys):
    """Every key, its neighbours and the ends of the key space."""
    k = keys.astype(object)
    extra = [0, 1, 2**64 - 1, 2**64 - 2] + [v + 1 for v in k if v < 2**64 - 1] + \
        [v - 1 for v in k if v > 0]
    return np.unique(np.concatenate([keys, np.array(extra, dtype=np.uint64)]))


@pytest.fixture(scope="session")
def variants():
    return omen.variants()
