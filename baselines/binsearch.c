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
OMEN_SORTED_VIEW_FIRST(struct omen_index);

static int binsearch_build(const uint64_t *keys, const uint64_t *payloads, size_t n,
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

static size_t binsearch_lower_bound(const omen_index *ix, uint64_t key)
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

/* Not the default range: its sum is a plain loop, so the oracle does not
 * depend on the kernels it checks. */
static omen_range_result binsearch_range(const omen_index *ix, uint64_t lo, uint64_t hi)
{
    omen_range_result r = {0, 0};
    if (lo > hi)
        return r;
    size_t from = binsearch_lower_bound(ix, lo);
    size_t to = hi == UINT64_MAX ? ix->n : binsearch_lower_bound(ix, hi + 1);
    r.count = to - from;
    for (size_t i = from; i < to; i++)
        r.sum += ix->payloads[i];
    return r;
}

static size_t binsearch_size_bytes(const omen_index *ix)
{
    (void)ix;
    return 0;
}

static void binsearch_free(omen_index *ix)
{
    omen_free(ix);
}

const omen_index_vtable omen_binsearch_vtable = {
    .version = OMEN_INDEX_VERSION,
    .name = "binsearch",
    .description = "binary search over the sorted array (baseline and oracle)",
    .params_help = "(none)",
    .caps = 0,
    .build = binsearch_build,
    .get = NULL, /* v2: the default from lower_bound */
    .lower_bound = binsearch_lower_bound,
    .range = binsearch_range,
    .size_bytes = binsearch_size_bytes,
    .free = binsearch_free,
};
