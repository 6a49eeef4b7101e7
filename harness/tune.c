/* omen-bench --tune DATA --index V: sweeps V's parameter grid (its vtable's
 * tune_grid) on each dataset with the ordinary sweep machinery, beside V's
 * default and binsearch, and prints the size/time Pareto frontier with
 * where the default landed. The verdict is issue 16's: the default within
 * 15 % of the grid's best ns per lookup among grid points of <= 2 % of the
 * key array. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness/bench.h"
#include "indexes/index.h"
#include "registry/registry.h"
#include "harness/index_spec.h"

enum { TUNE_SLACK_PCT = 15 };
static const double TUNE_BUDGET_PCT = 2.0;

/* Variants with a grid, for the error message. */
static void grid_names(char *out, size_t cap)
{
    size_t count, len = 0;
    const omen_index_vtable *const *all = omen_registry(&count);
    out[0] = '\0';
    for (size_t i = 0; i < count && len < cap; i++)
        if (all[i]->tune_grid)
            len += (size_t)snprintf(out + len, cap - len, "%s%s", len ? ", " : "",
                                    all[i]->name);
}

int bench_tune_plan(bench_opts *o, omen_error *err)
{
    char names[256];
    grid_names(names, sizeof names);
    omen_index_spec one = {0};
    if (o->index.n == 1)
        omen_index_spec_split(o->index.v[0], &one);
    if (o->index.n != 1 || one.params[0] || strchr(o->index.v[0], ':'))
        return omen_errorf(err, OMEN_EINVAL,
                           "--tune needs --index with one variant name and no parameters "
                           "(one of %s), e.g. --tune lognormal:1M --index pla", names);
    const omen_index_vtable *vt = one.vt;
    if (!vt || !vt->tune_grid)
        return omen_errorf(err, OMEN_EINVAL,
                           "--tune: index '%s' has no parameter grid to sweep; "
                           "variants with one: %s", o->index.v[0], names);
    if (o->workload.n != 1 || o->nthreads != 1 || o->isa.n > 1)
        return omen_errorf(err, OMEN_EINVAL,
                           "--tune measures one workload, thread count and ISA at a time; "
                           "give at most one of each");
    char *spec = malloc(strlen(vt->name) + strlen(vt->tune_grid) + 2);
    if (!spec)
        return omen_errorf(err, OMEN_ENOMEM, "out of memory");
    sprintf(spec, "%s:%s", vt->name, vt->tune_grid);
    strlist plan = {0};
    int rc = strlist_push(&plan, "binsearch") || strlist_push(&plan, vt->name)
                 ? omen_errorf(err, OMEN_ENOMEM, "out of memory")
                 : bench_expand_index_list(spec, &plan, err);
    free(spec);
    if (rc) {
        strlist_free(&plan);
        return rc;
    }
    strlist_free(&o->index);
    o->index = plan;
    return OMEN_OK;
}

/* The rows of one dataset: binsearch's, the default's and the grid's. */
typedef struct tune_set {
    const bench_row *base, *dflt;
    const bench_row **grid;
    size_t ngrid;
} tune_set;

static double size_pct(const bench_row *r)
{
    return r->n ? 100.0 * (double)r->size_bytes / (8.0 * (double)r->n) : 0;
}

/* No other point of the variant is at most as large and as slow, and
 * strictly better in one. */
static int on_frontier(const tune_set *t, const bench_row *r)
{
    for (size_t i = 0; i <= t->ngrid; i++) {
        const bench_row *q = i < t->ngrid ? t->grid[i] : t->dflt;
        if (!q || q == r)
            continue;
        if (q->size_bytes <= r->size_bytes && q->ns_per_op <= r->ns_per_op &&
            (q->size_bytes < r->size_bytes || q->ns_per_op < r->ns_per_op))
            return 0;
    }
    return 1;
}

static void print_row(FILE *f, const tune_set *t, const bench_row *r)
{
    char spread[64];
    snprintf(spread, sizeof spread, "%.1f-%.1f", r->ns_min, r->ns_max);
    char line[256];
    int len = snprintf(line, sizeof line, "  %-34s %9.1f  %-17s %8.3f  %6.2f  %-8s %s",
                       r == t->dflt ? "(default)" : r->params, r->ns_per_op, spread,
                       size_pct(r),
                       r->has_rel ? r->rel_ns
                       : t->base && t->base->ns_per_op > 0 ? r->ns_per_op / t->base->ns_per_op
                                                           : 0,
                       on_frontier(t, r) ? "*" : "", r == t->dflt ? "default" : "");
    while (len > 0 && line[len - 1] == ' ') /* no trailing blanks */
        line[--len] = '\0';
    fprintf(f, "%s\n", line);
}

static int by_size(const void *a, const void *b)
{
    const bench_row *x = *(const bench_row *const *)a, *y = *(const bench_row *const *)b;
    if (x->size_bytes != y->size_bytes)
        return x->size_bytes < y->size_bytes ? -1 : 1;
    return (x->ns_per_op > y->ns_per_op) - (x->ns_per_op < y->ns_per_op);
}

static void report_set(FILE *f, const bench_opts *o, const char *dataset, tune_set *t)
{
    qsort(t->grid, t->ngrid, sizeof *t->grid, by_size);
    const bench_row *any = t->dflt ? t->dflt : t->ngrid ? t->grid[0] : t->base;
    fprintf(f, "\ntune %s on %s (%zu keys, workload %s, %zu lookups x %d repeats)\n",
            o->index.v[1], dataset, any ? any->n : (size_t)0, o->workload.v[0], o->lookups,
            o->repeat);
    if (t->base)
        fprintf(f, "  binsearch: %.1f ns per lookup (%.1f-%.1f); ratio: ns over binsearch's "
                   "in the same pass (median)\n",
                t->base->ns_per_op, t->base->ns_min, t->base->ns_max);
    if (t->dflt && t->dflt->note[0])
        fprintf(f, "  the default chose: %s\n", t->dflt->note);
    fprintf(f, "  %-34s %9s  %-17s %8s  %6s  %s\n", "params", "ns/lookup", "min-max",
            "size %", "ratio", "frontier");
    for (size_t i = 0; i < t->ngrid; i++)
        print_row(f, t, t->grid[i]);
    if (t->dflt)
        print_row(f, t, t->dflt);
    const bench_row *best = NULL;
    for (size_t i = 0; i < t->ngrid; i++)
        if (size_pct(t->grid[i]) <= TUNE_BUDGET_PCT &&
            (!best || t->grid[i]->ns_per_op < best->ns_per_op))
            best = t->grid[i];
    if (!t->dflt || !best) {
        fprintf(f, "  verdict: none: %s\n",
                !t->dflt ? "the default has no row" : "no grid point is within 2% of the keys");
        return;
    }
    double ratio = t->dflt->ns_per_op / best->ns_per_op;
    int within = ratio <= 1.0 + TUNE_SLACK_PCT / 100.0;
    int fits = size_pct(t->dflt) <= TUNE_BUDGET_PCT;
    /* Where the min-max spreads overlap the difference may be the host's noise. */
    int overlap = t->dflt->ns_min <= best->ns_max && best->ns_min <= t->dflt->ns_max;
    fprintf(f, "  verdict: the default (%.1f ns, %.2f%% of the keys) is %s 15%% of the grid's "
               "best at <= 2%% size (%s: %.1f ns, %+.1f%%)%s%s\n",
            t->dflt->ns_per_op, size_pct(t->dflt), within ? "within" : "NOT within",
            best->params, best->ns_per_op, 100.0 * (ratio - 1.0),
            !within && overlap ? ", but their min-max spreads overlap (within noise)" : "",
            fits ? "" : "; the default is OVER the 2% budget");
}

void bench_tune_report(FILE *f, const bench_opts *o, const bench_rows *rows)
{
    const char *name = o->index.v[1];
    const bench_row **grid = calloc(rows->n ? rows->n : 1, sizeof *grid);
    for (size_t d = 0; grid && d < o->data.n; d++) {
        tune_set t = {.grid = grid};
        for (size_t i = 0; i < rows->n; i++) {
            const bench_row *r = &rows->v[i];
            if (strcmp(r->dataset, o->data.v[d]))
                continue;
            if (!strcmp(r->index, "binsearch"))
                t.base = r;
            else if (strcmp(r->index, name))
                continue;
            else if (!r->params[0])
                t.dflt = r;
            else
                grid[t.ngrid++] = r;
        }
        report_set(f, o, o->data.v[d], &t);
    }
    fflush(f);
    free(grid);
}
