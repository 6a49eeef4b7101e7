/* omen_bench_run: one row through omen-bench's own code path. The options
 * are handed to omen-bench's parser as the command line it would get, and
 * the row is measured by its scheduler (harness/schedule.c, measure.c,
 * timing.c): the same build, calibration, warm-up, validated timed passes
 * and medians, not a re-implementation that could drift from it. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "api/api_internal.h"
#include "datasets/workload.h"
#include "harness/bench.h"
#include "harness/index_spec.h"
#include "harness/sweep.h"
#include "harness/timing.h"
#include "kernels/kernels.h"

/* omen-bench's lists are comma-separated; a name with a comma would become
 * two rows. Index params keep theirs ("rmi:branches=64,x=1"). */
static int one_item(const char *what, const char *v)
{
    if (strchr(v, ','))
        return api_fail(OMEN_EINVAL, "omen_bench_run: %s '%s' contains ',': one %s per row", what,
                        v, what);
    return OMEN_OK;
}

static void copy_row(const bench_row *r, omen_bench_result *out)
{
    memset(out, 0, sizeof *out);
    snprintf(out->dataset, sizeof out->dataset, "%s", r->dataset);
    out->n = r->n;
    snprintf(out->index, sizeof out->index, "%s", r->index);
    snprintf(out->params, sizeof out->params, "%s", r->params);
    snprintf(out->workload, sizeof out->workload, "%s", r->workload);
    out->threads = r->threads;
    snprintf(out->isa, sizeof out->isa, "%s", r->isa);
    out->ops = r->ops;
    out->ns_per_op = r->ns_per_op;
    out->ns_min = r->ns_min;
    out->ns_max = r->ns_max;
    out->mops = r->mops;
    out->build_ms = r->build_ms;
    out->size_bytes = r->size_bytes;
    out->valid = r->valid;
    out->cv = r->cv;
    if (r->has_lat) {
        out->p50_ns = r->p50_ns;
        out->p99_ns = r->p99_ns;
        out->p999_ns = r->p999_ns;
        out->keys_after = r->keys_after;
    }
}

/* What omen-bench's validate_inputs checks before a sweep, for one row. */
static int check_row(const bench_opts *o, omen_error *err)
{
    if (o->data.n != 1 || o->index.n != 1 || o->workload.n != 1 || o->isa.n > 1)
        return omen_errorf(err, OMEN_EINVAL, "the arguments make %zu rows "
                           "(a '|' in the index params sweeps); give one row",
                           o->data.n * o->index.n * o->workload.n);
    omen_index_spec spec;
    if (omen_index_spec_resolve(o->index.v[0], &spec, err))
        return err->code;
    omen_workload_spec ws;
    if (omen_workload_parse(o->workload.v[0], &ws, err))
        return err->code;
    if (ws.kind == OMEN_WL_MIXED && !spec.vt->insert)
        return omen_errorf(err, OMEN_ENOTSUP, "workload %s inserts, and index "
                           "%s cannot insert", o->workload.v[0], spec.vt->name);
    if (o->isa.n) {
        omen_error why;
        if (omen_kernels_check(o->isa.v[0], &why))
            return omen_errorf(err, why.code, "isa %s: %s", o->isa.v[0],
                               why.msg);
    }
    return OMEN_OK;
}

/* Runs the row with omen-bench's scheduler; the kernels it selects for
 * opts->isa are switched back afterwards. */
static int run_row(const bench_opts *o, bench_row *row, omen_error *err)
{
    bench_rows rows = {0};
    sweep sw = {.o = o, .rows = &rows};
    sw.prog.total = 1;
    sw.prog.quiet = 1;
    sw.prog.start = bench_now_sec();
    const char *prev = omen_kernels->isa;
    int rc = schedule_run_datasets(&sw, err);
    omen_kernels_init(prev, NULL);
    /* The scheduler skips a cell an index cannot run (a workload that
     * writes, on a read-only variant) and says why on stderr. */
    if (!rc && rows.n == 0)
        rc = omen_errorf(err, OMEN_ENOTSUP, "index %s cannot run workload %s (the reason is "
                         "on stderr)", o->index.v[0], o->workload.v[0]);
    else if (!rc && rows.n != 1)
        rc = omen_errorf(err, OMEN_EINTERNAL, "the sweep made %zu rows, not 1", rows.n);
    if (!rc)
        *row = rows.v[0];
    free(rows.v);
    return rc;
}

static pthread_mutex_t bench_lock = PTHREAD_MUTEX_INITIALIZER;

int omen_bench_run(const char *dataset, const char *index, const char *workload,
                   const omen_bench_opts *opts, omen_bench_result *out)
{
    API_NONNULL(dataset, "omen_bench_run");
    API_NONNULL(index, "omen_bench_run");
    API_NONNULL(out, "omen_bench_run");
    memset(out, 0, sizeof *out);
    if (!workload || !workload[0])
        workload = "point";
    int rc = api_init();
    if (rc || (rc = one_item("dataset", dataset)) || (rc = one_item("workload", workload)) ||
        (opts && opts->isa && (rc = one_item("isa", opts->isa))))
        return rc;
    omen_bench_opts def = {0};
    if (!opts)
        opts = &def;
    if (opts->threads < 0 || opts->repeat < 0)
        return api_fail(OMEN_EINVAL, "omen_bench_run: threads = %d, repeat = %d: 0 means the "
                        "default, negative ones mean nothing", opts->threads, opts->repeat);
    char threads[16], ops[32], repeat[16];
    snprintf(threads, sizeof threads, "%d", opts->threads ? opts->threads : 1);
    snprintf(ops, sizeof ops, "%zu", opts->ops);
    snprintf(repeat, sizeof repeat, "%d", opts->repeat);
    const char *argv[16] = {"omen-bench", "--quiet", "--data", dataset, "--index", index,
                            "--workload", workload, "--threads", threads};
    int argc = 10;
    if (opts->ops) {
        argv[argc++] = "--lookups";
        argv[argc++] = ops;
    }
    if (opts->repeat) {
        argv[argc++] = "--repeat";
        argv[argc++] = repeat;
    }
    if (opts->isa) {
        argv[argc++] = "--isa";
        argv[argc++] = opts->isa;
    }
    bench_opts o;
    omen_error err;
    omen_error_clear(&err);
    bench_row row;
    rc = bench_parse_args(argc, (char **)argv, &o, &err);
    if (!rc)
        rc = check_row(&o, &err);
    if (!rc) {
        /* The kernels are process-wide: one row at a time. */
        pthread_mutex_lock(&bench_lock);
        rc = run_row(&o, &row, &err);
        pthread_mutex_unlock(&bench_lock);
    }
    bench_opts_free(&o);
    if (rc)
        return api_fail(err.code ? err.code : rc, "omen_bench_run: %s", err.msg);
    copy_row(&row, out);
    return OMEN_OK;
}
