/* Every index variant, in the order --list prints them. Adding a variant:
 * declare its vtable here and add it to the array, nothing else. */
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

#ifdef OMEN_HAVE_PEER_PGM
extern const omen_index_vtable omen_peer_pgm_vtable;
#endif
#ifdef OMEN_HAVE_PEER_RADIXSPLINE
extern const omen_index_vtable omen_peer_radixspline_vtable;
#endif

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
/* Peers, present only when built with their checkouts (see README). */
#ifdef OMEN_HAVE_PEER_PGM
    &omen_peer_pgm_vtable,
#endif
#ifdef OMEN_HAVE_PEER_RADIXSPLINE
    &omen_peer_radixspline_vtable,
#endif
};

enum { ALL = sizeof registry / sizeof registry[0] };
static const omen_index_vtable *checked[ALL];
static size_t nchecked;
static pthread_once_t once = PTHREAD_ONCE_INIT;

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
    *count = nchecked;
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
