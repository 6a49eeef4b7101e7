/* Every index variant, in the order --list prints them. Adding a variant:
 * declare its vtable here and add it to the array, nothing else. */
#include <string.h>

#include "indexes/index.h"

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

const omen_index_vtable *const *omen_registry(size_t *count)
{
    *count = sizeof registry / sizeof registry[0];
    return registry;
}

const omen_index_vtable *omen_registry_find(const char *name)
{
    for (size_t i = 0; i < sizeof registry / sizeof registry[0]; i++)
        if (strcmp(registry[i]->name, name) == 0)
            return registry[i];
    return NULL;
}
