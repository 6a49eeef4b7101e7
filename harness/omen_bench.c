/* omen-bench: the sweep driver. For every dataset x index x ISA x workload x
 * thread count it builds the index, times the lookup stream (warm-up, then
 * --repeat timed runs), checks every run's checksum against the oracle
 * (binsearch on the same stream) and records one row. */
#define _GNU_SOURCE /* pthread_setaffinity_np */
#include <errno.h>
#include <math.h>
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <omp.h>

#include "datasets/dataset.h"
#include "datasets/workload.h"
#include "harness/bench.h"
#include "harness/checkpoint.h"
#include "harness/describe.h"
#include "harness/index_spec.h"
#include "harness/relative.h"
#include "harness/timing.h"
#include "indexes/index.h"
#include "registry/registry.h"
#include "kernels/kernels.h"

enum { EXIT_INVALID = 1, EXIT_USAGE = 2 };

static void list_indexes(void)
{
    size_t count;
    const omen_index_vtable *const *all = omen_registry(&count);
    for (size_t i = 0; i < count; i++)
        printf("%-12s %s\n%-12s params: %s\n", all[i]->name, all[i]->description, "",
               all[i]->params_help);
    for (size_t i = 0; i < count; i++)
        if (all[i]->tune_grid)
            printf("%-12s --tune grid: %s\n", all[i]->name, all[i]->tune_grid);
}

/* Everything that can be checked before hours of work is checked first, so a
 * typo fails in a second and leaves no output file. */
static int validate_inputs(const bench_opts *o, omen_error *err)
{
    static const uint64_t probe_keys[3] = {1, 2, 3}, probe_pay[3] = {0, 0, 0};
    for (size_t i = 0; i < o->index.n; i++) {
        omen_index_spec spec;
        if (omen_index_spec_resolve(o->index.v[i], &spec, err))
            return err->code;
        omen_index *ix;
        int rc = spec.vt->build(probe_keys, probe_pay, 3, spec.params, &ix, err);
        if (rc)
            return rc;
        spec.vt->free(ix);
    }
    for (size_t i = 0; i < o->workload.n; i++) {
        omen_workload_spec ws;
        int rc = omen_workload_parse(o->workload.v[i], &ws, err);
        if (rc)
            return rc;
    }
    for (size_t i = 0; i < o->isa.n; i++) {
        omen_error why;
        if (omen_kernels_check(o->isa.v[i], &why))
            return omen_errorf(err, why.code, "--isa %s: %s", o->isa.v[i], why.msg);
    }
    if (o->out && bench_out_is_device(o->out)) {
        if (access(o->out, W_OK) != 0)
            return omen_errorf(err, OMEN_EIO, "cannot write results to %s: %s", o->out,
                               strerror(errno));
    } else if (o->out) {
        /* The place the results go must take a file now, not after the sweep. */
        char probe[4200];
        snprintf(probe, sizeof probe, "%s.tmp.%ld", o->out, (long)getpid());
        FILE *f = fopen(probe, "w");
        if (!f)
            return omen_errorf(err, OMEN_EIO, "cannot write results to %s: %s", o->out,
                               strerror(errno));
        fclose(f);
        unlink(probe);
    }
    for (size_t i = 0; i < o->data.n; i++) {
        const char *d = o->data.v[i];
        if (omen_synth_is_name(d)) {
            omen_synth_spec s;
            int rc = omen_synth_parse(d, &s, err);
            if (rc)
                return rc;
        } else {
            omen_dataset ds;
            int rc = omen_dataset_load_sosd(d, &ds, err);
            if (rc)
                return rc;
            omen_dataset_free(&ds);
        }
    }
    return OMEN_OK;
}

typedef struct progress {
    size_t done, total, measured;
    double start;
    int quiet;
} progress;

static void progress_report(progress *p, const bench_row *r)
{
    p->done++;
    p->measured++;
    if (p->quiet)
        return;
    double el = bench_now_sec() - p->start;
    double left = el / (double)p->measured * (double)(p->total - p->done);
    fprintf(stderr, "[%zu/%zu] %s %s%s%s %s t=%d %s: %.1f ns/op%s  (%.0fs elapsed, ~%.0fs left)\n",
            p->done, p->total, r->dataset, r->index, r->params[0] ? ":" : "", r->params,
            r->workload, r->threads, r->isa, r->ns_per_op, r->valid ? "" : "  INVALID", el,
            left);
}

static int print_stats(const omen_dataset *ds, const omen_index_vtable *vt, const char *params,
                       const omen_index *ix, omen_index_stats *keep, int quiet)
{
    if (!vt->stats && quiet)
        return 0;
    if (!vt->stats) {
        printf("stats %s %s: no model statistics (not a learned index)\n", ds->name, vt->name);
        return 0;
    }
    omen_index_stats st;
    memset(&st, 0, sizeof st);
    if (vt->stats(ix, &st) != OMEN_OK)
        return -1;
    *keep = st;
    if (quiet) /* --tune keeps the note for its table */
        return 0;
    printf("stats dataset=%s index=%s params=%s mean_abs_error=%.2f max_abs_error=%llu "
           "models=%llu size_bytes=%llu (%.4f%% of keys)%s%s%s\n",
           ds->name, vt->name, params[0] ? params : "-", st.mean_abs_error,
           (unsigned long long)st.max_abs_error, (unsigned long long)st.models,
           (unsigned long long)st.size_bytes,
           ds->n ? 100.0 * (double)st.size_bytes / ((double)ds->n * 8) : 0.0,
           st.note[0] ? " note=\"" : "", st.note, st.note[0] ? "\"" : "");
    fflush(stdout);
    return 0;
}

/* The sweep and what it has done so far. */
typedef struct sweep {
    const bench_opts *o;
    bench_rows *rows; /* finished rows, including those resumed from a checkpoint */
    char partial[4200]; /* checkpoint file, rewritten whole after every row */
    progress prog;
    int invalid;
} sweep;

static void cell_row(bench_row *r, const char *dataset, const char *index, const char *params,
                     const char *workload, int threads, const char *isa)
{
    memset(r, 0, sizeof *r);
    snprintf(r->dataset, sizeof r->dataset, "%s", dataset);
    snprintf(r->index, sizeof r->index, "%s", index);
    snprintf(r->params, sizeof r->params, "%s", params);
    snprintf(r->workload, sizeof r->workload, "%s", workload);
    r->threads = threads;
    snprintf(r->isa, sizeof r->isa, "%s", isa);
}

static const char *isa_name(const bench_opts *o, size_t s)
{
    return o->isa.n ? o->isa.v[s] : omen_kernels->isa;
}

/* Counts the cells of dataset d (and index x, unless x == SIZE_MAX) still to run. */
static size_t cells_left(const sweep *sw, size_t d, size_t x)
{
    const bench_opts *o = sw->o;
    size_t left = 0, nisa = o->isa.n ? o->isa.n : 1;
    for (size_t i = 0; i < o->index.n; i++) {
        if (x != SIZE_MAX && i != x)
            continue;
        omen_index_spec spec;
        omen_index_spec_split(o->index.v[i], &spec);
        for (size_t s = 0; s < nisa; s++)
            for (size_t w = 0; w < o->workload.n; w++)
                for (size_t t = 0; t < o->nthreads; t++) {
                    bench_row key;
                    cell_row(&key, o->data.v[d], spec.name, spec.params, o->workload.v[w],
                             o->threads[t], isa_name(o, s));
                    left += !bench_cell_done(sw->rows, &key);
                }
    }
    return left;
}

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
} cell;

/* --budget: a timed pass should take about the budget. A stream that takes
 * longer is cut to a prefix (slow indexes such as RocksDB ranges would take
 * minutes a row); the row's ops says how many ran, and the oracle's checksum
 * is recomputed for exactly that prefix. Returns seconds per lookup of the
 * whole stream as estimated on its first 10000, or 0 when there is no
 * budget. A mixed stream's probe inserts: the caller rebuilds after it. */
static double fit_budget(const bench_opts *o, cell *c, const oracle_ref *oracle)
{
    c->wv = *c->full;
    c->loops = 1;
    if (!(o->budget > 0) || c->full->count <= 10000)
        return 0;
    omen_workload probe = *c->full;
    probe.count = 10000;
    uint64_t cs;
    double t = 0;
    for (int k = 0; k < 2; k++) /* the second, warmer pass is the estimate */
        t = bench_timed_pass(o, c->b->vt, c->b->ix, &probe, c->threads, 1, &cs);
    double want = o->budget / (t / 10000.0);
    if (want < (double)c->full->count) {
        c->wv.count = want < 10000 ? 10000 : (size_t)want;
        c->expect = bench_oracle_checksum(oracle->vt, oracle->ix, &c->wv);
    }
    return want;
}

/* A read-only cell before its round-robin passes: fitted to --budget, and
 * a stream that is much quicker than the budget (a small dataset mostly in
 * cache) is run several times per pass, up to 16: a pass of a few
 * milliseconds measures the machine's hiccups more than the index. */
static void calibrate(const bench_opts *o, cell *c, const oracle_ref *oracle)
{
    double want = fit_budget(o, c, oracle);
    if (want > (double)c->full->count) {
        double loops = want / (double)c->full->count;
        c->loops = loops >= 16 ? 16 : loops >= 2 ? (unsigned)loops : 1;
    }
    /* One untimed pass over what will be timed: caches that outlive the
     * other rows' passes (RocksDB's block cache, the page cache under it)
     * start warm instead of making the first pass an outlier. */
    uint64_t cs;
    bench_timed_pass(o, c->b->vt, c->b->ix, &c->wv, c->threads, 1, &cs);
}

static void select_isa(const bench_opts *o, size_t s)
{
    if (o->isa.n)
        omen_kernels_init(o->isa.v[s], NULL);
}

/* One sample of a cell: a short warm-up (the index's upper structure back
 * in cache, TLB, predictors, the thread pool: the cell before it left them
 * to another index), then a timed pass, validated. The warm-up takes the
 * stream's last lookups, which a pass cut by --budget never times, and few
 * of them, so it caches the model but hardly any of the data lines the
 * timed pass will read. */
static void sample_cell(const bench_opts *o, cell *c, int r)
{
    select_isa(o, c->isa);
    omen_workload warm = *c->full;
    size_t take = warm.count < 20000 ? warm.count : 20000;
    warm.keys += warm.count - take;
    if (warm.his)
        warm.his += warm.count - take;
    warm.count = take;
    uint64_t cs;
    bench_timed_pass(o, c->b->vt, c->b->ix, &warm, c->threads, 1, &cs);
    c->samples[r] = bench_timed_pass(o, c->b->vt, c->b->ix, &c->wv, c->threads, c->loops, &cs);
    c->valid &= cs == c->expect * c->loops; /* checksums add up, modulo 2^64 */
}

/* The mixed workload inserts, so every pass starts from a fresh build
 * (untimed) of the same data, and its passes run back to back. */
static int measure_mixed(const bench_opts *o, const omen_dataset *ds, cell *c, omen_error *err)
{
    built *b = c->b;
    select_isa(o, c->isa);
    fit_budget(o, c, &b->ctx->oref);
    for (int r = 0; r < o->repeat; r++) {
        b->vt->free(b->ix);
        b->ix = NULL;
        int rc = b->vt->build(ds->keys, ds->payloads, ds->n, b->params, &b->ix, err);
        if (rc)
            return rc;
        uint64_t cs;
        c->samples[r] = bench_timed_pass(o, b->vt, b->ix, &c->wv, c->threads, 1, &cs);
        c->valid &= cs == c->expect;
    }
    return OMEN_OK;
}

static int record(sweep *sw, const bench_row *row, omen_error *err)
{
    if (!row->valid) {
        sw->invalid = 1;
        fprintf(stderr,
                "omen-bench: INVALID: index %s%s%s on dataset %s, workload %s, %d thread(s): "
                "answers differ from the oracle (binsearch)\n",
                row->index, row->params[0] ? ":" : "", row->params, row->dataset,
                row->workload, row->threads);
    }
    if (bench_rows_push(sw->rows, row))
        return omen_errorf(err, OMEN_ENOMEM, "out of memory");
    progress_report(&sw->prog, row);
    /* Checkpoint: a killed sweep leaves every finished row in a whole file. */
    if (sw->partial[0])
        return bench_write_atomically(sw->partial, FMT_CSV, sw->rows, NULL, err);
    return OMEN_OK;
}

/* Builds index x (--build-repeat times, keeping the median time). */
static int build_index(const bench_opts *o, const omen_dataset *ds, size_t x, built *b,
                       omen_error *err)
{
    omen_index_spec spec;
    if (omen_index_spec_resolve(o->index.v[x], &spec, err))
        return err->code;
    b->vt = spec.vt;
    b->params = spec.params;
    double samples[101];
    int rc = OMEN_OK;
    for (int k = 0; k < o->build_repeat && !rc; k++) {
        if (b->ix)
            b->vt->free(b->ix);
        b->ix = NULL;
        double t0 = bench_now_sec();
        rc = b->vt->build(ds->keys, ds->payloads, ds->n, b->params, &b->ix, err);
        samples[k] = (bench_now_sec() - t0) * 1e3;
    }
    if (rc)
        return rc;
    qsort(samples, (size_t)o->build_repeat, sizeof *samples, bench_cmp_double);
    b->build_ms = samples[o->build_repeat / 2];
    b->has_stats = (o->stats || o->tune) &&
                   print_stats(ds, b->vt, b->params, b->ix, &b->st, !o->stats) == 0 &&
                   b->vt->stats;
    return OMEN_OK;
}

/* rel_ns of a read-only cell: against the binsearch cell of the same
 * dataset, workload, threads and kernels, pass by pass (harness/relative.c). */
static void relate_to_reference(const bench_opts *o, const cell *cs, size_t nc, cell *c)
{
    if (c->full->spec.kind == OMEN_WL_MIXED)
        return;
    for (size_t j = 0; j < nc; j++) {
        const cell *ref = &cs[j];
        if (ref->b->ctx == c->b->ctx && ref->full == c->full && ref->threads == c->threads &&
            ref->isa == c->isa && !strcmp(ref->b->vt->name, "binsearch")) {
            bench_row_relative(&c->row, c->samples, c->wv.count * c->loops, ref->samples,
                               ref->wv.count * ref->loops, o->repeat);
            return;
        }
    }
}

/* Measures indexes [x0, x1) of each of the nctx datasets. The indexes are
 * built first; then every cell is calibrated, and the timed passes go
 * round-robin: pass r of every cell runs before pass r+1 of any. A slow
 * drift or a burst of load on this shared machine then touches one pass of
 * many rows instead of every pass of one row, and the median discards it.
 * Cells that insert (mixed) run last, each pass on a fresh build. */
static int run_group(sweep *sw, dataset_ctx *ctx, size_t nctx, size_t x0, size_t x1,
                     omen_error *err)
{
    const bench_opts *o = sw->o;
    size_t nisa = o->isa.n ? o->isa.n : 1, nb = nctx * (x1 - x0);
    size_t ncell = nb * nisa * o->workload.n * o->nthreads;
    built *bs = calloc(nb, sizeof *bs);
    cell *cs = calloc(ncell, sizeof *cs);
    double *samples = calloc(ncell * (size_t)o->repeat, sizeof *samples);
    int rc = bs && cs && samples ? OMEN_OK : omen_errorf(err, OMEN_ENOMEM, "out of memory");
    size_t nc = 0;
    for (size_t u = 0; !rc && u < nb; u++) {
        dataset_ctx *dc = &ctx[u / (x1 - x0)];
        size_t d = dc->d, x = x0 + u % (x1 - x0);
        const omen_workload *wl = dc->wl;
        if (!cells_left(sw, d, x))
            continue;
        built *b = &bs[u];
        b->ctx = dc;
        rc = build_index(o, &dc->ds, x, b, err);
        for (size_t s = 0; !rc && s < nisa; s++)
            for (size_t w = 0; w < o->workload.n; w++)
                for (size_t t = 0; t < o->nthreads; t++) {
                    cell *c = &cs[nc];
                    cell_row(&c->row, o->data.v[d], b->vt->name, b->params, wl[w].spec.name,
                             o->threads[t], isa_name(o, s));
                    if (bench_cell_done(sw->rows, &c->row))
                        continue;
                    if (wl[w].spec.kind == OMEN_WL_MIXED && !(b->vt->insert)) {
                        /* Stated even with --quiet: a missing row needs its reason. */
                        if (t == 0)
                            fprintf(stderr, "skipped: workload %s inserts, and index %s "
                                            "cannot insert\n", wl[w].spec.name, b->vt->name);
                        sw->prog.done++;
                        continue;
                    }
                    c->b = b;
                    c->isa = s;
                    c->full = &wl[w];
                    c->expect = dc->expect[w];
                    c->threads = o->threads[t];
                    c->valid = 1;
                    c->samples = samples + nc * (size_t)o->repeat;
                    nc++;
                }
    }
    for (size_t i = 0; !rc && i < nc; i++) {
        if (cs[i].full->spec.kind == OMEN_WL_MIXED)
            continue; /* inserts: measured last, on fresh builds */
        select_isa(o, cs[i].isa);
        calibrate(o, &cs[i], &cs[i].b->ctx->oref);
    }
    double t0 = bench_now_sec();
    for (int r = 0; !rc && r < o->repeat; r++) {
        if (!o->quiet && nc > 1) {
            double el = bench_now_sec() - t0;
            fprintf(stderr, "  pass %d of %d over %zu rows of %zu dataset(s)", r + 1, o->repeat,
                    nc, nctx);
            if (r > 0)
                fprintf(stderr, " (%.0fs elapsed, ~%.0fs left)", el,
                        el / r * (o->repeat - r));
            fputc('\n', stderr);
        }
        for (size_t i = 0; i < nc; i++)
            if (cs[i].full->spec.kind != OMEN_WL_MIXED)
                sample_cell(o, &cs[i], r);
    }
    for (size_t i = 0; !rc && i < nc; i++)
        if (cs[i].full->spec.kind == OMEN_WL_MIXED)
            rc = measure_mixed(o, &cs[i].b->ctx->ds, &cs[i], err);
    for (size_t i = 0; !rc && i < nc; i++) /* before the samples are sorted */
        relate_to_reference(o, cs, nc, &cs[i]);
    for (size_t i = 0; !rc && i < nc; i++) {
        cell *c = &cs[i];
        /* A failed storage read answered "not found": the row would be a
         * wrong measurement, so the sweep stops with the storage's message. */
        if (c->b->vt->read_error && (rc = c->b->vt->read_error(c->b->ix, err)) != OMEN_OK)
            break;
        bench_row *row = &c->row;
        bench_row_timing(row, c->samples, o->repeat, c->wv.count * c->loops, c->threads);
        row->n = c->b->ctx->ds.n;
        row->dataset_hash = c->b->ctx->ds.hash;
        row->size_bytes = c->b->vt->size_bytes(c->b->ix);
        row->valid = c->valid;
        row->build_ms = c->b->build_ms;
        if (c->b->has_stats) {
            row->has_stats = 1;
            row->mean_err = c->b->st.mean_abs_error;
            row->max_err = c->b->st.max_abs_error;
            row->models = c->b->st.models;
            snprintf(row->note, sizeof row->note, "%s", c->b->st.note);
        }
        rc = record(sw, row, err);
    }
    for (size_t i = 0; bs && i < nb; i++)
        if (bs[i].ix)
            bs[i].vt->free(bs[i].ix);
    select_isa(o, 0);
    free(bs);
    free(cs);
    free(samples);
    return rc;
}

static int run_floor(sweep *sw, const omen_dataset *ds, size_t d, omen_error *err)
{
    const bench_opts *o = sw->o;
    bench_row chase, loads;
    cell_row(&chase, o->data.v[d], "floor", "chase", "point", 1, omen_kernels->isa);
    cell_row(&loads, o->data.v[d], "floor", "loads", "point", 1, omen_kernels->isa);
    if (bench_cell_done(sw->rows, &chase) && bench_cell_done(sw->rows, &loads))
        return OMEN_OK;
    static uint64_t sink;
    int rc = bench_floor(ds->n, o->lookups, o->repeat, o->seed, &chase, &loads, &sink, err);
    for (int k = 0; !rc && k < 2; k++) {
        bench_row *r = k ? &loads : &chase;
        r->n = ds->n;
        r->dataset_hash = ds->hash;
        if (!bench_cell_done(sw->rows, r))
            rc = record(sw, r, err);
    }
    return rc;
}

/* Loads dataset d, makes its streams, computes the oracle's checksums (all
 * before any clock starts) and measures its floor when asked. */
static int prepare_dataset(sweep *sw, size_t d, dataset_ctx *c, omen_error *err)
{
    const bench_opts *o = sw->o;
    memset(c, 0, sizeof *c);
    c->d = d;
    if (!o->quiet)
        fprintf(stderr, "loading %s ...\n", o->data.v[d]);
    int rc = omen_dataset_open(o->data.v[d], &c->ds, err);
    if (rc)
        return rc;
    c->loaded = 1;
    bench_note_hugepages();
    c->wl = calloc(o->workload.n, sizeof *c->wl);
    c->expect = calloc(o->workload.n, sizeof *c->expect);
    if (!c->wl || !c->expect)
        return omen_errorf(err, OMEN_ENOMEM, "out of memory");
    const omen_index_vtable *oracle = omen_registry_find("binsearch");
    omen_index *oix = NULL;
    rc = oracle->build(c->ds.keys, c->ds.payloads, c->ds.n, "", &oix, err);
    c->oref = (oracle_ref){oracle, oix};
    for (size_t w = 0; !rc && w < o->workload.n; w++) {
        omen_workload_spec ws;
        rc = omen_workload_parse(o->workload.v[w], &ws, err);
        if (!rc)
            rc = omen_workload_make(&ws, &c->ds, o->lookups, o->seed, &c->wl[w], err);
        if (!rc)
            c->expect[w] = bench_oracle_checksum(oracle, oix, &c->wl[w]);
    }
    if (!rc && o->floor)
        rc = run_floor(sw, &c->ds, d, err);
    return rc;
}

static void release_dataset(const bench_opts *o, dataset_ctx *c)
{
    if (c->oref.ix)
        c->oref.vt->free((omen_index *)c->oref.ix);
    for (size_t w = 0; c->wl && w < o->workload.n; w++)
        omen_workload_free(&c->wl[w]);
    free(c->wl);
    free(c->expect);
    if (c->loaded)
        omen_dataset_free(&c->ds);
    memset(c, 0, sizeof *c);
}

/* The schedule (--schedule): by default every dataset is loaded and every
 * index built first, and the passes go round-robin over all rows of the
 * sweep, so the passes of each row are spread over the whole run and a burst
 * of load, which on this shared machine lasts tens of seconds, touches one
 * pass of each row it meets instead of most passes of the rows of one
 * dataset. `dataset` does the same one dataset at a time (memory for one
 * dataset's indexes; rows are checkpointed as each dataset ends), and
 * `sequential` one index at a time. */
static int run_datasets(sweep *sw, omen_error *err)
{
    const bench_opts *o = sw->o;
    dataset_ctx *ctx = calloc(o->data.n ? o->data.n : 1, sizeof *ctx);
    if (!ctx)
        return omen_errorf(err, OMEN_ENOMEM, "out of memory");
    int rc = OMEN_OK;
    if (o->schedule == SCHEDULE_SWEEP) {
        size_t nctx = 0;
        for (size_t d = 0; !rc && d < o->data.n; d++)
            if (cells_left(sw, d, SIZE_MAX))
                rc = prepare_dataset(sw, d, &ctx[nctx++], err);
        if (!rc && nctx)
            rc = run_group(sw, ctx, nctx, 0, o->index.n, err);
        for (size_t i = 0; i < nctx; i++)
            release_dataset(o, &ctx[i]);
    } else {
        for (size_t d = 0; !rc && d < o->data.n; d++) {
            if (!cells_left(sw, d, SIZE_MAX))
                continue;
            rc = prepare_dataset(sw, d, ctx, err);
            size_t step = o->schedule == SCHEDULE_SEQUENTIAL ? 1 : o->index.n;
            for (size_t x = 0; !rc && x < o->index.n; x += step)
                if (step > 1 || cells_left(sw, d, x))
                    rc = run_group(sw, ctx, 1, x, x + step, err);
            release_dataset(o, ctx);
        }
    }
    free(ctx);
    return rc;
}

static int run_all(const bench_opts *o, bench_rows *rows, omen_error *err)
{
    size_t nisa = o->isa.n ? o->isa.n : 1;
    sweep sw = {.o = o, .rows = rows};
    sw.prog.total = o->data.n * (o->index.n * nisa * o->workload.n * o->nthreads + 2 * o->floor);
    sw.prog.start = bench_now_sec();
    sw.prog.quiet = o->quiet;
    if (o->out && !bench_out_is_device(o->out))
        bench_partial_path(o->out, sw.partial, sizeof sw.partial);
    int rc = o->resume ? bench_checkpoint_load(o, sw.partial, rows, err) : OMEN_OK;
    /* Rows resumed from another sweep's cells are dropped from the output. */
    size_t keep = 0;
    for (size_t i = 0; i < rows->n; i++) {
        int planned = 0;
        for (size_t d = 0; d < o->data.n && !planned; d++)
            planned = !strcmp(rows->v[i].dataset, o->data.v[d]);
        if (planned)
            rows->v[keep++] = rows->v[i];
    }
    rows->n = keep;
    sw.prog.done = rows->n;
    if (!rc)
        rc = run_datasets(&sw, err);
    if (rc)
        return rc;
    return sw.invalid ? OMEN_EINTERNAL : OMEN_OK;
}

int main(int argc, char **argv)
{
    bench_opts o;
    omen_error err;
    omen_error_clear(&err);
    if (bench_parse_args(argc, argv, &o, &err)) {
        fprintf(stderr, "omen-bench: %s\n", err.msg);
        bench_opts_free(&o);
        return EXIT_USAGE;
    }
    if (o.help) {
        bench_print_help();
        bench_opts_free(&o);
        return 0;
    }
    if (o.list) {
        list_indexes();
        bench_opts_free(&o);
        return 0;
    }
    if (o.describe) {
        int rc = bench_describe(&o, &err);
        if (rc)
            fprintf(stderr, "omen-bench: %s\n", err.msg);
        bench_opts_free(&o);
        return rc ? EXIT_USAGE : 0;
    }
    if ((o.tune && bench_tune_plan(&o, &err)) || omen_kernels_init(NULL, &err) ||
        validate_inputs(&o, &err)) {
        fprintf(stderr, "omen-bench: %s\n", err.msg);
        bench_opts_free(&o);
        return EXIT_USAGE;
    }
    bench_rows rows = {0};
    int rc = run_all(&o, &rows, &err);
    int status = 0;
    if (rc == OMEN_EINTERNAL) {
        status = EXIT_INVALID; /* rows are still written: invalid ones say so */
    } else if (rc) {
        char partial[4200];
        bench_partial_path(o.out ? o.out : "", partial, sizeof partial);
        if (o.out && rows.n && access(partial, F_OK) == 0)
            fprintf(stderr, "omen-bench: %s (the %zu finished rows are in %s; run again with "
                            "--resume to continue)\n", err.msg, rows.n, partial);
        else
            fprintf(stderr, "omen-bench: %s\n", err.msg);
        free(rows.v);
        bench_opts_free(&o);
        return EXIT_USAGE;
    }
    if (o.tune)
        bench_tune_report(stdout, &o, &rows);
    if ((!o.tune || o.out) && bench_write_results(&o, &rows, &err)) {
        fprintf(stderr, "omen-bench: %s\n", err.msg);
        status = EXIT_USAGE;
    } else {
        bench_checkpoint_drop(&o);
    }
    if (status == EXIT_INVALID)
        fprintf(stderr, "omen-bench: some rows are invalid (valid=false); see above\n");
    free(rows.v);
    bench_opts_free(&o);
    return status;
}
