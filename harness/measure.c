/* One cell of the sweep: build its index, fit its stream to --budget,
 * calibrate its loops, run its timed passes and validate them. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness/index_spec.h"
#include "harness/sweep.h"
#include "harness/timing.h"
#include "kernels/kernels.h"

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

void measure_cell_row(bench_row *r, const char *dataset, const char *index, const char *params,
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

const char *measure_isa_name(const bench_opts *o, size_t s)
{
    return o->isa.n ? o->isa.v[s] : omen_kernels->isa;
}

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
void measure_calibrate(const bench_opts *o, cell *c, const oracle_ref *oracle)
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

void measure_select_isa(const bench_opts *o, size_t s)
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
double measure_time(const bench_opts *o, cell *c)
{
    measure_select_isa(o, c->isa);
    omen_workload warm = *c->full;
    size_t take = warm.count < 20000 ? warm.count : 20000;
    warm.keys += warm.count - take;
    if (warm.his)
        warm.his += warm.count - take;
    warm.count = take;
    uint64_t cs;
    bench_timed_pass(o, c->b->vt, c->b->ix, &warm, c->threads, 1, &cs);
    double t = bench_timed_pass(o, c->b->vt, c->b->ix, &c->wv, c->threads, c->loops, &cs);
    c->valid &= cs == c->expect * c->loops; /* checksums add up, modulo 2^64 */
    return t;
}

/* The mixed workload inserts, so every pass starts from a fresh build
 * (untimed) of the same data, and its passes run back to back. */
int measure_mixed(const bench_opts *o, const omen_dataset *ds, cell *c, omen_error *err)
{
    built *b = c->b;
    measure_select_isa(o, c->isa);
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

/* Builds index x (--build-repeat times, keeping the median time). */
int measure_build_index(const bench_opts *o, const omen_dataset *ds, size_t x, built *b,
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
