/* omen.h: libomen's stable C API (issue 20).
 *
 * Build any registered or plugin index over caller-owned sorted arrays,
 * query it one key or a batch at a time, run one bench row. The only
 * header a program linking libomen.so (or a Python binding) needs; every
 * other symbol of the library is hidden.
 *
 * Errors: a function returning int returns OMEN_OK (0) or an omen_code; the
 * message of the last failed call on the calling thread is omen_errmsg().
 * As with errno, a successful call leaves the last failure in place: read
 * the message after a call that returned an error. A NULL handle or output
 * pointer is OMEN_EINVAL (omen_get then returns 0, omen_erase -1).
 * Handles are not shared across threads for writes; reads (get, lower_bound,
 * range, batches) on one handle may run from many threads at once. */
#ifndef OMEN_H
#define OMEN_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(__GNUC__)
#define OMEN_API __attribute__((visibility("default")))
#else
#define OMEN_API
#endif

/* Bumped when a declaration below changes incompatibly; additions keep it. */
#define OMEN_API_VERSION 1

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

OMEN_API int omen_api_version(void);          /* OMEN_API_VERSION of the library */
OMEN_API const char *omen_build_id(void);     /* commit (+dirty) the library was built at */
OMEN_API const char *omen_errmsg(void);       /* last failure on this thread, "" if none */
OMEN_API int omen_errcode(void);              /* its code, OMEN_OK if none */

/* ---- Variants: the built-in ones and those plugins registered. ---- */
OMEN_API size_t omen_variant_count(void);
OMEN_API const char *omen_variant_name(size_t i);        /* NULL past the end */
OMEN_API const char *omen_variant_description(size_t i); /* one line */

/* Loads a plugin (a shared object exporting omen_plugin_init, see
 * omen_plugin.h) and registers its variants. Errors name the file and what
 * is wrong: missing file, missing symbol, an API version it does not know,
 * a vtable that fails the registry's checks, a name already taken. */
OMEN_API int omen_plugin_load(const char *path);

/* ---- Datasets: a SOSD file or a synthetic name ("lognormal:1M:7"). ---- */
typedef struct omen_data omen_data;
OMEN_API int omen_data_open(const char *spec, omen_data **out);
OMEN_API size_t omen_data_size(const omen_data *d);
OMEN_API const uint64_t *omen_data_keys(const omen_data *d);     /* ascending */
OMEN_API const uint64_t *omen_data_payloads(const omen_data *d); /* payload of rank i */
OMEN_API void omen_data_close(omen_data *d);

/* ---- Indexes. ---- */
typedef struct omen_handle omen_handle;

/* Builds variant `index` with params ("" or "k=v,k=v") over n ascending
 * keys (duplicates allowed) and their payloads. The arrays are borrowed:
 * they must stay valid and unchanged until omen_close. payloads may be
 * NULL: payload i is then i. Unsorted keys are an OMEN_EINVAL error. */
OMEN_API int omen_build(const char *index, const char *params, const uint64_t *keys,
                        const uint64_t *payloads, size_t n, omen_handle **out);
/* 1 and *payload set if key is present (the first of equal keys), else 0. */
OMEN_API int omen_get(const omen_handle *h, uint64_t key, uint64_t *payload);
/* Rank of the first key >= key; OMEN_ENOTSUP for an index without ranks. */
OMEN_API int omen_lower_bound(const omen_handle *h, uint64_t key, size_t *rank);
/* Count and payload sum (mod 2^64) of the keys in [lo, hi]. */
OMEN_API int omen_range(const omen_handle *h, uint64_t lo, uint64_t hi, uint64_t *count,
                        uint64_t *sum);
/* found[i] = omen_get(h, keys[i], &payloads[i]) for i < count. */
OMEN_API int omen_get_batch(const omen_handle *h, const uint64_t *keys, size_t count,
                            uint64_t *payloads, uint8_t *found);
OMEN_API int omen_lower_bound_batch(const omen_handle *h, const uint64_t *keys, size_t count,
                                    size_t *ranks);
/* Writes, for variants that take them (OMEN_ENOTSUP otherwise). erase
 * removes the first entry equal to key: 1 removed, 0 absent, or -1 with
 * omen_errmsg() set. */
OMEN_API int omen_insert(omen_handle *h, uint64_t key, uint64_t payload);
OMEN_API int omen_erase(omen_handle *h, uint64_t key);

typedef struct omen_stats {
    size_t n;              /* entries */
    size_t size_bytes;     /* bytes on top of the borrowed arrays */
    double mean_abs_error; /* learned variants; 0 otherwise */
    uint64_t max_abs_error;
    uint64_t models;       /* models, segments or nodes */
    char note[160];        /* what the build chose from the data, "" if nothing */
} omen_stats;
OMEN_API int omen_stats_get(const omen_handle *h, omen_stats *out);
OMEN_API size_t omen_size_bytes(const omen_handle *h);
OMEN_API const char *omen_handle_variant(const omen_handle *h);
OMEN_API void omen_close(omen_handle *h);

/* ---- One bench row, as omen-bench measures it: dataset x index x
 * workload x threads, every answer validated against the oracle. ---- */
typedef struct omen_bench_opts {
    int threads;      /* 0: 1 */
    size_t ops;       /* lookups per pass; 0: omen-bench's default */
    int repeat;       /* timed passes; 0: omen-bench's default */
    const char *isa;  /* "scalar", "avx2", ...; NULL: the best this CPU has */
} omen_bench_opts;

typedef struct omen_bench_result {
    char dataset[512];
    size_t n;
    char index[64];
    char params[512];
    char workload[64];
    int threads;
    char isa[16];
    size_t ops;
    double ns_per_op, ns_min, ns_max, mops; /* median and spread over the passes */
    double build_ms;
    size_t size_bytes;
    int valid;        /* 1: every answer matched the oracle */
    double cv;        /* coefficient of variation of ns_per_op over the passes */
    /* Read-write workloads (rw:R, scan:W, delete:D, shift): latency of the
     * sampled operations and the entries held after the stream; 0 otherwise. */
    double p50_ns, p99_ns, p999_ns;
    size_t keys_after;
} omen_bench_result;

/* index is "name" or "name:k=v,..."; workload as omen-bench's --workload
 * (NULL or "": point). opts may be NULL. Runs omen-bench's own code for the
 * row (harness/), so it takes the time omen-bench would: defaults 1M
 * lookups x 5 passes. Returns OMEN_OK with out->valid = 0 when answers
 * differed from the oracle (the row says so; omen-bench exits 1 for it).
 * With opts->isa the process's kernels are switched for the row and back;
 * rows run one at a time. */
OMEN_API int omen_bench_run(const char *dataset, const char *index, const char *workload,
                            const omen_bench_opts *opts, omen_bench_result *out);

#ifdef __cplusplus
}
#endif
#endif
