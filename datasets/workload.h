/* Lookup streams, generated before any clock starts. */
#ifndef OMEN_WORKLOAD_H
#define OMEN_WORKLOAD_H

#include <stddef.h>
#include <stdint.h>

#include "common/error.h"
#include "datasets/dataset.h"

typedef enum omen_workload_kind {
    OMEN_WL_POINT,  /* existing keys, uniform */
    OMEN_WL_ABSENT, /* keys not in the data */
    OMEN_WL_ZIPF,   /* existing keys, Zipf skew s over ranks scattered over the keys */
    OMEN_WL_RECENT, /* existing keys, Zipf skew s over recency: the largest keys are hot */
    OMEN_WL_RANGE,  /* [lo, hi] covering about w keys */
    OMEN_WL_MIXED,  /* r % inserts of new keys among point lookups */
} omen_workload_kind;

typedef struct omen_workload_spec {
    omen_workload_kind kind;
    double param; /* s for zipf, w for range, r for mixed */
    char name[64];
} omen_workload_spec;

typedef struct omen_workload {
    omen_workload_spec spec;
    size_t count;
    uint64_t *keys; /* probe keys, or range lower ends */
    uint64_t *his;  /* range upper ends (range workload only) */
    uint8_t *is_insert; /* mixed workload only */
} omen_workload;

int omen_workload_parse(const char *s, omen_workload_spec *out, omen_error *err);
int omen_workload_make(const omen_workload_spec *spec, const omen_dataset *d, size_t count,
                       uint64_t seed, omen_workload *out, omen_error *err);
void omen_workload_free(omen_workload *w);

#endif
