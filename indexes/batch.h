/* Helpers for the batched lookups (get_batch, lower_bound_batch) of the
 * indexes over the sorted array.
 *
 * A lookup is a short chain of dependent cache misses (model, then the key
 * window, then the payload). One lookup at a time pays each miss's latency
 * in turn; a batch takes a group of G keys through every stage together,
 * prefetching what each key needs next before reading what any key needs
 * now, so the G misses of a stage are in flight at once. The last mile is
 * done the same way: a window is read only after its lines were requested,
 * and a window too wide to request whole is narrowed by binary steps taken
 * in rounds over the group (one step per key per round, its probe requested
 * a round earlier), never by a serial walk of dependent misses. */
#ifndef OMEN_BATCH_H
#define OMEN_BATCH_H

#include "indexes/sorted_array.h"

/* Largest group an index accepts (group=G); stack arrays are this long. */
enum { OMEN_BATCH_GROUP_MAX = 256 };

/* The probe of a window [lo, hi), hi > lo: its middle. */
static inline size_t omen_batch_mid(size_t lo, size_t hi)
{
    return lo + (hi - lo) / 2;
}

/* The first stage of the last mile for one key of a group: requests the
 * cache line of the window's first probe (see omen_batch_search). */
static inline void omen_batch_window_start(const uint64_t *keys, size_t lo, size_t hi)
{
    if (hi > lo)
        __builtin_prefetch(keys + omen_batch_mid(lo, hi));
}

/* out[i] = the first r in [lo[i], hi[i]) with keys[r] >= q[i], or hi[i]
 * (omen_kernels->lower_bound's answer) for each of the m <= GROUP_MAX
 * windows, whose first probe omen_batch_window_start has requested. lo[]
 * and hi[] are overwritten.
 *
 * A binary search over cache lines, in rounds: each round, every unfinished
 * window reads the one line that holds its middle key (requested a round
 * earlier), compares the probe with the part of that line inside the window
 * and either finds the answer there or keeps the half beyond the line, whose
 * middle line it requests for the next round. So a window costs one line per
 * round and about log2(its lines) + 1 lines in all, each round's misses for
 * the whole group in flight together; fewer lines than requesting the whole
 * window, which is what bounds a batch once the latencies overlap. */
static inline void omen_batch_search(const uint64_t *keys, const uint64_t *q, size_t m,
                                     size_t *lo, size_t *hi, size_t *out)
{
    /* The unfinished windows, compacted every round so that the loop runs
     * without a branch per window; the count below is branch-free too. */
    uint16_t act[OMEN_BATCH_GROUP_MAX];
    size_t na = 0;
    for (size_t i = 0; i < m; i++) {
        out[i] = lo[i];
        act[na] = (uint16_t)i;
        na += lo[i] < hi[i];
    }
    /* Invariant: the answer is in [lo[i], hi[i]]. */
    while (na) {
        size_t nk = 0;
        for (size_t t = 0; t < na; t++) {
            size_t i = act[t], l = lo[i], h = hi[i];
            uint64_t key = q[i];
            size_t mid = omen_batch_mid(l, h);
            /* The line of keys[mid] is keys[ls, ls + 8), ls = mid - off (which
             * may lie before keys[0] when the array is not line-aligned);
             * its part inside the window is [a, b), holding mid. */
            size_t off = ((uintptr_t)(keys + mid) & 63) / sizeof *keys;
            size_t a = mid - l > off ? mid - off : l;
            size_t b = mid + 8 - off < h ? mid + 8 - off : h;
            size_t c = 0;
            for (size_t j = 0; j < 8; j++) {
                size_t at = a + j < b ? a + j : b - 1;
                c += (a + j < b) & (keys[at] < key);
            }
            /* c keys of [a, b) are below the probe: the answer is a + c if
             * that is inside the line's part, else at or before a (c = 0), or
             * at or after b (c = b - a). */
            l = c > 0 ? a + c : l;
            h = c < b - a ? a + c : h;
            lo[i] = l;
            hi[i] = h;
            out[i] = l;
            __builtin_prefetch(keys + omen_batch_mid(l, h));
            act[nk] = (uint16_t)i;
            nk += l < h;
        }
        na = nk;
    }
}

/* get() for a group from its lower_bound ranks: the payloads' lines are all
 * requested before the first is read. */
static inline void omen_batch_get_at(const uint64_t *keys, const uint64_t *payloads, size_t n,
                                     const uint64_t *q, const size_t *ranks, size_t m,
                                     uint64_t *pay, uint8_t *found)
{
    for (size_t i = 0; i < m; i++)
        if (ranks[i] < n)
            __builtin_prefetch(payloads + ranks[i]);
    for (size_t i = 0; i < m; i++)
        found[i] = (uint8_t)omen_sorted_get_at(keys, payloads, n, ranks[i], q[i], &pay[i]);
}

/* get_batch from an index's lower_bound_batch: the ranks of a group of up to
 * `group` keys (at most OMEN_BATCH_GROUP_MAX), then their payloads. */
typedef void (*omen_batch_ranks_fn)(const omen_index *ix, const uint64_t *keys, size_t count,
                                    size_t *ranks);

static inline void omen_batch_get(const omen_index *ix, omen_batch_ranks_fn ranks_of,
                                  size_t group, const uint64_t *keys, const uint64_t *payloads,
                                  size_t n, const uint64_t *q, size_t count, uint64_t *pay,
                                  uint8_t *found)
{
    size_t ranks[OMEN_BATCH_GROUP_MAX];
    for (size_t at = 0; at < count; at += group) {
        size_t m = count - at < group ? count - at : group;
        ranks_of(ix, q + at, m, ranks);
        omen_batch_get_at(keys, payloads, n, q + at, ranks, m, pay + at, found + at);
    }
}

#endif
