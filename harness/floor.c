/* omen-bench --floor: what the memory system allows over an array of the
 * dataset's size. A dependent pointer chase (each load's address comes from
 * the previous load: the latency of one miss) and independent random loads
 * (addresses known up front: the CPU keeps many misses in flight). A lookup
 * is a short chain of dependent misses, so a one-at-a-time index sits near
 * the first number times its chain length, a well-batched one near the second. */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "common/alloc.h"
#include "common/rng.h"
#include "harness/bench.h"
#include "harness/timing.h"

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
        double t0 = bench_now_sec();
        uint64_t p = (uint64_t)rep & 1;
        for (size_t i = 0; i < ops; i++)
            p = next[p];
        double t1 = bench_now_sec();
        acc += p;
        if (rep >= 0)
            samples[rep] = t1 - t0;
    }
    bench_row_timing(chase, samples, repeat, ops, 1);
    chase->valid = 1;
    for (int rep = -1; rep < repeat; rep++) {
        double t0 = bench_now_sec();
        uint64_t s = 0;
        for (size_t i = 0; i < ops; i++)
            s += next[idx[i]];
        double t1 = bench_now_sec();
        acc += s;
        if (rep >= 0)
            samples[rep] = t1 - t0;
    }
    bench_row_timing(loads, samples, repeat, ops, 1);
    loads->valid = 1;
    chase->size_bytes = loads->size_bytes = n * sizeof *next;
    *sink += acc;
    omen_free(next);
    omen_free(idx);
    free(samples);
    return OMEN_OK;
}
