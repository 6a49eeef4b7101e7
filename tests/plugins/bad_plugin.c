/* Plugins that omen must refuse to load, one per BAD_* macro, for
 * tests/test_plugins.sh: each refusal must name the file and the fix. */
#include <stdlib.h>

#include "omen_plugin.h"

struct omen_index {
    const uint64_t *keys, *payloads;
    size_t n;
};

static int b_build(const uint64_t *keys, const uint64_t *payloads, size_t n, const char *params,
                   omen_index **out, omen_error *err)
{
    (void)params, (void)err;
#ifdef BAD_EXITS
    if (n > 1000)
        exit(0); /* as LIPP's failed assertions do */
#endif
    omen_index *ix = malloc(sizeof *ix);
    ix->keys = keys, ix->payloads = payloads, ix->n = n;
    *out = ix;
    return OMEN_OK;
}

static size_t b_lower_bound(const omen_index *ix, uint64_t key)
{
    size_t r = 0;
    while (r < ix->n && ix->keys[r] < key)
        r++;
    return r;
}

static size_t b_size(const omen_index *ix)
{
    (void)ix;
    return 0;
}

static void b_free(omen_index *ix)
{
    free(ix);
}

static omen_index_vtable vt = {
    .version = OMEN_INDEX_VERSION,
#ifdef BAD_DUPLICATE
    .name = "binsearch", /* a built-in variant's name */
#else
    .name = "bad_plugin",
#endif
    .description = "test only",
    .params_help = "none",
    .caps = OMEN_CAP_TEST_ONLY,
    .build = b_build,
    .lower_bound = b_lower_bound,
    .size_bytes = b_size,
    .free = b_free,
};

#ifndef BAD_NO_SYMBOL
OMEN_PLUGIN_EXPORT int omen_plugin_init(int api_version, const omen_plugin_routines *routines,
                                        omen_error *err)
{
#ifdef BAD_NEEDS_NEWER_HOST
#undef OMEN_PLUGIN_API_VERSION
#define OMEN_PLUGIN_API_VERSION 99
#endif
    OMEN_PLUGIN_REQUIRE_API(api_version, routines, err);
#ifdef BAD_VTABLE_VERSION
    vt.version = 99;
#endif
#ifdef BAD_VTABLE
    vt.build = NULL;
#endif
#ifdef BAD_REGISTERS_NOTHING
    return OMEN_OK;
#endif
    return routines->register_index(&vt, err);
}
#else
/* The entry point misspelt: the symbol omen looks for is absent. */
OMEN_PLUGIN_VISIBLE int omen_plugin_initialize(void);
int omen_plugin_initialize(void)
{
    return vt.version;
}
#endif
