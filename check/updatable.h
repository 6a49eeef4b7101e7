/* Write conformance: random insert/erase/lookup/range sequences against a
 * dynamic oracle (check/updatable.c). */
#ifndef OMEN_CHECK_UPDATABLE_H
#define OMEN_CHECK_UPDATABLE_H

#include <stddef.h>

#include "indexes/index.h"

/* Runs every scenario on vt (which has insert) built with params; returns
 * the wrong answers (build failures count as one). scale >= 1 divides the
 * operation counts (for variants whose every operation goes to disk).
 * Prints up to `verbose` failures per scenario to stderr, each with the
 * operation, the key, what the index answered and what the oracle says. */
long conformance_updatable(const omen_index_vtable *vt, const char *params, size_t scale,
                           int verbose);

#endif
