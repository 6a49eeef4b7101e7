/* omen_index_vtable: the one interface every index implements.
 *
 * Modelled on sqlite3_module: one struct of function pointers per variant,
 * a version field, optional entries that may be NULL (NULL means absent,
 * with no second flag to keep in sync), errors returned as a code plus a
 * message. To add a variant, see "Adding an index variant" in README.md.
 *
 * Lookup semantics (design reference):
 *   get(key)           found? + payload of the first entry equal to key
 *   lower_bound(key)   rank of the first key >= key, in [0, n]
 *   range(lo, hi)      count and payload sum of keys in [lo, hi] (0 if lo > hi)
 * Read operations on a built index must be safe from many threads at once.
 * Callers go through omen_index_get/omen_index_range (below), which supply
 * the defaults built from lower_bound when a variant leaves get/range NULL. */
#ifndef OMEN_INDEX_H
#define OMEN_INDEX_H

#include <stddef.h>
#include <stdint.h>

#include "common/error.h"
#include "indexes/params.h"

/* Version 2 (issue 18): caps keep only what NULL-ness cannot say
 * (lower_bound and insert are present iff non-NULL); get and range may be
 * NULL over the sorted array; read_error reports failed storage reads.
 * The registry rejects a vtable whose version it does not know. */
#define OMEN_INDEX_VERSION 2

/* Capability flags: only what the entries' NULL-ness cannot tell. */
enum {
    /* The index stores the data itself (size_bytes counts all of it). */
    OMEN_CAP_OWNS_DATA = 1u << 2,
    /* Not for sweeps: a variant kept for tests only. */
    OMEN_CAP_TEST_ONLY = 1u << 3,
};

typedef struct omen_range_result {
    uint64_t count;
    uint64_t sum; /* payload sum, wrapping modulo 2^64 */
} omen_range_result;

/* Model statistics for --stats; learned variants fill what applies. */
typedef struct omen_index_stats {
    double mean_abs_error; /* mean |predicted - true| position over the keys */
    uint64_t max_abs_error;
    uint64_t models;       /* models, segments or nodes */
    uint64_t size_bytes;
    /* What the build chose from the data and why, in a few words ("" if
     * nothing was chosen), e.g. "eps=64 chosen: eps=16 is 3.7% of the keys". */
    char note[160];
} omen_index_stats;

/* Opaque per-variant state. */
typedef struct omen_index omen_index;

/* The borrowed arrays of an index over the dataset's sorted array. A
 * variant that leaves get or range NULL begins its struct omen_index with
 * these three members, in this order, so the defaults can find them; it
 * states so with OMEN_SORTED_VIEW_FIRST(struct omen_index) after the
 * definition, which the compiler checks. */
typedef struct omen_sorted_view {
    const uint64_t *keys;
    const uint64_t *payloads;
    size_t n;
} omen_sorted_view;

#ifdef __cplusplus
#define OMEN_STATIC_ASSERT static_assert
#else
#define OMEN_STATIC_ASSERT _Static_assert
#endif
#define OMEN_SORTED_VIEW_FIRST(type)                                                  \
    OMEN_STATIC_ASSERT(offsetof(type, keys) == offsetof(omen_sorted_view, keys) &&        \
                       offsetof(type, payloads) == offsetof(omen_sorted_view, payloads) && \
                       offsetof(type, n) == offsetof(omen_sorted_view, n),            \
                   "omen_sorted_view must be the first members")

typedef struct omen_index_vtable {
    int version;              /* OMEN_INDEX_VERSION */
    const char *name;         /* registry name, e.g. "linear" */
    const char *description;  /* one line */
    /* Prose help for the parameters; NULL when `params` (below) is given,
     * from which --list generates it. */
    const char *params_help;
    unsigned caps;            /* OMEN_CAP_* */

    /* Build over n sorted keys (duplicates allowed) with their payloads.
     * Indexes over the sorted array borrow keys/payloads: they stay valid
     * until free(). params is "" or "k=v,k=v". Returns OMEN_OK and sets
     * *out, or returns a code with a message in err and sets nothing. */
    int (*build)(const uint64_t *keys, const uint64_t *payloads, size_t n,
                 const char *params, omen_index **out, omen_error *err);
    /* Returns 1 and sets *payload if key is present, else returns 0.
     * NULL: the default from lower_bound over the omen_sorted_view. */
    int (*get)(const omen_index *ix, uint64_t key, uint64_t *payload);
    /* Ranks into the dataset's sorted array; NULL when the index has none
     * (it owns its data). */
    size_t (*lower_bound)(const omen_index *ix, uint64_t key);
    /* NULL: the default from two lower_bounds over the omen_sorted_view. */
    omen_range_result (*range)(const omen_index *ix, uint64_t lo, uint64_t hi);
    /* Bytes the index adds on top of the borrowed arrays (or all it holds,
     * with OMEN_CAP_OWNS_DATA). */
    size_t (*size_bytes)(const omen_index *ix);
    void (*free)(omen_index *ix);

    /* Optional entries: NULL when absent. */
    /* Adds an entry; an entry whose key is already present goes after the
     * equal ones, so get() keeps answering the first (the oldest). */
    int (*insert)(omen_index *ix, uint64_t key, uint64_t payload, omen_error *err);
    /* Removes the first entry equal to key (the one get() answers). Returns
     * 1 if one was removed, 0 if key is absent, or -1 with a message in err
     * (the index is then unchanged). NULL: the variant cannot erase.
     * Writes: rocksdb and hotcold take insert/erase beside reads from other
     * threads; btree_dyn, dpgm and gapped need them serialised against
     * every other call on the index (one writer, no reads meanwhile). */
    int (*erase)(omen_index *ix, uint64_t key, omen_error *err);
    /* found[i] = get(keys[i], &payloads[i]) for i < count. */
    void (*get_batch)(const omen_index *ix, const uint64_t *keys, size_t count,
                      uint64_t *payloads, uint8_t *found);
    void (*lower_bound_batch)(const omen_index *ix, const uint64_t *keys,
                              size_t count, size_t *ranks);
    int (*stats)(const omen_index *ix, omen_index_stats *out);
    /* Extra parameter strings the conformance suite builds with besides the
     * defaults, to reach corners (tiny models, extreme settings); NULL-terminated. */
    const char *const *test_params;
    /* The parameter grid omen-bench --tune sweeps, in --index syntax
     * ("eps=8|16|32", "a=1|2,b=3|4"); NULL: none. */
    const char *tune_grid;
    /* Storage-backed variants: OMEN_OK if every read since build succeeded,
     * else the first failure's code and message (get/range answered "not
     * found" or a partial sum for it). NULL: reads cannot fail. (v2) */
    int (*read_error)(const omen_index *ix, omen_error *err);
    /* The parameters build accepts, with their ranges and defaults: the
     * help --list prints is generated from it (omen_params_help). NULL:
     * params_help says it in prose. Set both with OMEN_VTABLE_PARAMS. (v2) */
    const omen_param *params;
    size_t nparams;
} omen_index_vtable;

#define OMEN_VTABLE_PARAMS(table) .params = (table), .nparams = sizeof(table) / sizeof((table)[0])

/* get, with the default when the variant leaves it NULL. */
int omen_index_default_get(const omen_index_vtable *vt, const omen_index *ix, uint64_t key,
                           uint64_t *payload);
omen_range_result omen_index_default_range(const omen_index_vtable *vt, const omen_index *ix,
                                           uint64_t lo, uint64_t hi);

static inline int omen_index_get(const omen_index_vtable *vt, const omen_index *ix,
                                 uint64_t key, uint64_t *payload)
{
    return vt->get ? vt->get(ix, key, payload) : omen_index_default_get(vt, ix, key, payload);
}

static inline omen_range_result omen_index_range(const omen_index_vtable *vt,
                                                 const omen_index *ix, uint64_t lo, uint64_t hi)
{
    return vt->range ? vt->range(ix, lo, hi) : omen_index_default_range(vt, ix, lo, hi);
}

/* OMEN_OK when vt is complete for this build (known version, the required
 * entries, a default-able get/range); else a message naming the gap. */
int omen_index_check(const omen_index_vtable *vt, omen_error *err);

/* The registry lives in registry/registry.h, above the folders it lists. */

/* Variants by name, for a variant whose parameters name others (hotcold's
 * tiers). indexes/ sits below the registry and must not call up into it, so
 * the registry hands its lookup down with omen_index_set_finder once its
 * vtables are checked; until then omen_index_find answers NULL. */
typedef const omen_index_vtable *(*omen_index_finder)(const char *name);
void omen_index_set_finder(omen_index_finder find);
const omen_index_vtable *omen_index_find(const char *name);

#endif
