/* omen_index_vtable: the one interface every index implements.
 *
 * Modelled on sqlite3_module: one struct of function pointers per variant,
 * a version field, optional entries that may be NULL, errors returned as a
 * code plus a message. To add a variant, copy indexes/linear.c, give it a
 * new name, and add one line to indexes/registry.c.
 *
 * Lookup semantics (design reference):
 *   get(key)           found? + payload of the first entry equal to key
 *   lower_bound(key)   rank of the first key >= key, in [0, n]
 *   range(lo, hi)      count and payload sum of keys in [lo, hi] (0 if lo > hi)
 * Read operations on a built index must be safe from many threads at once. */
#ifndef OMEN_INDEX_H
#define OMEN_INDEX_H

#include <stddef.h>
#include <stdint.h>

#include "common/error.h"

#define OMEN_INDEX_VERSION 1

/* Capability flags. */
enum {
    /* lower_bound answers ranks into the dataset's sorted array. */
    OMEN_CAP_LOWER_BOUND = 1u << 0,
    /* insert() is implemented (updatable index). */
    OMEN_CAP_INSERT = 1u << 1,
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

typedef struct omen_index_vtable {
    int version;              /* OMEN_INDEX_VERSION */
    const char *name;         /* registry name, e.g. "linear" */
    const char *description;  /* one line */
    const char *params_help;  /* e.g. "segments=K (1..2^24, default 256)" */
    unsigned caps;            /* OMEN_CAP_* */

    /* Build over n sorted keys (duplicates allowed) with their payloads.
     * Indexes over the sorted array borrow keys/payloads: they stay valid
     * until free(). params is "" or "k=v,k=v". Returns OMEN_OK and sets
     * *out, or returns a code with a message in err and sets nothing. */
    int (*build)(const uint64_t *keys, const uint64_t *payloads, size_t n,
                 const char *params, omen_index **out, omen_error *err);
    /* Returns 1 and sets *payload if key is present, else returns 0. */
    int (*get)(const omen_index *ix, uint64_t key, uint64_t *payload);
    /* NULL when the variant lacks OMEN_CAP_LOWER_BOUND. */
    size_t (*lower_bound)(const omen_index *ix, uint64_t key);
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
} omen_index_vtable;

/* The registry (indexes/registry.c). */
const omen_index_vtable *const *omen_registry(size_t *count);
const omen_index_vtable *omen_registry_find(const char *name);

#endif
