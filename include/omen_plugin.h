/* omen_plugin.h: the plugin ABI (issue 20). The one header a plugin author
 * includes; it needs nothing else from omen, and a plugin links to nothing
 * of omen's (the host hands in the routines it may call).
 *
 * The model is SQLite's loadable extensions: a plugin is a shared object
 * exporting one entry point, omen_plugin_init, which the host calls with
 * the API version it speaks and a table of routines; the plugin registers
 * one or more index vtables through routines->register_index. Loaded by
 * `omen-bench --plugin ./x.so`, `omen-check --plugin ./x.so`, the
 * OMEN_PLUGINS variable (colon-separated paths) and libomen's
 * omen_plugin_load. See examples/ for complete plugins in C and C++.
 *
 * Versions, checked both ways:
 *   OMEN_PLUGIN_API_VERSION  this header's routines struct and entry point;
 *                            the plugin refuses a host older than the one
 *                            it was built for (OMEN_PLUGIN_REQUIRE_API).
 *   OMEN_INDEX_VERSION       the vtable layout; the host refuses a vtable
 *                            whose version it does not know.
 *
 * Lookup semantics every vtable must honour (omen-check verifies them):
 *   get(key)           found? + payload of the first entry equal to key
 *   lower_bound(key)   rank of the first key >= key, in [0, n]
 *   range(lo, hi)      count and payload sum of keys in [lo, hi] (0 if lo > hi)
 * Read operations on a built index must be safe from many threads at once. */
#ifndef OMEN_PLUGIN_H
#define OMEN_PLUGIN_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The routines struct and entry point below; bumped on an incompatible
 * change, additions at the end of the routines struct keep it. */
#define OMEN_PLUGIN_API_VERSION 1

/* Version 2 (issue 18): caps keep only what NULL-ness cannot say
 * (lower_bound and insert are present iff non-NULL); get and range may be
 * NULL over the sorted array; read_error reports failed storage reads. */
#define OMEN_INDEX_VERSION 2

/* The library's codes; every header that defines them guards them with
 * OMEN_CODES_DEFINED, so omen.h, omen_plugin.h and common/error.h mix. */
#ifndef OMEN_CODES_DEFINED
#define OMEN_CODES_DEFINED
enum omen_code {
    OMEN_OK = 0,
    OMEN_EINVAL = 1,   /* bad argument, parameter or input data */
    OMEN_ENOMEM = 2,   /* an allocation failed */
    OMEN_EIO = 3,      /* a file could not be read, written or opened */
    OMEN_ENOTSUP = 4,  /* the index lacks this capability */
    OMEN_EINTERNAL = 5 /* a bug, or an answer that failed validation */
};
#endif

/* Errors: a code plus a message, the way sqlite3 reports them. */
typedef struct omen_error {
    int code;
    char msg[512];
} omen_error;

/* Capability flags: only what the entries' NULL-ness cannot tell. */
enum {
    /* The index stores the data itself (size_bytes counts all of it). */
    OMEN_CAP_OWNS_DATA = 1u << 2,
    /* Not for sweeps: a variant kept for tests only. */
    OMEN_CAP_TEST_ONLY = 1u << 3
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

/* Opaque per-variant state: each variant defines struct omen_index. */
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
#define OMEN_SORTED_VIEW_FIRST(type)                                                      \
    OMEN_STATIC_ASSERT(offsetof(type, keys) == offsetof(omen_sorted_view, keys) &&        \
                           offsetof(type, payloads) == offsetof(omen_sorted_view, payloads) && \
                           offsetof(type, n) == offsetof(omen_sorted_view, n),            \
                       "omen_sorted_view must be the first members")

/* A parameter a variant's build accepts: the table drives parsing
 * (routines->params_parse) and the help --list prints. */
typedef enum omen_param_kind {
    OMEN_PARAM_INT,    /* integer in [min, max]; K/M/G suffixes accepted */
    OMEN_PARAM_POW2,   /* power of two in [min, max] */
    OMEN_PARAM_REAL,   /* real number in [min, max] */
    OMEN_PARAM_CHOICE, /* one of choices[]; i = its position */
    OMEN_PARAM_TEXT    /* any text without ',' (a path, a variant name) */
} omen_param_kind;

typedef struct omen_param {
    const char *name;
    omen_param_kind kind;
    double min, max;
    const char *const *choices; /* NULL-terminated, for OMEN_PARAM_CHOICE */
    const char *what; /* what it sets, for the help (NULL: the name says it) */
    /* The default in words when the build chooses it from the data (i or r
     * is then a placeholder); NULL: the default is i, r or choices[i]. */
    const char *dflt;
    /* Defaults in, parsed values out. */
    long long i;
    double r;
    char text[1024];
    int given; /* set to 1 when the string named this parameter */
} omen_param;

/* The one interface every index implements, modelled on sqlite3_module:
 * one struct of function pointers per variant, a version field, optional
 * entries that may be NULL (NULL means absent). */
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
     * help --list prints is generated from it. NULL: params_help says it in
     * prose. Set both with OMEN_VTABLE_PARAMS. (v2) */
    const omen_param *params;
    size_t nparams;
} omen_index_vtable;

#define OMEN_VTABLE_PARAMS(table) .params = (table), .nparams = sizeof(table) / sizeof((table)[0])

/* What the host hands a plugin: the only omen code a plugin calls. The
 * struct only grows at its end; `size` says how much of it this host has. */
typedef struct omen_plugin_routines {
    int api_version; /* OMEN_PLUGIN_API_VERSION of the host */
    size_t size;     /* sizeof(omen_plugin_routines) in the host */
    /* Registers vt (which must outlive the process: a static const). Fails
     * with a message for a vtable the host does not accept or a name already
     * taken; the plugin returns that code from omen_plugin_init. */
    int (*register_index)(const omen_index_vtable *vt, omen_error *err);
    /* Sets err (when not NULL) and returns code, printf-style. */
    int (*errorf)(omen_error *err, int code, const char *fmt, ...)
#if defined(__GNUC__)
        __attribute__((format(printf, 3, 4)))
#endif
        ;
    /* Parses "k=v,k=v" against spec[0..count) (the defaults in spec are
     * overwritten by what params names); an unknown key or a bad value is
     * OMEN_EINVAL with a message naming index_name, the key and the range. */
    int (*params_parse)(const char *index_name, const char *params, omen_param *spec,
                        size_t count, omen_error *err);
} omen_plugin_routines;

#if defined(__GNUC__)
#define OMEN_PLUGIN_VISIBLE __attribute__((visibility("default")))
#else
#define OMEN_PLUGIN_VISIBLE
#endif

/* The entry point every plugin defines (write it as
 * `OMEN_PLUGIN_EXPORT int omen_plugin_init(...)`): check the host's version
 * with OMEN_PLUGIN_REQUIRE_API, then register each vtable. Returns OMEN_OK,
 * or a code with a message in err; the host then registers none of them. */
typedef int omen_plugin_init_fn(int api_version, const omen_plugin_routines *routines,
                                omen_error *err);
#ifdef __cplusplus
#define OMEN_PLUGIN_EXPORT extern "C" OMEN_PLUGIN_VISIBLE
#else
#define OMEN_PLUGIN_EXPORT OMEN_PLUGIN_VISIBLE
#endif
OMEN_PLUGIN_EXPORT int omen_plugin_init(int api_version, const omen_plugin_routines *routines,
                                        omen_error *err);

/* The plugin's side of the version check: a host older than this header
 * lacks routines the plugin may call. */
#define OMEN_PLUGIN_REQUIRE_API(api_version, routines, err)                                \
    do {                                                                                   \
        if ((api_version) < OMEN_PLUGIN_API_VERSION ||                                     \
            (routines)->size < sizeof(omen_plugin_routines))                               \
            return (routines)->errorf((err), OMEN_ENOTSUP,                                 \
                                      "built for omen plugin API %d, the host speaks %d; " \
                                      "rebuild the plugin against the host's omen_plugin.h", \
                                      OMEN_PLUGIN_API_VERSION, (api_version));             \
    } while (0)

#ifdef __cplusplus
}
#endif

#endif
