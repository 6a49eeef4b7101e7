// peer_radixspline: RadixSpline (Kipf et al., aiDM 2020) through omen's
// vtable, for side-by-side runs with omen's own indexes on the same data and
// streams. Built only when CMake is given -DOMEN_RADIXSPLINE_DIR=/path/to/
// RadixSpline (a checkout of the header-only library); this file is ours and
// calls only its public API: rs::Builder (AddKey, Finalize) and
// RadixSpline::GetSearchBound, whose [begin, end) is searched with
// std::lower_bound.
#include <algorithm>
#include <new>

#include "rs/builder.h"
#include "rs/radix_spline.h"

extern "C" {
#include "common/alloc.h"
#include "indexes/index.h"
#include "indexes/params.h"
#include "indexes/sorted_array.h"
}

struct omen_index {
    const uint64_t *keys;
    const uint64_t *payloads;
    size_t n;
    rs::RadixSpline<uint64_t> *spline; // NULL for an empty key set
};
OMEN_SORTED_VIEW_FIRST(struct omen_index);

static int peer_radixspline_build(const uint64_t *keys, const uint64_t *payloads, size_t n,
                     const char *params, omen_index **out, omen_error *err)
{
    omen_param spec[2] = {};
    spec[0].name = "radix_bits";
    spec[0].kind = OMEN_PARAM_INT;
    spec[0].min = 1;
    spec[0].max = 28;
    spec[0].i = 18; // the library's default
    spec[1].name = "max_error";
    spec[1].kind = OMEN_PARAM_INT;
    spec[1].min = 1;
    spec[1].max = 1 << 20;
    spec[1].i = 32; // the library's default
    int rc = OMEN_PARAMS_PARSE("peer_radixspline", params, spec, err);
    if (rc)
        return rc;
    omen_index *ix = static_cast<omen_index *>(omen_calloc(1, sizeof *ix));
    if (!ix)
        return omen_errorf(err, OMEN_ENOMEM, "peer_radixspline: out of memory");
    ix->keys = keys;
    ix->payloads = payloads;
    ix->n = n;
    if (n) {
        try {
            rs::Builder<uint64_t> b(keys[0], keys[n - 1], size_t(spec[0].i), size_t(spec[1].i));
            for (size_t i = 0; i < n; i++)
                b.AddKey(keys[i]);
            ix->spline = new rs::RadixSpline<uint64_t>(b.Finalize());
        } catch (const std::bad_alloc &) {
            omen_free(ix);
            return omen_errorf(err, OMEN_ENOMEM, "peer_radixspline: out of memory");
        }
    }
    *out = ix;
    return OMEN_OK;
}

static size_t peer_radixspline_lower_bound(const omen_index *ix, uint64_t key)
{
    // The spline covers [first key, last key]; outside it the answer is known.
    if (ix->n == 0 || key <= ix->keys[0])
        return 0;
    if (key > ix->keys[ix->n - 1])
        return ix->n;
    rs::SearchBound b = ix->spline->GetSearchBound(key);
    const uint64_t *k = ix->keys;
    size_t r = size_t(std::lower_bound(k + b.begin, k + b.end, key) - k);
    // The library's bound does not hold inside runs of equal keys longer than
    // max_error (omen's conformance suite finds such answers): when the
    // answer sits on an edge of the window, check past the edge and widen.
    if (r == b.begin && r > 0 && k[r - 1] >= key)
        r = size_t(std::lower_bound(k, k + r, key) - k);
    else if (r == b.end && r < ix->n && k[r] < key)
        r = size_t(std::lower_bound(k + r, k + ix->n, key) - k);
    return r;
}

static size_t peer_radixspline_size_bytes(const omen_index *ix)
{
    return sizeof *ix + (ix->spline ? ix->spline->GetSize() : 0);
}

static void peer_radixspline_free(omen_index *ix)
{
    delete ix->spline;
    omen_free(ix);
}

static const char *const peer_radixspline_test_params[] = {"radix_bits=4,max_error=4", NULL};

extern "C" const omen_index_vtable omen_peer_radixspline_vtable = {
    OMEN_INDEX_VERSION,
    "peer_radixspline",
    "peer: RadixSpline (learnedsystems/RadixSpline, user's checkout) through an adapter",
    "radix_bits=1..28 (default 18), max_error=1..1048576 (default 32)",
    0, // caps: lower_bound present (v2: derived from the entry)
    peer_radixspline_build,
    nullptr, // v2: the default from lower_bound
    peer_radixspline_lower_bound,
    nullptr, // v2: the default from lower_bound
    peer_radixspline_size_bytes,
    peer_radixspline_free,
    nullptr, // insert
    nullptr, // erase
    nullptr, // get_batch
    nullptr, // lower_bound_batch
    nullptr, // stats
    peer_radixspline_test_params,
    "max_error=8|16|32|64,radix_bits=16|18|20|22", // tune_grid
    nullptr, // read_error
    nullptr, // params
    0,       // nparams
};
