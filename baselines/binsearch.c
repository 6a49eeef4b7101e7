/* binsearch: plain binary search over the sorted array. It is the baseline
 * every index is judged against and the oracle the harness validates all
 * answers with, so it stays textbook code independent of the kernels. */
#include "common/alloc.h"
#include "indexes/params.h"
#include "indexes/sorted_array.h"

struct omen_index {
    const uint64_t *keys;
    const uint64_t *payloads;
    size_t n;
};

static int bs_build(const uint64_t *keys, const uint64_t *payloads, size_t n,
                    const char *params, omen_index **out, omen_error *err)
{
    int rc = omen_params_parse("binsearch", params, NULL, 0, err);
    if (rc)
        return rc;
    omen_index *ix = omen_alloc(sizeof *ix);
    if (!ix)
        return omen_errorf(err, OMEN_ENOMEM, "binsearch: out of memory");
    ix->keys = keys;
    ix->payloads = payloads;
    ix->n = n;
    *out = ix;
    return OMEN_OK;
}

static size_t bs_lower_bound(const omen_index *ix, uint64_t key)
{
    size_t lo = 0, hi = ix->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (ix->keys[mid] < key)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static int bs_get(const omen_index *ix, uint64_t key, uint64_t *payload)
{
    return omen_sorted_get_at(ix->keys, ix->payloads, ix->n, bs_lower_bound(ix, key),
                              key, payload);
}

static omen_range_result bs_range(const omen_index *ix, uint64_t lo, uint64_t hi)
{
    omen_range_result r = {0, 0};
    if (lo > hi)
        return r;
    size_t from = bs_lower_bound(ix, lo);
    size_t to = hi == UINT64_MAX ? ix->n : bs_lower_bound(ix, hi + 1);
    r.count = to - from;
    for (size_t i = from; i < to; i++)
        r.sum += ix->payloads[i];
    return r;
}

static size_t bs_size_bytes(const omen_index *ix)
{
    (void)ix;
    return 0;
}

static void bs_free(omen_index *ix)
{
    omen_free(ix);
}

const omen_index_vtable omen_binsearch_vtable = {
    .version = OMEN_INDEX_VERSION,
    .name = "binsearch",
    .description = "binary search over the sorted array (baseline and oracle)",
    .params_help = "(none)",
    .caps = OMEN_CAP_LOWER_BOUND,
    .build = bs_build,
    .get = bs_get,
    .lower_bound = bs_lower_bound,
    .range = bs_range,
    .size_bytes = bs_size_bytes,
    .free = bs_free,
};
