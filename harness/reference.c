/* The drift-proof reference of each read-only row: its dataset's binsearch
 * cell (same workload, threads and kernels), timed again right before and
 * right after the row's sample in every pass, at most REF_EVERY rows apart.
 * One binsearch sample per pass, seconds away from most rows, let a single
 * slow reference sample shift every row of its dataset (rrna_10M: seven rows
 * moved by the same 1.06 between two runs); a bracket a fraction of a second
 * wide follows the host's speed where the row ran. */
#include <math.h>
#include <string.h>

#include "harness/relative.h"
#include "harness/sweep.h"

/* Rows between two reference samples: +1/REF_EVERY of the pass's time. */
#define REF_EVERY 4

void reference_link(cell *cs, size_t nc)
{
    for (size_t i = 0; i < nc; i++) {
        cell *c = &cs[i];
        c->ref = NULL;
        if (omen_workload_writes(c->full->spec.kind))
            continue;
        for (size_t j = 0; j < nc; j++) {
            cell *f = &cs[j];
            if (f->b->ctx == c->b->ctx && f->full == c->full && f->threads == c->threads &&
                f->isa == c->isa && !strcmp(f->b->vt->name, "binsearch")) {
                c->ref = f;
                break;
            }
        }
    }
}

/* A reference sample of f at seconds per operation t: closes the bracket of
 * every row waiting on f, and opens the next. */
static void reference_mark(cell *cs, size_t nc, cell *f, double t, int r)
{
    for (size_t j = 0; j < nc; j++)
        if (cs[j].ref == f && cs[j].ref_wait) {
            cs[j].ref_hi[r] = t;
            cs[j].ref_wait = 0;
        }
    f->ref_last = t;
    f->ref_since = 0;
}

static double per_op(const cell *c, double seconds)
{
    return seconds / (double)(c->wv.count * c->loops);
}

void reference_pass(const bench_opts *o, cell *cs, size_t nc, int r)
{
    for (size_t i = 0; i < nc; i++)
        cs[i].ref_since = REF_EVERY; /* the first row of each reference opens a bracket */
    for (size_t i = 0; i < nc; i++) {
        cell *c = &cs[i], *f = c->ref;
        if (omen_workload_writes(c->full->spec.kind))
            continue;
        if (f && f != c && f->ref_since >= REF_EVERY)
            reference_mark(cs, nc, f, per_op(f, measure_time(o, f)), r);
        c->samples[r] = measure_time(o, c);
        if (f == c) { /* the reference's own row is a reference sample too */
            double t = per_op(c, c->samples[r]);
            reference_mark(cs, nc, c, t, r);
            c->ref_lo[r] = c->ref_hi[r] = t;
        } else if (f) {
            c->ref_lo[r] = f->ref_last;
            c->ref_wait = 1;
            f->ref_since++;
        }
    }
    for (size_t i = 0; i < nc; i++) /* close the brackets still open */
        if (cs[i].ref_wait)
            reference_mark(cs, nc, cs[i].ref, per_op(cs[i].ref, measure_time(o, cs[i].ref)), r);
}

void reference_relate(const bench_opts *o, cell *c)
{
    if (!c->ref)
        return;
    double mid[1000];
    int n = o->repeat < 1000 ? o->repeat : 1000;
    for (int p = 0; p < n; p++) /* geometric mean: a ratio, like rel_ns itself */
        mid[p] = sqrt(c->ref_lo[p] * c->ref_hi[p]);
    bench_row_relative(&c->row, c->samples, c->wv.count * c->loops, mid, 1, o->repeat);
}
