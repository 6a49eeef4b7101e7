/* Drift-proof ratios of a row to its pass's reference row (relative.c). */
#ifndef OMEN_RELATIVE_H
#define OMEN_RELATIVE_H

#include "harness/bench.h"

/* samples, ref: seconds of pass p of the row and of its reference over ops
 * and ref_ops operations (unsorted, pass p of each ran in the same round).
 * Sets r->rel_ns to the median over the passes of the per-operation ratio,
 * r->rel_min and r->rel_max to its extremes, and r->has_rel. */
void bench_row_relative(bench_row *r, const double *samples, size_t ops, const double *ref,
                        size_t ref_ops, int repeat);

#endif
