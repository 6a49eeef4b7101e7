/* A result row's figures from its timed passes, and the growing list of
 * rows a sweep collects. */
#include <math.h>
#include <stdlib.h>
#include <unistd.h>

#include "harness/bench.h"
#include "harness/timing.h"

void bench_row_timing(bench_row *r, double *samples, int repeat, size_t ops, int threads)
{
    double mean = 0, var = 0;
    for (int i = 0; i < repeat; i++)
        mean += samples[i] / repeat;
    for (int i = 0; i < repeat; i++)
        var += (samples[i] - mean) * (samples[i] - mean) / repeat;
    qsort(samples, (size_t)repeat, sizeof *samples, bench_cmp_double);
    double med = repeat % 2 ? samples[repeat / 2]
                            : (samples[repeat / 2 - 1] + samples[repeat / 2]) / 2;
    double per_op = 1e9 * threads / (double)ops; /* wall time x threads / ops */
    r->ops = ops;
    r->threads = threads;
    r->ns_per_op = med * per_op;
    r->ns_min = samples[0] * per_op;
    r->ns_max = samples[repeat - 1] * per_op;
    r->mops = (double)ops / med / 1e6;
    r->cv = mean > 0 ? sqrt(var) / mean : 0;
    r->oversubscribed = threads > sysconf(_SC_NPROCESSORS_ONLN);
}

int bench_rows_push(bench_rows *rows, const bench_row *r)
{
    if (rows->n == rows->cap) {
        size_t cap = rows->cap ? rows->cap * 2 : 64;
        bench_row *v = realloc(rows->v, cap * sizeof *v);
        if (!v)
            return -1;
        rows->v = v;
        rows->cap = cap;
    }
    rows->v[rows->n++] = *r;
    return 0;
}

