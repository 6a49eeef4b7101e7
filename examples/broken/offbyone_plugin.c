/* A deliberately broken plugin: its binary search compares with <= where
 * lower_bound needs <, so for a key that is present it answers the rank
 * after the last equal key (upper_bound). omen-check must reject it, naming
 * a key, the wrong answer and the oracle's; CTest checks that it does.
 *
 * Build:  make OMEN=/path/to/omen
 * Check:  omen-check --plugin ./offbyone_plugin.so   (exits 1) */
#include <stdlib.h>

#include "omen_plugin.h"

static const omen_plugin_routines *omen;

struct omen_index {
    const uint64_t *keys, *payloads;
    size_t n;
};
OMEN_SORTED_VIEW_FIRST(struct omen_index);

static int bad_build(const uint64_t *keys, const uint64_t *payloads, size_t n,
                     const char *params, omen_index **out, omen_error *err)
{
    int rc = omen->params_parse("ex_offbyone", params, NULL, 0, err);
    if (rc)
        return rc;
    omen_index *ix = malloc(sizeof *ix);
    if (!ix)
        return omen->errorf(err, OMEN_ENOMEM, "ex_offbyone: out of memory");
    ix->keys = keys, ix->payloads = payloads, ix->n = n;
    *out = ix;
    return OMEN_OK;
}

static size_t bad_lower_bound(const omen_index *ix, uint64_t key)
{
    size_t lo = 0, hi = ix->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (ix->keys[mid] <= key) /* the bug: lower_bound needs < */
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static size_t bad_size_bytes(const omen_index *ix)
{
    return sizeof *ix;
}

static void bad_free(omen_index *ix)
{
    free(ix);
}

static const omen_index_vtable ex_offbyone = {
    .version = OMEN_INDEX_VERSION,
    .name = "ex_offbyone",
    .description = "example plugin, deliberately wrong: lower_bound off by one on present keys",
    .params_help = "none",
    .build = bad_build,
    .lower_bound = bad_lower_bound,
    .size_bytes = bad_size_bytes,
    .free = bad_free,
};

OMEN_PLUGIN_EXPORT int omen_plugin_init(int api_version, const omen_plugin_routines *routines,
                                        omen_error *err)
{
    OMEN_PLUGIN_REQUIRE_API(api_version, routines, err);
    omen = routines;
    return routines->register_index(&ex_offbyone, err);
}
