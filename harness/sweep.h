/* The sweep's shared state, for omen_bench.c (the main flow), schedule.c
 * (which cells run when, checkpointed row by row) and measure.c (one cell:
 * build, budget, calibration, timed passes). Private to the harness. */
#ifndef OMEN_SWEEP_H
#define OMEN_SWEEP_H

#include <stddef.h>
#include <stdint.h>

#include "datasets/dataset.h"
#include "datasets/workload.h"
#include "harness/bench.h"
#include "indexes/index.h"

typedef struct progress {
    size_t done, total, measured;
    double start;
    int quiet;
} progress;

/* The sweep and what it has done so far. */
typedef struct sweep {
    const bench_opts *o;
    bench_rows *rows; /* finished rows, including those resumed from a checkpoint */
    char partial[4200]; /* checkpoint file, rewritten whole after every row */
    progress prog;
    int invalid;
} sweep;

/* The oracle on this dataset, for checksums of a shortened stream. */
typedef struct oracle_ref {
    const omen_index_vtable *vt;
    const omen_index *ix;
} oracle_ref;

/* A loaded dataset with its lookup streams and the oracle's checksums. */
typedef struct dataset_ctx {
    size_t d; /* into --data */
    omen_dataset ds;
    int loaded;
    omen_workload *wl;
    uint64_t *expect;
    oracle_ref oref;
} dataset_ctx;

/* An index built once per dataset and shared by all its cells. */
typedef struct built {
    struct dataset_ctx *ctx;
    const omen_index_vtable *vt;
    const char *params;
    omen_index *ix;
    double build_ms;
    int has_stats;
    omen_index_stats st;
} built;

/* One row to measure: a built index x ISA x workload x thread count. */
typedef struct cell {
    built *b;
    size_t isa; /* into --isa, when given */
    const omen_workload *full;
    omen_workload wv; /* the stream as timed: full, or a prefix under --budget */
    uint64_t expect;  /* the oracle's checksum of one pass over wv */
    unsigned loops;   /* passes over wv per timed pass (short streams, --budget) */
    int threads, valid;
    double *samples;
    bench_row row;
    /* The reference (harness/reference.c): the binsearch cell this row is
     * measured against (itself for binsearch, NULL when absent), its seconds
     * per operation just before and after this row's sample in each pass. */
    struct cell *ref;
    double *ref_lo, *ref_hi, ref_last;
    int ref_wait, ref_since;
    /* Read-write cells (measure_rw.c): latency samples of all passes, the
     * bulk-load times, the size after the last stream, the clock's cost. */
    float *lat;
    size_t nlat, size_after;
    double *builds, clock_cost;
} cell;

/* measure.c */
void measure_cell_row(bench_row *r, const char *dataset, const char *index, const char *params,
                      const char *workload, int threads, const char *isa);
const char *measure_isa_name(const bench_opts *o, size_t s);
void measure_select_isa(const bench_opts *o, size_t s);
/* Builds index x (--build-repeat times, keeping the median time). */
int measure_build_index(const bench_opts *o, const omen_dataset *ds, size_t x, built *b,
                        omen_error *err);
/* A read-only cell before its round-robin passes: fitted to --budget and
 * given enough loops per pass. */
void measure_calibrate(const bench_opts *o, cell *c, const oracle_ref *oracle);
/* One sample of a read-only cell: a short warm-up, then a timed, validated
 * pass; returns its seconds. */
double measure_time(const bench_opts *o, cell *c);
/* All passes of a mixed (inserting) cell, each on a fresh build. */
int measure_mixed(const bench_opts *o, const omen_dataset *ds, cell *c, omen_error *err);

/* reference.c: rel_ns against binsearch timed right before and after each row. */
/* Points each read-only cell at its reference cell. */
void reference_link(cell *cs, size_t nc);
/* Pass r of every read-only cell, with the reference samples between them. */
void reference_pass(const bench_opts *o, cell *cs, size_t nc, int r);
/* The row's rel_ns from its samples and their brackets (before sorting them). */
void reference_relate(const bench_opts *o, cell *c);

/* measure_rw.c: the read-write cells, each pass on a fresh bulk-load. */
/* 1 if every --workload is a read-write kind: no index is built over the
 * whole dataset, only over each stream's bulk-loaded keys. */
int measure_rw_only(const bench_opts *o);
/* Resolves index x without building it (measure_rw_only sweeps). */
int measure_rw_resolve(const bench_opts *o, size_t x, built *b, omen_error *err);
/* Why a read-write cell cannot run (printed as "skipped: ..."), or NULL. */
const char *measure_rw_skip(const omen_workload *w, const omen_index_vtable *vt, int threads);
/* Pass r of a read-write cell: bulk-load, timed stream, validation, size. */
int measure_rw_pass(const bench_opts *o, cell *c, int r, omen_error *err);
/* After the passes and bench_row_timing: percentiles, size, build time. */
void measure_rw_finish(const bench_opts *o, cell *c, bench_row *row);

/* schedule.c: every cell of the sweep not already in sw->rows. */
int schedule_run_datasets(sweep *sw, omen_error *err);

#endif
