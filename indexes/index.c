/* The vtable's defaults and its completeness check (indexes/index.h). */
#include "indexes/index.h"

#include <stdatomic.h>
#include <string.h>

#include "indexes/sorted_array.h"

/* Copied out rather than cast, so reading another struct's first members
 * is well defined (OMEN_SORTED_VIEW_FIRST checked the layout). */
static omen_sorted_view view_of(const omen_index *ix)
{
    omen_sorted_view v;
    memcpy(&v, ix, sizeof v);
    return v;
}

int omen_index_default_get(const omen_index_vtable *vt, const omen_index *ix, uint64_t key,
                           uint64_t *payload)
{
    omen_sorted_view v = view_of(ix);
    return omen_sorted_get_at(v.keys, v.payloads, v.n, vt->lower_bound(ix, key), key,
                              payload);
}

omen_range_result omen_index_default_range(const omen_index_vtable *vt, const omen_index *ix,
                                           uint64_t lo, uint64_t hi)
{
    omen_sorted_view v = view_of(ix);
    return omen_sorted_range(ix, vt->lower_bound, v.payloads, v.n, lo, hi);
}

int omen_index_check(const omen_index_vtable *vt, omen_error *err)
{
    const char *name = vt->name ? vt->name : "(unnamed)";
    if (vt->version != OMEN_INDEX_VERSION)
        return omen_errorf(err, OMEN_EINVAL,
                           "index %s: vtable version %d is not known to this build (it knows "
                           "version %d, indexes/index.h); update the variant to it",
                           name, vt->version, OMEN_INDEX_VERSION);
    if (!vt->name || !vt->description || (!vt->params_help && !vt->params) || !vt->build ||
        !vt->size_bytes || !vt->free)
        return omen_errorf(err, OMEN_EINVAL,
                           "index %s: vtable lacks one of name, description, params_help or "
                           "params, build, size_bytes, free",
                           name);
    if ((!vt->get || !vt->range) && (!vt->lower_bound || (vt->caps & OMEN_CAP_OWNS_DATA)))
        return omen_errorf(err, OMEN_EINVAL,
                           "index %s: get or range is NULL but there is no lower_bound over "
                           "the sorted array to build the default from",
                           name);
    return OMEN_OK;
}

/* Set once by the registry, read by builds on any thread. */
static _Atomic(omen_index_finder) finder;

void omen_index_set_finder(omen_index_finder find)
{
    atomic_store(&finder, find);
}

const omen_index_vtable *omen_index_find(const char *name)
{
    omen_index_finder f = atomic_load(&finder);
    return f ? f(name) : NULL;
}
