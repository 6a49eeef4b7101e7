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
    /* Read-write streams (GRE's set, datasets/workload_rw.c): a fraction
     * `load` of the dataset is bulk-loaded, the stream writes the rest. */
    OMEN_WL_LOAD,   /* load:F  the rest inserted, shuffled */
    OMEN_WL_RW,     /* rw:R    R % lookups, the rest inserts */
    OMEN_WL_SCAN,   /* scan:W  95 % scans of W keys, 5 % inserts */
    OMEN_WL_DELETE, /* delete:D  D % erases, the rest half lookups, half inserts */
    OMEN_WL_SHIFT,  /* shift[:R] rw:R whose inserts come from another distribution */
} omen_workload_kind;

/* Operations of a read-write stream (omen_workload.ops). */
enum { OMEN_OP_GET, OMEN_OP_INSERT, OMEN_OP_ERASE, OMEN_OP_SCAN };

/* The checksum terms of a read-write stream: the timed loop folds the
 * index's answers with them, the oracle the expected answers. */
#define OMEN_RW_MISS 0x6A09E667F3BCC909ull
#define OMEN_RW_INSERTED 0x3C6EF372FE94F82Bull
#define OMEN_RW_ERASED 0xA54FF53A5F1D36F1ull
#define OMEN_RW_NOT_ERASED 0x510E527FADE682D1ull
#define OMEN_RW_SCAN_COUNT 0x9E3779B97F4A7C15ull

typedef struct omen_workload_spec {
    omen_workload_kind kind;
    double param; /* s for zipf, w for range, r for mixed, rw, shift; w for scan; d for delete */
    double load;  /* read-write kinds: the bulk-loaded fraction of the dataset */
    char name[64];
} omen_workload_spec;

typedef struct omen_workload {
    omen_workload_spec spec;
    size_t count;
    uint64_t *keys; /* probe keys, or range lower ends */
    uint64_t *his;  /* range upper ends (range workload only) */
    uint8_t *is_insert; /* mixed workload only */
    /* Read-write kinds only: the operations (OMEN_OP_*; keys[i] the key,
     * his[i] a scan's upper end or an insert's payload), the bulk-loaded sorted keys and payloads
     * an index is built over before the stream, the oracle's checksum of the
     * whole stream, and how many keys the index holds after it. */
    uint8_t *ops;
    uint64_t *bulk_keys, *bulk_payloads;
    size_t bulk_n, keys_after;
    uint64_t expect;
    /* After the first k * OMEN_RW_CUT operations: the oracle's checksum
     * and the keys held, for a stream cut to a prefix (--budget). */
    uint64_t *expect_at;
    size_t *keys_at;
} omen_workload;

/* A read-write stream is cut (--budget) at a multiple of this many operations. */
#define OMEN_RW_CUT 1024

/* 1 if the workload writes (mixed and the read-write kinds). */
int omen_workload_writes(omen_workload_kind kind);
/* 1 for the read-write kinds (bulk load + stream, workload_rw.c). */
int omen_workload_is_rw(omen_workload_kind kind);

int omen_workload_parse(const char *s, omen_workload_spec *out, omen_error *err);
int omen_workload_make(const omen_workload_spec *spec, const omen_dataset *d, size_t count,
                       uint64_t seed, omen_workload *out, omen_error *err);
void omen_workload_free(omen_workload *w);

/* workload_rw.c: the read-write kinds. parse_rw returns 1 and fills out
 * when s names one of them, 0 when it does not, -1 with err when it does
 * but its argument is wrong. make_rw also computes the expected checksum
 * from the stream with an obviously correct simulation. */
int omen_workload_parse_rw(const char *s, omen_workload_spec *out, omen_error *err);
int omen_workload_make_rw(const omen_workload_spec *spec, const omen_dataset *d, size_t count,
                          uint64_t seed, omen_workload *out, omen_error *err);

#endif
