/* What pla.c offers besides its vtable. */
#ifndef OMEN_PLA_H
#define OMEN_PLA_H

#include <stddef.h>
#include <stdint.h>

#include "common/error.h"

/* The number of segments of an optimal PLA with error eps over the sorted
 * keys A[0, m) (duplicates as pla's lower_bound steps): GRE's hardness. */
int omen_pla_count_segments(const uint64_t *A, size_t m, size_t eps, size_t *nseg,
                            omen_error *err);

#endif
