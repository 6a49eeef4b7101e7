/* omen-bench: the sweep driver. For every dataset x index x ISA x workload x
 * thread count it builds the index, times the lookup stream (warm-up, then
 * --repeat timed runs), checks every run's checksum against the oracle
 * (binsearch on the same stream) and records one row. */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#ifdef _OPENMP
#include <omp.h>
#endif

#include "datasets/dataset.h"
#include "datasets/workload.h"
#include "harness/bench.h"
#include "indexes/index.h"
#include "kernels/kernels.h"

enum { EXIT_INVALID = 1, EXIT_USAGE = 2 };

static double now_sec(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static const uint64_t MISS = 0x6A09E667F3BCC909ull; /* checksum term of a miss */

/* The answers for lookups [from, to) folded into one number; a sum, so it
 * does not depend on how the stream is split among threads. */
static uint64_t run_slice(const omen_index_vtable *vt, const omen_index *ix,
                          const omen_workload *w, size_t from, size_t to, size_t batch)
{
    uint64_t cs = 0;
    if (w->spec.kind == OMEN_WL_RANGE) {
        for (size_t i = from; i < to; i++) {
            omen_range_result r = vt->range(ix, w->keys[i], w->his[i]);
            cs += r.count * 0x9E3779B97F4A7C15ull + r.sum;
        }
    } else if (batch && vt->get_batch) {
        uint64_t pay[256];
        uint8_t found[256];
        size_t step = batch < 256 ? batch : 256;
        for (size_t i = from; i < to; i += step) {
            size_t m = to - i < step ? to - i : step;
            vt->get_batch(ix, w->keys + i, m, pay, found);
            for (size_t k = 0; k < m; k++)
                cs += found[k] ? pay[k] : MISS;
        }
    } else {
        for (size_t i = from; i < to; i++) {
            uint64_t p;
            cs += vt->get(ix, w->keys[i], &p) ? p : MISS;
        }
    }
    return cs;
}

/* One timed pass over the whole stream with `threads` threads; returns wall
 * seconds and sets *cs. Threads start together after a barrier. */
static double timed_pass(const omen_index_vtable *vt, const omen_index *ix,
                         const omen_workload *w, int threads, size_t batch, uint64_t *cs)
{
    double t0 = 0, t1 = 0;
    uint64_t total = 0;
#ifdef _OPENMP
#pragma omp parallel num_threads(threads) reduction(+ : total)
    {
        int t = omp_get_thread_num(), nt = omp_get_num_threads();
        size_t from = w->count * (size_t)t / (size_t)nt;
        size_t to = w->count * (size_t)(t + 1) / (size_t)nt;
#pragma omp barrier
#pragma omp single
        t0 = now_sec();
        total += run_slice(vt, ix, w, from, to, batch);
#pragma omp barrier
#pragma omp single
        t1 = now_sec();
    }
#else
    (void)threads;
    t0 = now_sec();
    total = run_slice(vt, ix, w, 0, w->count, batch);
    t1 = now_sec();
#endif
    *cs = total;
    return t1 - t0;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* Splits "name:params" into its registry entry and parameter string. */
static const omen_index_vtable *resolve_index(const char *spec, const char **params,
                                              omen_error *err)
{
    const char *colon = strchr(spec, ':');
    char name[64];
    size_t len = colon ? (size_t)(colon - spec) : strlen(spec);
    if (len >= sizeof name)
        len = sizeof name - 1;
    memcpy(name, spec, len);
    name[len] = '\0';
    *params = colon ? colon + 1 : "";
    const omen_index_vtable *vt = omen_registry_find(name);
    if (!vt) {
        size_t count;
        const omen_index_vtable *const *all = omen_registry(&count);
        char known[512] = "";
        for (size_t i = 0; i < count; i++)
            snprintf(known + strlen(known), sizeof known - strlen(known), "%s%s",
                     i ? ", " : "", all[i]->name);
        omen_errorf(err, OMEN_EINVAL, "unknown index '%s'; registered: %s (see --list)",
                    name, known);
    }
    return vt;
}

static void list_indexes(void)
{
    size_t count;
    const omen_index_vtable *const *all = omen_registry(&count);
    for (size_t i = 0; i < count; i++)
        printf("%-12s %s\n%-12s params: %s\n", all[i]->name, all[i]->description, "",
               all[i]->params_help);
}

/* Everything that can be checked before hours of work is checked first, so a
 * typo fails in a second and leaves no output file. */
static int validate_inputs(const bench_opts *o, omen_error *err)
{
    static const uint64_t probe_keys[3] = {1, 2, 3}, probe_pay[3] = {0, 0, 0};
    for (size_t i = 0; i < o->index.n; i++) {
        const char *params;
        const omen_index_vtable *vt = resolve_index(o->index.v[i], &params, err);
        if (!vt)
            return err->code;
        omen_index *ix;
        int rc = vt->build(probe_keys, probe_pay, 3, params, &ix, err);
        if (rc)
            return rc;
        vt->free(ix);
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
    if (o->out) {
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
    size_t done, total;
    double start;
    int quiet;
} progress;

static void progress_report(progress *p, const bench_row *r)
{
    p->done++;
    if (p->quiet)
        return;
    double el = now_sec() - p->start;
    double left = p->done ? el / (double)p->done * (double)(p->total - p->done) : 0;
    fprintf(stderr, "[%zu/%zu] %s %s%s%s %s t=%d %s: %.1f ns/op%s  (%.0fs elapsed, ~%.0fs left)\n",
            p->done, p->total, r->dataset, r->index, r->params[0] ? ":" : "", r->params,
            r->workload, r->threads, r->isa, r->ns_per_op, r->valid ? "" : "  INVALID", el,
            left);
}

static int print_stats(const omen_dataset *ds, const omen_index_vtable *vt, const char *params,
                       const omen_index *ix)
{
    if (!vt->stats) {
        printf("stats %s %s: no model statistics (not a learned index)\n", ds->name, vt->name);
        return 0;
    }
    omen_index_stats st;
    memset(&st, 0, sizeof st);
    if (vt->stats(ix, &st) != OMEN_OK)
        return -1;
    printf("stats dataset=%s index=%s params=%s mean_abs_error=%.2f max_abs_error=%llu "
           "models=%llu size_bytes=%llu (%.4f%% of keys)\n",
           ds->name, vt->name, params[0] ? params : "-", st.mean_abs_error,
           (unsigned long long)st.max_abs_error, (unsigned long long)st.models,
           (unsigned long long)st.size_bytes,
           ds->n ? 100.0 * (double)st.size_bytes / ((double)ds->n * 8) : 0.0);
    return 0;
}

static int run_all(const bench_opts *o, bench_rows *rows, omen_error *err)
{
    size_t nisa = o->isa.n ? o->isa.n : 1;
    progress prog = {0, o->data.n * o->index.n * nisa * o->workload.n * o->nthreads, now_sec(),
                     o->quiet};
    int invalid = 0;
    for (size_t d = 0; d < o->data.n; d++) {
        omen_dataset ds;
        if (!o->quiet)
            fprintf(stderr, "loading %s ...\n", o->data.v[d]);
        int rc = omen_dataset_open(o->data.v[d], &ds, err);
        if (rc)
            return rc;
        omen_workload *wl = calloc(o->workload.n, sizeof *wl);
        uint64_t *expect = calloc(o->workload.n, sizeof *expect);
        int *skip = calloc(o->workload.n, sizeof *skip);
        if (!wl || !expect || !skip) {
            free(wl), free(expect), free(skip);
            omen_dataset_free(&ds);
            return omen_errorf(err, OMEN_ENOMEM, "out of memory");
        }
        /* Streams and the oracle's checksums, before any clock starts. */
        const omen_index_vtable *oracle = omen_registry_find("binsearch");
        omen_index *oix = NULL;
        rc = oracle->build(ds.keys, ds.payloads, ds.n, "", &oix, err);
        for (size_t w = 0; !rc && w < o->workload.n; w++) {
            omen_workload_spec ws;
            rc = omen_workload_parse(o->workload.v[w], &ws, err);
            if (!rc)
                rc = omen_workload_make(&ws, &ds, o->lookups, o->seed, &wl[w], err);
            if (!rc && ws.kind != OMEN_WL_MIXED)
                expect[w] = run_slice(oracle, oix, &wl[w], 0, wl[w].count, 0);
        }
        if (oix)
            oracle->free(oix);

        for (size_t x = 0; !rc && x < o->index.n; x++) {
            const char *params;
            const omen_index_vtable *vt = resolve_index(o->index.v[x], &params, err);
            if (!vt) {
                rc = err->code;
                break;
            }
            omen_index *ix;
            double b0 = now_sec();
            rc = vt->build(ds.keys, ds.payloads, ds.n, params, &ix, err);
            double build_ms = (now_sec() - b0) * 1e3;
            if (rc)
                break;
            if (o->stats)
                print_stats(&ds, vt, params, ix);
            for (size_t s = 0; s < nisa; s++) {
                if (o->isa.n)
                    omen_kernels_init(o->isa.v[s], NULL);
                for (size_t w = 0; w < o->workload.n; w++) {
                    if (wl[w].spec.kind == OMEN_WL_MIXED) {
                        if (!o->quiet && !skip[w])
                            fprintf(stderr, "skipped: workload %s needs an index that "
                                            "can insert; %s cannot\n",
                                    wl[w].spec.name, vt->name);
                        skip[w] = 1;
                        prog.done += o->nthreads;
                        continue;
                    }
                    for (size_t t = 0; t < o->nthreads; t++) {
                        int threads = o->threads[t];
                        double *samples = malloc((size_t)o->repeat * sizeof *samples);
                        if (!samples) {
                            rc = omen_errorf(err, OMEN_ENOMEM, "out of memory");
                            break;
                        }
                        uint64_t cs;
                        /* Warm-up: caches, TLB, branch predictors, thread pool. */
                        omen_workload warm = wl[w];
                        if (warm.count > 1000000)
                            warm.count = 1000000;
                        timed_pass(vt, ix, &warm, threads, o->batch, &cs);
                        int valid = 1;
                        for (int r = 0; r < o->repeat; r++) {
                            samples[r] = timed_pass(vt, ix, &wl[w], threads, o->batch, &cs);
                            valid &= cs == expect[w];
                        }
                        double mean = 0, var = 0;
                        for (int r = 0; r < o->repeat; r++)
                            mean += samples[r] / o->repeat;
                        for (int r = 0; r < o->repeat; r++)
                            var += (samples[r] - mean) * (samples[r] - mean) / o->repeat;
                        qsort(samples, (size_t)o->repeat, sizeof *samples, cmp_double);
                        double med = o->repeat % 2 ? samples[o->repeat / 2]
                                                   : (samples[o->repeat / 2 - 1] +
                                                      samples[o->repeat / 2]) / 2;
                        double per_op = 1e9 * threads / (double)wl[w].count;
                        bench_row row;
                        memset(&row, 0, sizeof row);
                        snprintf(row.dataset, sizeof row.dataset, "%s", ds.name);
                        row.n = ds.n;
                        row.dataset_hash = ds.hash;
                        snprintf(row.index, sizeof row.index, "%s", vt->name);
                        snprintf(row.params, sizeof row.params, "%s", params);
                        snprintf(row.workload, sizeof row.workload, "%s", wl[w].spec.name);
                        row.threads = threads;
                        snprintf(row.isa, sizeof row.isa, "%s", omen_kernels->isa);
                        row.ops = wl[w].count;
                        row.ns_per_op = med * per_op;
                        row.ns_min = samples[0] * per_op;
                        row.ns_max = samples[o->repeat - 1] * per_op;
                        row.mops = (double)wl[w].count / med / 1e6;
                        row.cv = mean > 0 ? sqrt(var) / mean : 0;
                        row.build_ms = build_ms;
                        row.size_bytes = vt->size_bytes(ix);
                        row.valid = valid;
                        row.oversubscribed = threads > sysconf(_SC_NPROCESSORS_ONLN);
                        free(samples);
                        if (!valid) {
                            invalid = 1;
                            fprintf(stderr,
                                    "omen-bench: INVALID: index %s%s%s on dataset %s, "
                                    "workload %s, %d thread(s): answers differ from the "
                                    "oracle (binsearch)\n",
                                    vt->name, params[0] ? ":" : "", params, ds.name,
                                    wl[w].spec.name, threads);
                        }
                        if (bench_rows_push(rows, &row)) {
                            rc = omen_errorf(err, OMEN_ENOMEM, "out of memory");
                            break;
                        }
                        progress_report(&prog, &row);
                    }
                }
            }
            vt->free(ix);
        }
        for (size_t w = 0; w < o->workload.n; w++)
            omen_workload_free(&wl[w]);
        free(wl);
        free(expect);
        free(skip);
        omen_dataset_free(&ds);
        if (rc)
            return rc;
    }
    return invalid ? OMEN_EINTERNAL : OMEN_OK;
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
    if (omen_kernels_init(NULL, &err) || validate_inputs(&o, &err)) {
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
        fprintf(stderr, "omen-bench: %s\n", err.msg);
        free(rows.v);
        bench_opts_free(&o);
        return EXIT_USAGE;
    }
    if (bench_write_results(&o, &rows, &err)) {
        fprintf(stderr, "omen-bench: %s\n", err.msg);
        status = EXIT_USAGE;
    }
    if (status == EXIT_INVALID)
        fprintf(stderr, "omen-bench: some rows are invalid (valid=false); see above\n");
    free(rows.v);
    bench_opts_free(&o);
    return status;
}
