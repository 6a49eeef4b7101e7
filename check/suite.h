/* The full conformance suite on one variant, as omen-check runs it: the
 * vtable's completeness, unknown parameters refused, every answer against
 * the oracle on every key set with the defaults and each test_params, the
 * batched entries, reads from several threads at once, and for variants
 * with insert the random write sequences (check/updatable.c). */
#ifndef OMEN_CHECK_SUITE_H
#define OMEN_CHECK_SUITE_H

#include <stdio.h>

#include "check/keysets.h"
#include "indexes/index.h"

/* Returns the number of failures (0: the variant conforms). Progress goes
 * to out; each failure to stderr, up to `verbose` per key set, with the
 * operation, the key, the index's answer and the oracle's. */
long omen_check_variant(const omen_index_vtable *vt, const omen_keysets *ks, int verbose,
                        FILE *out);

#endif
