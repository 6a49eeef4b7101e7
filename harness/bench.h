/* omen-bench internals shared by its files. */
#ifndef OMEN_BENCH_H
#define OMEN_BENCH_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "common/error.h"

enum { FMT_CSV, FMT_JSON, FMT_MD };

/* --schedule: round-robin passes over the whole sweep, over one dataset at a
 * time, or one index at a time. */
enum { SCHEDULE_SWEEP, SCHEDULE_DATASET, SCHEDULE_SEQUENTIAL };

typedef struct strlist {
    char **v;
    size_t n;
} strlist;

typedef struct bench_opts {
    strlist data, index, workload, isa;
    int threads[64];
    size_t nthreads;
    size_t lookups;
    int repeat;
    int build_repeat; /* builds per index; build_ms is their median */
    size_t batch;
    double budget; /* seconds per timed pass; 0: the whole stream */
    const char *out;
    int format;     /* of --out */
    int also[3];    /* further formats, written beside --out with their extension */
    int resume;
    uint64_t seed;
    int quiet;
    int list, stats, help;
    int describe; /* --describe: the datasets' shapes, no timing */
    int tune;     /* --tune: sweep one variant's grid, print its frontier (tune.c) */
    int schedule; /* SCHEDULE_*: how timed passes are ordered */
    /* Pin timed threads to their own CPUs; off when the user bound OpenMP
     * (OMP_PROC_BIND set): their placement stands. */
    int pin;
    int floor; /* also measure the memory floor over each dataset's size */
    char command[2048]; /* the command line, for provenance */
} bench_opts;

/* One result row: the design reference's columns, then extras. */
typedef struct bench_row {
    char dataset[512];
    size_t n;
    uint64_t dataset_hash;
    char index[64];
    char params[512];
    char workload[64];
    int threads;
    char isa[16];
    size_t ops;
    double ns_per_op, mops, ns_min, ns_max;
    double build_ms;
    size_t size_bytes;
    int valid;
    double cv; /* coefficient of variation of ns_per_op over the repeats */
    int oversubscribed;
    /* Model statistics, with --stats (has_stats = 0 otherwise). */
    int has_stats;
    double mean_err;
    uint64_t max_err, models;
    /* Time per operation over the reference row's (binsearch, same dataset,
     * workload, threads, kernels) in the same pass: median, min, max over the
     * passes (harness/relative.c); has_rel = 0 when there is no reference. */
    int has_rel;
    double rel_ns, rel_min, rel_max;
    /* Read-write workloads: latency percentiles of the sampled operations
     * (ns) and the keys the index holds after the stream (has_lat = 0
     * otherwise); size_bytes is then the size after the stream. */
    int has_lat;
    double p50_ns, p99_ns, p999_ns;
    size_t keys_after;
    char note[160]; /* what the index chose from the data (stats), not in the files */
} bench_row;

typedef struct bench_rows {
    bench_row *v;
    size_t n, cap;
} bench_rows;

/* cli.c */
int bench_parse_args(int argc, char **argv, bench_opts *o, omen_error *err);
void bench_opts_free(bench_opts *o);
void bench_print_help(void);
/* Splits "a:x=1,y=2,b" into index specs and expands "k=1|2" sweeps. */
int bench_expand_index_list(const char *arg, strlist *out, omen_error *err);
int strlist_push(strlist *l, const char *s);
void strlist_free(strlist *l);

/* report.c: the result files, one writer per format. */
int bench_write_results(const bench_opts *o, const bench_rows *rows, omen_error *err);
void bench_write_rows(FILE *f, int format, const bench_rows *rows, const char *provenance_json);
/* provenance.c */
char *bench_provenance_json(const bench_opts *o, const bench_rows *rows);
void bench_json_string(FILE *f, const char *s);
/* Samples the process's huge-page use for provenance (after loading data). */
void bench_note_hugepages(void);
/* rows.c */
int bench_rows_push(bench_rows *rows, const bench_row *r);
/* Median, min, max, throughput and cv of a row from its timed passes
 * (seconds each; sorted in place). */
void bench_row_timing(bench_row *r, double *samples, int repeat, size_t ops, int threads);
/* report.c: 1 if path exists and is a device or pipe rather than a file. */
int bench_out_is_device(const char *path);
/* rows == NULL with FMT_JSON writes prov itself (the CSV companion file). */
int bench_write_atomically(const char *path, int format, const bench_rows *rows,
                           const char *prov, omen_error *err);

/* tune.c: --tune turns --index V into binsearch, V and V's grid; after the
 * sweep, prints each dataset's table and verdict. */
int bench_tune_plan(bench_opts *o, omen_error *err);
void bench_tune_report(FILE *f, const bench_opts *o, const bench_rows *rows);

/* floor.c: dependent chase and independent random loads over n uint64. */
int bench_floor(size_t n, size_t ops, int repeat, uint64_t seed, bench_row *chase,
                bench_row *loads, uint64_t *sink, omen_error *err);

/* csv.c: reads a CSV that omen-bench wrote (for --resume and omen-compare). */
int bench_read_csv(const char *path, bench_rows *rows, omen_error *err);
/* The identity of a row: dataset, index, params, workload, threads, isa. */
int bench_same_cell(const bench_row *a, const bench_row *b);

#endif
