/* The sweep's schedule: which datasets are loaded together, which indexes
 * are built and measured in one round-robin group, the floor rows, and a
 * checkpoint after every row. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness/checkpoint.h"
#include "harness/describe.h"
#include "harness/index_spec.h"
#include "harness/sweep.h"
#include "harness/timing.h"
#include "kernels/kernels.h"
#include "registry/registry.h"

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
                    measure_cell_row(&key, o->data.v[d], spec.name, spec.params, o->workload.v[w],
                             o->threads[t], measure_isa_name(o, s));
                    left += !bench_cell_done(sw->rows, &key);
                }
    }
    return left;
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
    /* Per cell and pass: its sample, then its reference before and after. */
    double *samples = calloc(3 * ncell * (size_t)o->repeat, sizeof *samples);
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
        rc = measure_rw_only(o) ? measure_rw_resolve(o, x, b, err)
                                : measure_build_index(o, &dc->ds, x, b, err);
        for (size_t s = 0; !rc && s < nisa; s++)
            for (size_t w = 0; w < o->workload.n; w++)
                for (size_t t = 0; t < o->nthreads; t++) {
                    cell *c = &cs[nc];
                    measure_cell_row(&c->row, o->data.v[d], b->vt->name, b->params, wl[w].spec.name,
                             o->threads[t], measure_isa_name(o, s));
                    if (bench_cell_done(sw->rows, &c->row))
                        continue;
                    const char *why = omen_workload_is_rw(wl[w].spec.kind)
                                          ? measure_rw_skip(&wl[w], b->vt, o->threads[t])
                                          : NULL;
                    if (why) {
                        /* Stated even with --quiet: a missing row needs its reason. */
                        fprintf(stderr, "skipped: workload %s on index %s: %s\n",
                                wl[w].spec.name, b->vt->name, why);
                        sw->prog.done++;
                        continue;
                    }
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
                    c->samples = samples + 3 * nc * (size_t)o->repeat;
                    c->ref_lo = c->samples + o->repeat;
                    c->ref_hi = c->ref_lo + o->repeat;
                    nc++;
                }
    }
    reference_link(cs, nc);
    for (size_t i = 0; !rc && i < nc; i++) {
        if (omen_workload_writes(cs[i].full->spec.kind))
            continue; /* writes: measured last, on fresh builds */
        measure_select_isa(o, cs[i].isa);
        measure_calibrate(o, &cs[i], &cs[i].b->ctx->oref);
    }
    size_t nro = 0, nrw = 0;
    for (size_t i = 0; i < nc; i++) {
        nro += !omen_workload_writes(cs[i].full->spec.kind);
        nrw += omen_workload_is_rw(cs[i].full->spec.kind);
    }
    double t0 = bench_now_sec();
    for (int r = 0; !rc && r < o->repeat && nro; r++) {
        if (!o->quiet && nro > 1) {
            double el = bench_now_sec() - t0;
            fprintf(stderr, "  pass %d of %d over %zu rows of %zu dataset(s)", r + 1, o->repeat,
                    nro, nctx);
            if (r > 0)
                fprintf(stderr, " (%.0fs elapsed, ~%.0fs left)", el,
                        el / r * (o->repeat - r));
            fputc('\n', stderr);
        }
        reference_pass(o, cs, nc, r);
    }
    /* Read-write cells: pass r of each before pass r+1 of any, too. */
    t0 = bench_now_sec();
    for (int r = 0; !rc && r < o->repeat && nrw; r++) {
        if (!o->quiet) {
            double el = bench_now_sec() - t0;
            fprintf(stderr, "  read-write pass %d of %d over %zu rows", r + 1, o->repeat, nrw);
            if (r > 0)
                fprintf(stderr, " (%.0fs elapsed, ~%.0fs left)", el, el / r * (o->repeat - r));
            fputc('\n', stderr);
        }
        for (size_t i = 0; !rc && i < nc; i++)
            if (omen_workload_is_rw(cs[i].full->spec.kind))
                rc = measure_rw_pass(o, &cs[i], r, err);
    }
    for (size_t i = 0; !rc && i < nc; i++)
        if (cs[i].full->spec.kind == OMEN_WL_MIXED)
            rc = measure_mixed(o, &cs[i].b->ctx->ds, &cs[i], err);
    for (size_t i = 0; !rc && i < nc; i++) /* before the samples are sorted */
        reference_relate(o, &cs[i]);
    for (size_t i = 0; !rc && i < nc; i++) {
        cell *c = &cs[i];
        /* A failed storage read answered "not found": the row would be a
         * wrong measurement, so the sweep stops with the storage's message. */
        if (c->b->ix && c->b->vt->read_error &&
            (rc = c->b->vt->read_error(c->b->ix, err)) != OMEN_OK)
            break;
        bench_row *row = &c->row;
        bench_row_timing(row, c->samples, o->repeat, c->wv.count * c->loops, c->threads);
        row->n = c->b->ctx->ds.n;
        row->dataset_hash = c->b->ctx->ds.hash;
        row->size_bytes = c->b->ix ? c->b->vt->size_bytes(c->b->ix) : 0;
        row->valid = c->valid;
        row->build_ms = c->b->build_ms;
        if (omen_workload_is_rw(c->full->spec.kind))
            measure_rw_finish(o, c, row);
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
    measure_select_isa(o, 0);
    for (size_t i = 0; cs && i < nc; i++) {
        free(cs[i].lat);
        free(cs[i].builds);
    }
    free(bs);
    free(cs);
    free(samples);
    return rc;
}

static int run_floor(sweep *sw, const omen_dataset *ds, size_t d, omen_error *err)
{
    const bench_opts *o = sw->o;
    bench_row chase, loads;
    measure_cell_row(&chase, o->data.v[d], "floor", "chase", "point", 1, omen_kernels->isa);
    measure_cell_row(&loads, o->data.v[d], "floor", "loads", "point", 1, omen_kernels->isa);
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
            c->expect[w] = omen_workload_is_rw(ws.kind)
                               ? c->wl[w].expect
                               : bench_oracle_checksum(oracle, oix, &c->wl[w]);
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
int schedule_run_datasets(sweep *sw, omen_error *err)
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
