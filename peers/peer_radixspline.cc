// peer_radixspline: RadixSpline (Kipf et al., aiDM 2020) through omen's
// vtable, for side-by-side runs with omen's own indexes on the same data and
// streams. A plugin (include/omen_plugin.h): CMake given
// -DOMEN_RADIXSPLINE_DIR=/path/to/RadixSpline (a checkout of the header-only
// library) builds peer_radixspline.so, which omen-bench loads with --plugin
// or OMEN_PLUGINS. This file is ours and calls only its public API: rs::Builder (AddKey, Finalize) and
// RadixSpline::GetSearchBound, whose [begin, end) is searched with
// std::lower_bound.
#include <algorithm>
#include <new>

#include "rs/builder.h"
#include "rs/radix_spline.h"

#include "omen_plugin.h"

static const omen_plugin_routines *omen; // the host's routines

struct omen_index {
    const uint64_t *keys;
    const uint64_t *payloads;
    size_t n;
    rs::RadixSpline<uint64_t> *spline; // NULL for an empty key set
};
OMEN_SORTED_VIEW_FIRST(struct omen_index);

static omen_param int_param(const char *name, const char *what, double max, long long dflt)
{
    omen_param p = {};
    p.name = name;
    p.kind = OMEN_PARAM_INT;
    p.min = 1;
    p.max = max;
    p.what = what;
    p.i = dflt;
    return p;
}

// The table --list prints (defaults: the library's); build parses a copy.
static const omen_param rs_params[2] = {
    int_param("radix_bits", "bits of the radix table over the spline points", 28, 18),
    int_param("max_error", "the spline's error bound in positions", 1 << 20, 32),
};

static int peer_radixspline_build(const uint64_t *keys, const uint64_t *payloads, size_t n,
                     const char *params, omen_index **out, omen_error *err)
{
    omen_param spec[2] = {rs_params[0], rs_params[1]};
    int rc = omen->params_parse("peer_radixspline", params, spec, 2, err);
    if (rc)
        return rc;
    omen_index *ix = new (std::nothrow) omen_index();
    if (!ix)
        return omen->errorf(err, OMEN_ENOMEM, "peer_radixspline: out of memory");
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
            delete ix;
            return omen->errorf(err, OMEN_ENOMEM, "peer_radixspline: out of memory");
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
    delete ix;
}

static const char *const peer_radixspline_test_params[] = {"radix_bits=4,max_error=4", nullptr};

static omen_index_vtable rs_vtable()
{
    omen_index_vtable vt = {}; // C++17: no designated initializers
    vt.version = OMEN_INDEX_VERSION;
    vt.name = "peer_radixspline";
    vt.description =
        "peer: RadixSpline (learnedsystems/RadixSpline, user's checkout) through an adapter";
    vt.build = peer_radixspline_build;
    vt.lower_bound = peer_radixspline_lower_bound; // get, range: omen's defaults from it
    vt.size_bytes = peer_radixspline_size_bytes;
    vt.free = peer_radixspline_free;
    vt.test_params = peer_radixspline_test_params;
    vt.tune_grid = "max_error=8|16|32|64,radix_bits=16|18|20|22";
    vt.params = rs_params;
    vt.nparams = 2;
    return vt;
}

static const omen_index_vtable peer_radixspline = rs_vtable();

OMEN_PLUGIN_EXPORT int omen_plugin_init(int api_version, const omen_plugin_routines *routines,
                                        omen_error *err)
{
    OMEN_PLUGIN_REQUIRE_API(api_version, routines, err);
    omen = routines;
    return routines->register_index(&peer_radixspline, err);
}
