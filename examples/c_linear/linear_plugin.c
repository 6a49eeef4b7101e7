/* A minimal omen plugin in C: one straight line through the first and last
 * key predicts where a key sits in the sorted array, and a binary search
 * over a window of the line's largest error finds it exactly.
 *
 * Build:  make OMEN=/path/to/omen     (or the CMake snippet in CMakeLists.txt)
 * Check:  omen-check --plugin ./linear_plugin.so
 * Bench:  omen-bench --plugin ./linear_plugin.so --index ex_linear --data lognormal:1M
 *
 * It sets only lower_bound; omen answers get and range from it, because
 * struct omen_index begins with the sorted array (OMEN_SORTED_VIEW_FIRST). */
#include <math.h>
#include <stdlib.h>

#include "omen_plugin.h"

/* The host's routines, kept for build() (errors, parameter parsing). */
static const omen_plugin_routines *omen;

struct omen_index {
    const uint64_t *keys, *payloads; /* borrowed from the caller */
    size_t n;
    double slope; /* predicted rank = slope * (key - keys[0]) */
    double err;   /* the largest |predicted - true rank| over the keys */
};
OMEN_SORTED_VIEW_FIRST(struct omen_index);

static double predict(const omen_index *ix, uint64_t key)
{
    return ix->slope * (double)(key - ix->keys[0]);
}

static int lin_build(const uint64_t *keys, const uint64_t *payloads, size_t n,
                     const char *params, omen_index **out, omen_error *err)
{
    int rc = omen->params_parse("ex_linear", params, NULL, 0, err); /* takes none */
    if (rc)
        return rc;
    omen_index *ix = calloc(1, sizeof *ix);
    if (!ix)
        return omen->errorf(err, OMEN_ENOMEM, "ex_linear: out of memory");
    ix->keys = keys, ix->payloads = payloads, ix->n = n;
    if (n > 1 && keys[n - 1] > keys[0])
        ix->slope = (double)(n - 1) / (double)(keys[n - 1] - keys[0]);
    for (size_t i = 0; i < n; i++) {
        double e = fabs(predict(ix, keys[i]) - (double)i);
        if (e > ix->err)
            ix->err = e;
    }
    *out = ix;
    return OMEN_OK;
}

/* The line never decreases, so the answer r for key lies within
 * [predict - err, predict + err + 1]: keys[r] >= key and keys[r-1] < key
 * bound it from both sides. Search only that window. */
static size_t lin_lower_bound(const omen_index *ix, uint64_t key)
{
    if (ix->n == 0 || key <= ix->keys[0])
        return 0;
    if (key > ix->keys[ix->n - 1])
        return ix->n;
    double p = predict(ix, key);
    /* One more on each side absorbs the rounding of p and err. */
    double a = floor(p - ix->err - 1), b = ceil(p + ix->err + 2);
    size_t lo = a < 0 ? 0 : (size_t)a;
    size_t hi = b > (double)ix->n ? ix->n : (size_t)b;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (ix->keys[mid] < key)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static size_t lin_size_bytes(const omen_index *ix)
{
    return sizeof *ix;
}

static void lin_free(omen_index *ix)
{
    free(ix);
}

static const omen_index_vtable ex_linear = {
    .version = OMEN_INDEX_VERSION,
    .name = "ex_linear",
    .description = "example plugin: one line over the keys + a search bounded by its error",
    .params_help = "none",
    .build = lin_build,
    .lower_bound = lin_lower_bound, /* get and range: omen's defaults from it */
    .size_bytes = lin_size_bytes,
    .free = lin_free,
};

OMEN_PLUGIN_EXPORT int omen_plugin_init(int api_version, const omen_plugin_routines *routines,
                                        omen_error *err)
{
    OMEN_PLUGIN_REQUIRE_API(api_version, routines, err);
    omen = routines;
    return routines->register_index(&ex_linear, err);
}
