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

/* Loads every path of a colon-separated list (the OMEN_PLUGINS variable);
 * empty items are skipped. The first failure stops it, naming the path. */
int omen_registry_load_plugins(const char *list, omen_error *err);

/* Adds vts[0..count) after the variants present, all or none: a name that
 * is taken (or repeated in vts) is OMEN_EINVAL naming it. The vtables must
 * have passed omen_index_check and outlive the process. */
int omen_registry_add(const omen_index_vtable *const *vts, size_t count, omen_error *err);

#endif
