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

/* pla_eps.c: eps not given. Starting from nseg0 segments measured at eps0
 * over the keys, the smallest eps0 * 2^k (k >= 1, at most max_eps) whose
 * level 0 is estimated, on a sample, at <= target segments; *estimate is
 * that estimate. */
int omen_pla_next_eps(const uint64_t *keys, size_t n, size_t eps0, size_t nseg0,
                      double target, size_t max_eps, size_t *eps, double *estimate,
                      omen_error *err);

#endif
