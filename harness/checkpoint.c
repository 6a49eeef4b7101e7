/* Checkpoint and resume: every finished row is kept in OUT.partial (a whole
 * file, rewritten atomically), so a killed sweep loses only the row it was
 * measuring, and --resume skips the cells already done. */
#include "harness/checkpoint.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

void bench_partial_path(const char *out, char *buf, size_t cap)
{
    snprintf(buf, cap, "%s.partial", out);
}

int bench_cell_done(const bench_rows *rows, const bench_row *key)
{
    for (size_t i = 0; i < rows->n; i++)
        if (bench_same_cell(&rows->v[i], key))
            return 1;
    return 0;
}

int bench_checkpoint_load(const bench_opts *o, const char *partial, bench_rows *rows,
                          omen_error *err)
{
    const char *from = access(partial, F_OK) == 0 ? partial : o->out;
    if (access(from, F_OK) != 0)
        return OMEN_OK;
    if (from == o->out && o->format != FMT_CSV)
        return omen_errorf(err, OMEN_EINVAL,
                           "--resume reads CSV; %s was written as %s and has no checkpoint "
                           "(%s)", from, o->format == FMT_JSON ? "JSON" : "Markdown",
                           partial);
    bench_rows old = {0};
    int rc = bench_read_csv(from, &old, err);
    for (size_t i = 0; !rc && i < old.n; i++)
        if (!bench_cell_done(rows, &old.v[i]) && bench_rows_push(rows, &old.v[i]))
            rc = omen_errorf(err, OMEN_ENOMEM, "out of memory");
    free(old.v);
    if (!rc && !o->quiet)
        fprintf(stderr, "resuming: %zu rows already done in %s\n", rows->n, from);
    return rc;
}

void bench_checkpoint_drop(const bench_opts *o)
{
    if (o->out) {
        char partial[4200];
        bench_partial_path(o->out, partial, sizeof partial);
        unlink(partial);
    }
}
