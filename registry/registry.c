/* Every index variant, in the order --list prints them, then those that
 * plugins register (registry/plugin.c; the peers are plugins). Adding a
 * variant: declare its vtable here and add it to the array, nothing else. */
#include "registry/registry.h"

#include <pthread.h>
#include <stdio.h>
#include <string.h>

extern const omen_index_vtable omen_binsearch_vtable;
extern const omen_index_vtable omen_btree_vtable;
extern const omen_index_vtable omen_linear_vtable;
extern const omen_index_vtable omen_rmi_vtable;
extern const omen_index_vtable omen_pla_vtable;
extern const omen_index_vtable omen_radixspline_vtable;
extern const omen_index_vtable omen_rocksdb_vtable;
extern const omen_index_vtable omen_hotcold_vtable;
extern const omen_index_vtable omen_btree_dyn_vtable;
extern const omen_index_vtable omen_dpgm_vtable;
extern const omen_index_vtable omen_gapped_vtable;


static const omen_index_vtable *const registry[] = {
    &omen_binsearch_vtable,
    &omen_btree_vtable,
    &omen_linear_vtable,
    &omen_rmi_vtable,
    &omen_pla_vtable,
    &omen_radixspline_vtable,
    &omen_rocksdb_vtable,
    &omen_hotcold_vtable,
    &omen_btree_dyn_vtable,
    &omen_dpgm_vtable,
    &omen_gapped_vtable,
};

enum { ALL = sizeof registry / sizeof registry[0], PLUGIN_MAX = 256 };
/* Built-in variants that passed the check, then plugins' in load order. A
 * fixed array, so the pointer omen_registry returns stays valid while
 * plugins are added (the count a caller got only grows). */
static const omen_index_vtable *checked[ALL + PLUGIN_MAX];
static size_t nchecked;
static pthread_once_t once = PTHREAD_ONCE_INIT;
static pthread_mutex_t add_lock = PTHREAD_MUTEX_INITIALIZER;

/* A vtable this build does not know would be called wrongly: leave it out
 * and say why, rather than crash in the middle of a sweep. */
static void registry_check(void)
{
    for (size_t i = 0; i < ALL; i++) {
        omen_error err;
        if (omen_index_check(registry[i], &err) == OMEN_OK)
            checked[nchecked++] = registry[i];
        else
            fprintf(stderr, "omen: registry: %s; left out\n", err.msg);
    }
    /* Composite variants (hotcold) find their tiers through this. */
    omen_index_set_finder(omen_registry_find);
}

const omen_index_vtable *const *omen_registry(size_t *count)
{
    pthread_once(&once, registry_check);
    pthread_mutex_lock(&add_lock);
    *count = nchecked;
    pthread_mutex_unlock(&add_lock);
    return checked;
}

const omen_index_vtable *omen_registry_find(const char *name)
{
    size_t n;
    const omen_index_vtable *const *all = omen_registry(&n);
    for (size_t i = 0; i < n; i++)
        if (strcmp(all[i]->name, name) == 0)
            return all[i];
    return NULL;
}

int omen_registry_add(const omen_index_vtable *const *vts, size_t count, omen_error *err)
{
    pthread_once(&once, registry_check);
    pthread_mutex_lock(&add_lock);
    int rc = OMEN_OK;
    if (nchecked + count > ALL + PLUGIN_MAX)
        rc = omen_errorf(err, OMEN_ENOMEM, "registry: more than %d plugin variants",
                         (int)PLUGIN_MAX);
    for (size_t i = 0; !rc && i < count; i++)
        for (size_t j = 0; j < nchecked + i && !rc; j++) {
            const omen_index_vtable *other = j < nchecked ? checked[j] : vts[j - nchecked];
            if (strcmp(other->name, vts[i]->name) == 0)
                rc = omen_errorf(err, OMEN_EINVAL, "index name '%s' is already registered",
                                 vts[i]->name);
        }
    for (size_t i = 0; !rc && i < count; i++)
        checked[nchecked + i] = vts[i];
    if (!rc)
        nchecked += count;
    pthread_mutex_unlock(&add_lock);
    return rc;
}
