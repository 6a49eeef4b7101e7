/* Helpers shared by every index over the dataset's sorted array: given a
 * lower_bound, get() and range() follow the same way for all of them. */
#ifndef OMEN_SORTED_ARRAY_H
#define OMEN_SORTED_ARRAY_H

#include "indexes/index.h"
#include "kernels/kernels.h"

/* Requests every cache line of v[lo, hi) (keys or payloads) when the window
 * is at most `most` entries: the lines then arrive together, one memory
 * latency for the search instead of one per probe; past that the traffic
 * would not pay. With nta they are requested non-temporally (PREFETCHNTA),
 * for lines that one lookup reads and no later one is likely to. */
static inline void omen_sorted_prefetch_window(const uint64_t *v, size_t lo, size_t hi,
                                               size_t most, int nta)
{
    if (hi - lo <= most)
        for (size_t a = lo & ~(size_t)7; a < hi; a += 8) {
            if (nta)
                __builtin_prefetch(v + a, 0, 0);
            else
                __builtin_prefetch(v + a, 0, 3);
        }
}

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

/* The rank after the last entry equal to key (or <= key) in keys[0, n):
 * where an entry that goes after its equal keys is inserted. */
static inline size_t omen_sorted_upper_bound(const uint64_t *keys, size_t n, uint64_t key)
{
    return key == UINT64_MAX ? n : omen_kernels->lower_bound(keys, 0, n, key + 1);
}

/* Proof that r, lower_bound of key over the window [lo, hi), is the global
 * answer: keys[lo - 1] < key and keys[hi] >= key. When the window misses (a
 * model's bound that rounding or a non-monotone root broke), gallop
 * outwards from the side that failed, so the answer is exact whatever the
 * window. Batched lookups, which search their windows themselves, call this
 * with their answer. */
static inline size_t omen_sorted_confirm(const uint64_t *keys, size_t n, size_t lo, size_t hi,
                                         uint64_t key, size_t r)
{
    if (r == lo && lo > 0 && keys[lo - 1] >= key) {
        size_t top = lo - 1, step = 1; /* keys[top] >= key */
        while (top >= step && keys[top - step] >= key) {
            top -= step;
            step *= 2;
        }
        return omen_kernels->lower_bound(keys, top >= step ? top - step : 0, top, key);
    }
    if (r == hi && hi < n && keys[hi] < key) {
        size_t bot = hi, step = 1; /* keys[bot] < key */
        while (bot + step < n && keys[bot + step] < key) {
            bot += step;
            step *= 2;
        }
        return omen_kernels->lower_bound(keys, bot + 1, bot + step < n ? bot + step : n, key);
    }
    return r;
}

/* lower_bound over [lo, hi), confirmed global by omen_sorted_confirm. */
static inline size_t omen_sorted_search_checked(const uint64_t *keys, size_t n, size_t lo,
                                                size_t hi, uint64_t key)
{
    return omen_sorted_confirm(keys, n, lo, hi, key,
                               omen_kernels->lower_bound(keys, lo, hi, key));
}

/* The model domain [lo_rank, hi_rank) of a key set, used by rmi and
 * radixspline so a few keys near UINT64_MAX (the `outliers` shape) do not
 * stretch a root or radix table over an empty range. It leaves out keys at
 * an end when leaving out `cut` of them would at least halve the span
 * (judged against the other end as already trimmed), and then only the keys
 * beyond twice the remaining span. A run of equal keys is never split. */
static inline void omen_sorted_trim_outliers(const uint64_t *keys, size_t n, size_t cut,
                                             size_t *lo_rank, size_t *hi_rank)
{
    size_t lo = 0, hi = n;
    if (cut > 0 && n > 4 * cut) {
        for (int round = 0; round < 2; round++) {
            /* Leaving out `cut` keys at the top would more than halve the
             * span: leave out only those beyond twice the span that remains,
             * the few far-away keys rather than a fixed count. */
            uint64_t base = keys[lo], top = keys[n - 1 - cut];
            if (hi == n && keys[n - 1] - top > top - base) {
                uint64_t limit = base + 2 * (top - base); /* < keys[n - 1] */
                hi = omen_kernels->lower_bound(keys, n - 1 - cut, n, limit + 1);
            }
            base = keys[hi - 1];
            uint64_t bot = keys[cut];
            if (lo == 0 && bot - keys[0] > base - bot) {
                uint64_t limit = base - 2 * (base - bot); /* > keys[0] */
                lo = omen_kernels->lower_bound(keys, 0, cut, limit);
            }
        }
    }
    *lo_rank = lo;
    *hi_rank = hi;
}

#endif
