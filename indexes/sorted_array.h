/* Helpers shared by every index over the dataset's sorted array: given a
 * lower_bound, get() and range() follow the same way for all of them. */
#ifndef OMEN_SORTED_ARRAY_H
#define OMEN_SORTED_ARRAY_H

#include "indexes/index.h"
#include "kernels/kernels.h"

/* get() from a lower_bound rank: the first entry equal to key, if any. */
static inline int omen_sorted_get_at(const uint64_t *keys, const uint64_t *payloads,
                                     size_t n, size_t rank, uint64_t key,
                                     uint64_t *payload)
{
    if (rank < n && keys[rank] == key) {
        *payload = payloads[rank];
        return 1;
    }
    return 0;
}

/* range(lo, hi) from two lower_bounds: keys in [lo, hi] are the ranks
 * [lower_bound(lo), lower_bound(hi + 1)), with hi = UINT64_MAX meaning n. */
static inline omen_range_result
omen_sorted_range(const omen_index *ix, size_t (*lower_bound)(const omen_index *, uint64_t),
                  const uint64_t *payloads, size_t n, uint64_t lo, uint64_t hi)
{
    omen_range_result r = {0, 0};
    if (lo > hi)
        return r;
    size_t from = lower_bound(ix, lo);
    size_t to = hi == UINT64_MAX ? n : lower_bound(ix, hi + 1);
    r.count = to - from;
    r.sum = omen_kernels->sum(payloads, from, to);
    return r;
}

#endif
