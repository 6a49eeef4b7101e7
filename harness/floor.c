/* omen-bench --floor: what the memory system allows over an array of the
 * dataset's size. A dependent pointer chase (each load's address comes from
 * the previous load: the latency of one miss) and independent random loads
 * (addresses known up front: the CPU keeps many misses in flight). A lookup
 * is a short chain of dependent misses, so a one-at-a-time index sits near
 * the first number times its chain length, a well-batched one near the second. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "common/alloc.h"
#include "common/rng.h"
#include "harness/bench.h"

static double now_sec(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static void summarize(bench_row *r, double *s, int repeat, size_t ops)
{
    double mean = 0, var = 0;
    for (int i = 0; i < repeat; i++)
        mean += s[i] / repeat;
    for (int i = 0; i < repeat; i++)
        var += (s[i] - mean) * (s[i] - mean) / repeat;
    qsort(s, (size_t)repeat, sizeof *s, cmp_double);
    double med = repeat % 2 ? s[repeat / 2] : (s[repeat / 2 - 1] + s[repeat / 2]) / 2;
    r->ops = ops;
    r->ns_per_op = med * 1e9 / (double)ops;
    r->ns_min = s[0] * 1e9 / (double)ops;
    r->ns_max = s[repeat - 1] * 1e9 / (double)ops;
    r->mops = (double)ops / med / 1e6;
    r->cv = mean > 0 ? sqrt(var) / mean : 0;
    r->threads = 1;
    r->valid = 1;
}

int bench_floor(size_t n, size_t ops, int repeat, uint64_t seed, bench_row *chase,
                bench_row *loads, uint64_t *sink, omen_error *err)
{
    if (n < 2)
        n = 2;
    uint64_t *next = omen_alloc(n * sizeof *next);
    size_t *idx = omen_alloc(ops * sizeof *idx);
    double *samples = malloc((size_t)repeat * sizeof *samples);
    if (!next || !idx || !samples) {
        omen_free(next);
        omen_free(idx);
        free(samples);
        return omen_errorf(err, OMEN_ENOMEM, "--floor: not enough memory for %zu entries", n);
    }
    /* Sattolo's shuffle: one cycle through every entry, so the chase never
     * settles into a short loop that fits in cache. */
    omen_rng r;
    omen_rng_seed(&r, seed);
    for (size_t i = 0; i < n; i++)
        next[i] = i;
    for (size_t i = n - 1; i > 0; i--) {
        size_t j = (size_t)omen_rng_below(&r, i);
        uint64_t t = next[i];
        next[i] = next[j];
        next[j] = t;
    }
    for (size_t i = 0; i < ops; i++)
        idx[i] = (size_t)omen_rng_below(&r, n);

    uint64_t acc = 0;
    for (int rep = -1; rep < repeat; rep++) { /* rep -1: warm-up */
        double t0 = now_sec();
        uint64_t p = (uint64_t)rep & 1;
        for (size_t i = 0; i < ops; i++)
            p = next[p];
        double t1 = now_sec();
        acc += p;
        if (rep >= 0)
            samples[rep] = t1 - t0;
    }
    summarize(chase, samples, repeat, ops);
    for (int rep = -1; rep < repeat; rep++) {
        double t0 = now_sec();
        uint64_t s = 0;
        for (size_t i = 0; i < ops; i++)
            s += next[idx[i]];
        double t1 = now_sec();
        acc += s;
        if (rep >= 0)
            samples[rep] = t1 - t0;
    }
    summarize(loads, samples, repeat, ops);
    chase->size_bytes = loads->size_bytes = n * sizeof *next;
    *sink += acc;
    omen_free(next);
    omen_free(idx);
    free(samples);
    return OMEN_OK;
}
