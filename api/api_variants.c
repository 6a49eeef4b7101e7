/* The variants the registry holds: built-in ones and, once loaded, plugins'. */
#include "api/api_internal.h"
#include "registry/registry.h"

size_t omen_variant_count(void)
{
    size_t n;
    omen_registry(&n);
    return n;
}

static const omen_index_vtable *variant_at(size_t i)
{
    size_t n;
    const omen_index_vtable *const *all = omen_registry(&n);
    return i < n ? all[i] : NULL;
}

const char *omen_variant_name(size_t i)
{
    const omen_index_vtable *vt = variant_at(i);
    return vt ? vt->name : NULL;
}

const char *omen_variant_description(size_t i)
{
    const omen_index_vtable *vt = variant_at(i);
    return vt ? vt->description : NULL;
}

/* Into the registry every lookup of this library uses (omen_build,
 * omen_bench_run), so a plugin's variants are usable at once. */
int omen_plugin_load(const char *path)
{
    API_NONNULL(path, "omen_plugin_load");
    omen_error err;
    omen_error_clear(&err);
    if (omen_registry_load_plugin(path, &err) != OMEN_OK)
        return api_fail_err(&err);
    return OMEN_OK;
}
