/* omen_index_vtable: the one interface every index implements, defined in
 * include/omen_plugin.h (the same struct for built-in variants and plugins;
 * semantics there). To add a variant, see "Adding an index variant" in
 * README.md, or "Adding your own index as a plugin".
 *
 * Callers go through omen_index_get/omen_index_range (below), which supply
 * the defaults built from lower_bound when a variant leaves get/range NULL. */
#ifndef OMEN_INDEX_H
#define OMEN_INDEX_H

#include <stddef.h>
#include <stdint.h>

/* The vtable and its types are the plugin ABI: one definition, in the
 * public header a plugin author includes (include/omen_plugin.h). */
#include "include/omen_plugin.h"
#include "common/error.h"
#include "indexes/params.h"

/* get, with the default when the variant leaves it NULL. */
int omen_index_default_get(const omen_index_vtable *vt, const omen_index *ix, uint64_t key,
                           uint64_t *payload);
omen_range_result omen_index_default_range(const omen_index_vtable *vt, const omen_index *ix,
                                           uint64_t lo, uint64_t hi);

static inline int omen_index_get(const omen_index_vtable *vt, const omen_index *ix,
                                 uint64_t key, uint64_t *payload)
{
    return vt->get ? vt->get(ix, key, payload) : omen_index_default_get(vt, ix, key, payload);
}

static inline omen_range_result omen_index_range(const omen_index_vtable *vt,
                                                 const omen_index *ix, uint64_t lo, uint64_t hi)
{
    return vt->range ? vt->range(ix, lo, hi) : omen_index_default_range(vt, ix, lo, hi);
}

/* OMEN_OK when vt is complete for this build (known version, the required
 * entries, a default-able get/range); else a message naming the gap. */
int omen_index_check(const omen_index_vtable *vt, omen_error *err);

/* The registry lives in registry/registry.h, above the folders it lists. */

/* Variants by name, for a variant whose parameters name others (hotcold's
 * tiers). indexes/ sits below the registry and must not call up into it, so
 * the registry hands its lookup down with omen_index_set_finder once its
 * vtables are checked; until then omen_index_find answers NULL. */
typedef const omen_index_vtable *(*omen_index_finder)(const char *name);
void omen_index_set_finder(omen_index_finder find);
const omen_index_vtable *omen_index_find(const char *name);

#endif
