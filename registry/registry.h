/* The registry: every index variant by name. It sits above indexes/,
 * baselines/ and peers/ because it names variants from all of them. */
#ifndef OMEN_REGISTRY_H
#define OMEN_REGISTRY_H

#include <stddef.h>

#include "indexes/index.h"

/* The variants whose vtables pass omen_index_check, in --list order. One
 * that fails is left out, with its message on stderr (once). */
const omen_index_vtable *const *omen_registry(size_t *count);
const omen_index_vtable *omen_registry_find(const char *name);

/* Loads a plugin's shared object and registers the vtables its
 * omen_plugin_init hands over (registry/plugin.c, issue 20). */
int omen_registry_load_plugin(const char *path, omen_error *err);

#endif
