/* omen-bench: the main flow. For every dataset x index x ISA x workload x
 * thread count it builds the index, times the lookup stream (warm-up, then
 * --repeat timed runs), checks every run's checksum against the oracle
 * (binsearch on the same stream) and records one row. The parts: cli.c
 * (options), schedule.c (which cells run when), measure.c (one cell),
 * timing.c (the timed loops), checkpoint.c (--resume), report.c (output). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "datasets/dataset.h"
#include "datasets/workload.h"
#include "harness/bench.h"
#include "harness/sweep.h"
#include "harness/checkpoint.h"
#include "harness/describe.h"
#include "harness/index_spec.h"
#include "harness/timing.h"
#include "registry/registry.h"
#include "kernels/kernels.h"

enum { EXIT_INVALID = 1, EXIT_USAGE = 2 };

static void list_indexes(void)
{
    size_t count;
    const omen_index_vtable *const *all = omen_registry(&count);
    for (size_t i = 0; i < count; i++) {
        char help[2048];
        if (all[i]->params)
            omen_params_help(all[i]->params, all[i]->nparams, help, sizeof help);
        printf("%-12s %s\n%-12s params: %s\n", all[i]->name, all[i]->description, "",
               all[i]->params ? help : all[i]->params_help);
    }
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
            /* The header only: the keys are read once, when the sweep
             * reaches the dataset (their order is checked then). */
            int rc = omen_dataset_check_sosd(d, err);
            if (rc)
                return rc;
        }
    }
    return OMEN_OK;
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
        rc = schedule_run_datasets(&sw, err);
    if (rc)
        return rc;
    return sw.invalid ? OMEN_EINTERNAL : OMEN_OK;
}

/* Plugins register variants that --index (parsed next) may name, so they
 * load first: OMEN_PLUGINS, then each --plugin in order. */
static int load_plugins(int argc, char **argv, omen_error *err)
{
    int rc = omen_registry_load_plugins(getenv("OMEN_PLUGINS"), err);
    if (rc) {
        char why[sizeof err->msg];
        snprintf(why, sizeof why, "%s", err->msg);
        return omen_errorf(err, rc, "OMEN_PLUGINS: %.400s", why);
    }
    for (int i = 1; i + 1 < argc && !rc; i++)
        if (!strcmp(argv[i], "--plugin"))
            rc = omen_registry_load_plugin(argv[++i], err);
    return rc;
}

int main(int argc, char **argv)
{
    bench_opts o;
    omen_error err;
    omen_error_clear(&err);
    if (load_plugins(argc, argv, &err)) {
        fprintf(stderr, "omen-bench: %s\n", err.msg);
        return EXIT_USAGE;
    }
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
