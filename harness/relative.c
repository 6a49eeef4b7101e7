/* rel_ns: a row's time per operation divided by the reference row's (the
 * same dataset's binsearch, same workload, threads and kernels) in the same
 * round-robin pass. Both passes ran within a fraction of a second of each
 * other, so a drift of the whole host between runs cancels in the ratio,
 * which a reproducibility check can then compare across runs. */
#include <stdlib.h>

#include "harness/relative.h"
#include "harness/timing.h"

void bench_row_relative(bench_row *r, const double *samples, size_t ops, const double *ref,
                        size_t ref_ops, int repeat)
{
    r->has_rel = 0;
    if (repeat < 1 || repeat > 1000 || ops == 0 || ref_ops == 0)
        return;
    double q[1000];
    for (int p = 0; p < repeat; p++) {
        if (!(ref[p] > 0))
            return;
        q[p] = (samples[p] / (double)ops) / (ref[p] / (double)ref_ops);
    }
    qsort(q, (size_t)repeat, sizeof *q, bench_cmp_double);
    r->rel_ns = repeat % 2 ? q[repeat / 2] : (q[repeat / 2 - 1] + q[repeat / 2]) / 2;
    r->rel_min = q[0];
    r->rel_max = q[repeat - 1];
    r->has_rel = 1;
}
