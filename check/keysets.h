/* The key sets the conformance suite runs every variant on: edge cases
 * (empty, one key, extremes, all equal, long duplicate runs, the top bit)
 * and synthetic distributions up to 1M keys. */
#ifndef OMEN_CHECK_KEYSETS_H
#define OMEN_CHECK_KEYSETS_H

#include <stddef.h>
#include <stdint.h>

#include "common/error.h"

typedef struct omen_keyset {
    char label[64];
    uint64_t *keys; /* ascending, duplicates allowed */
    size_t n;
} omen_keyset;

typedef struct omen_keysets {
    omen_keyset v[64];
    size_t n;
} omen_keysets;

/* Fills sets; on failure frees what it made and says which set failed. */
int omen_keysets_make(omen_keysets *sets, omen_error *err);
void omen_keysets_free(omen_keysets *sets);

#endif
