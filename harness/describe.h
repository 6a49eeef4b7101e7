/* omen-bench --describe: a dataset's shape. */
#ifndef OMEN_DESCRIBE_H
#define OMEN_DESCRIBE_H

#include <stddef.h>
#include <stdint.h>

#include "common/error.h"
#include "harness/bench.h"

typedef struct bench_shape {
    size_t n, distinct;
    double dup_share; /* (n - distinct) / n */
    uint64_t min, max, max_gap;
    /* GRE's hardness: segments of an optimal PLA at eps 32 and 4096, per
     * million keys. */
    double pla32_per_m, pla4096_per_m;
    /* Locality: the share of keys in the densest window 1% of [min, max] wide. */
    double dense1_share;
} bench_shape;

int bench_shape_of(const uint64_t *keys, size_t n, bench_shape *s, omen_error *err);
/* Describes every --data set: a table on stdout, or CSV to --out with the
 * CDFs (1001 points each) in OUT.cdf.csv. */
int bench_describe(const bench_opts *o, omen_error *err);

#endif
