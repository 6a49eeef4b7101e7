/* One --index configuration, "name" or "name:k=v,k=v", split in one place
 * for everything that needs its parts (the sweep, the checkpoint's cell
 * keys, --tune). The '|' alternatives are expanded before, by
 * bench_expand_index_list (cli.c), into one such text each. */
#ifndef OMEN_INDEX_SPEC_H
#define OMEN_INDEX_SPEC_H

#include "common/error.h"
#include "indexes/index.h"

typedef struct omen_index_spec {
    char name[64];               /* the registry name */
    const char *params;          /* "" or "k=v,k=v": points into the text split */
    const omen_index_vtable *vt; /* NULL when no variant has that name */
} omen_index_spec;

/* Splits text (which must outlive *out) and looks the name up. */
void omen_index_spec_split(const char *text, omen_index_spec *out);
/* The same, with an error naming the registered variants when the name is
 * not one of them. */
int omen_index_spec_resolve(const char *text, omen_index_spec *out, omen_error *err);

#endif
