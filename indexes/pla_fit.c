/* pla's level fitting: the streaming optimal PLA (see the top of
 * indexes/pla.c for the method), its bounds measured segment by segment,
 * and level 0 of large arrays streamed in parts on several threads. The
 * exact geometry is in indexes/pla_geom.h. */
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "common/alloc.h"
#include "indexes/pla.h"
#include "indexes/pla_fit.h"
#include "indexes/pla_geom.h"
#include "kernels/kernels.h"

typedef struct builder {
    int64_t eps;
    uint64_t x0;  /* the current segment's first point, absolute */
    size_t y0;
    size_t npts;  /* points in the current segment */
    hull up;      /* lower hull of the upper ends (x, y + eps): supports the flattest line */
    hull dn;      /* upper hull of the lower ends (x, y - eps): supports the steepest line */
    line lmin;    /* the flattest line: from up's start point to a lower end */
    line lmax;    /* the steepest line: from dn's start point to an upper end */
    size_t prev_y0; /* first rank of the last stored segment, verified later */
    omen_error *err;
    int failed;
} builder;

static int hull_reserve(builder *b, hull *h)
{
    if (h->len < h->cap)
        return 0;
    size_t cap = h->cap ? h->cap * 2 : 1024;
    pt *v = omen_realloc(h->v, h->cap * sizeof *v, cap * sizeof *v);
    if (!v) {
        b->failed = omen_errorf(b->err, OMEN_ENOMEM, "pla: out of memory for a hull of %zu "
                                "points", cap);
        return -1;
    }
    h->v = v;
    h->cap = cap;
    return 0;
}

/* Appends p to a hull kept convex in the direction `sign` (+1: lower hull,
 * each turn to the left; -1: upper hull). Never pops the start point. */
static inline __attribute__((always_inline)) void hull_push(builder *b, hull *h, pt p,
                                                           int sign)
{
    while (h->len >= h->start + 2) {
        int c = orient(h->v[h->len - 2], h->v[h->len - 1], p);
        if (c == sign)
            break;
        h->len--;
    }
    if (hull_reserve(b, h) == 0)
        h->v[h->len++] = p;
}

static void builder_start(builder *b, uint64_t x, size_t y)
{
    b->x0 = x;
    b->y0 = y;
    b->npts = 1;
    b->up.len = b->up.start = b->dn.len = b->dn.start = 0;
    hull_push(b, &b->up, (pt){0, b->eps}, 1);
    hull_push(b, &b->dn, (pt){0, -b->eps}, -1);
}

/* Adds point (x, y) to the current segment; returns 0 when no line within
 * eps fits the segment's points plus this one, and then changes nothing. */
static inline __attribute__((always_inline)) int builder_add(builder *b, uint64_t x,
                                                              size_t y)
{
    pt u = {x - b->x0, (int64_t)(y - b->y0) + b->eps};
    pt l = {u.x, u.y - 2 * b->eps};
    if (b->npts == 1) {
        b->lmin = line_through(b->up.v[0], l, b->eps);
        b->lmax = line_through(b->dn.v[0], u, b->eps);
        hull_push(b, &b->up, u, 1);
        hull_push(b, &b->dn, l, -1);
        b->npts = 2;
        return 1;
    }
    /* Every line that fits passes, at x, between the flattest and the
     * steepest line: no room for this interval means the segment is full.
     * Most points lie clearly between the two lines at both ends, change
     * nothing, and are done after the two estimates. */
    double tol_min, tol_max; /* hu: height of u, hl: of l, above each line */
    double hu_min = height(&b->lmin, u, &tol_min), hu_max = height(&b->lmax, u, &tol_max);
    double hl_min = hu_min - b->lmin.ew, hl_max = hu_max - b->lmax.ew;
    if ((hu_min > tol_min) & (hl_min < -tol_min) & (hu_max > tol_max) & (hl_max < -tol_max)) {
        b->npts++;
        return 1;
    }
    if (side(&b->lmin, u, hu_min, tol_min) < 0 || side(&b->lmax, l, hl_max, tol_max) > 0)
        return 0;
    int lower_max = side(&b->lmax, u, hu_max, tol_max) <= 0;
    int raise_min = side(&b->lmin, l, hl_min, tol_min) >= 0;
    if (lower_max) {
        /* The steepest line now rests on u and on the point of the lower
         * ends' hull that gives the smallest slope to u. */
        hull *h = &b->dn;
        size_t k = h->start;
        while (k + 1 < h->len && orient(h->v[k], h->v[k + 1], u) <= 0)
            k++;
        h->start = k;
        b->lmax = line_through(h->v[k], u, b->eps);
    }
    if (raise_min) {
        hull *h = &b->up;
        size_t k = h->start;
        while (k + 1 < h->len && orient(h->v[k], h->v[k + 1], l) >= 0)
            k++;
        h->start = k;
        b->lmin = line_through(h->v[k], l, b->eps);
    }
    /* An interval end that lies outside the two lines can never bound a
     * line that fits, so only the others join the hulls. */
    if (lower_max)
        hull_push(b, &b->up, u, 1);
    if (raise_min)
        hull_push(b, &b->dn, l, -1);
    b->npts++;
    return 1;
}

/* Measures the bounds of stored segment s, which holds A[y0, yend) and
 * answers keys in [its first key, xend), or up to A[m-1] when it is the
 * last one. Needs the next segment (or the sentinel) stored: its intercept
 * is the clamp.
 *
 * lower_bound is constant on steps: rank r on (previous run key, run key],
 * and yend past the last run up to xend. The prediction is monotone, so
 * over a step it is largest at the right end and smallest at the left end,
 * previous run key + 1. For a distinct previous key the prediction at the
 * key itself stands in for the one at key + 1 (no larger, so the bound
 * stays safe, at most a rank wider); after a run of duplicates the rank
 * jumps by the run's length and key + 1 is evaluated. */
static void verify_segment(pla_level *lv, const uint64_t *A, size_t s, size_t y0, size_t yend,
                           uint64_t xend, int last)
{
    const pla_seg *g = &lv->segs[s];
    uint64_t x0 = lv->firsts[s];
    /* The bulk of the predictions come from the kernel, which computes
     * omen_line_pos: the same sum and product, clamped to [0, cap] before
     * truncation. With cap = floor of the clamp omen_pla_predict() uses, both give
     * the same integer (truncation is monotone); only a fused multiply-add
     * could differ, which the slack covers. */
    omen_line ln = {g->slope, g->icept};
    size_t cap = g[1].icept < 1 ? 0 : (size_t)g[1].icept;
    size_t pos[256];
    size_t err_lo = lv->err_lo, err_hi = lv->err_hi;
    size_t pu = omen_pla_predict(g, 0); /* prediction at the current step's left end */
    for (size_t at = y0; at < yend; at += 256) {
        size_t cnt = yend - at < 256 ? yend - at : 256;
        omen_kernels->predict(&ln, x0, cap + 1, A + at, cnt, pos);
        for (size_t j = 0; j < cnt; j++) {
            size_t r = at + j;
            if (r > y0 && A[r] == A[r - 1])
                continue; /* inside a run: its first rank answers for it */
            size_t pv = pos[j];
            if (pv > r && pv - r > err_lo)
                err_lo = pv - r;
            if (r > pu && r - pu > err_hi)
                err_hi = r - pu;
            uint64_t v = A[r];
            pu = r + 1 < yend && A[r + 1] == v && v != UINT64_MAX ? omen_pla_predict(g, v + 1 - x0)
                                                                  : pv;
        }
    }
    /* The gap after the last run, if any. */
    if (!last && (yend == y0 || A[yend - 1] + 1 < xend)) {
        size_t pv = omen_pla_predict(g, xend - 1 - x0);
        if (pv > yend && pv - yend > err_lo)
            err_lo = pv - yend;
        if (yend > pu && yend - pu > err_hi)
            err_hi = yend - pu;
    }
    lv->err_lo = err_lo;
    lv->err_hi = err_hi;
}

/* Ends the current segment: stores its line, then verifies the segment
 * before it, whose clamp is now known. */
static void close_segment(builder *b, pla_level *lv, const uint64_t *A)
{
    if (b->failed)
        return;
    if (lv->nseg == lv->cap) {
        size_t cap = lv->cap ? lv->cap * 2 : 1024;
        uint64_t *f = omen_realloc(lv->firsts, lv->cap * sizeof *f, cap * sizeof *f);
        if (f)
            lv->firsts = f;
        pla_seg *g = f ? omen_realloc(lv->segs, (lv->cap + 1) * sizeof *g,
                                      (cap + 1) * sizeof *g)
                       : NULL;
        if (!g) {
            b->failed = omen_errorf(b->err, OMEN_ENOMEM,
                                    "pla: out of memory for %zu segments", cap);
            return;
        }
        lv->segs = g;
        lv->cap = cap;
    }
    /* The flattest and the steepest line both fit, and so does their
     * average (the set of lines that fit is convex): the line through their
     * crossing point with the mean slope, as in the paper. */
    double slope = 0, icept = 0;
    if (b->npts > 1) {
        pt a = b->lmin.a, c = b->lmax.a;
        double s1 = b->lmin.dy / b->lmin.w, s2 = b->lmax.dy / b->lmax.w;
        slope = (s1 + s2) / 2;
        icept = ((double)a.y - s1 * (double)a.x + (double)c.y - s2 * (double)c.x) / 2;
        if (!(slope > 0)) /* rounding only; the verified bounds have the last word */
            slope = 0;
    }
    size_t s = lv->nseg++;
    lv->firsts[s] = b->x0;
    lv->segs[s] = (pla_seg){slope, (double)b->y0 + icept};
    if (s > 0)
        verify_segment(lv, A, s - 1, b->prev_y0, b->y0, b->x0, 0);
    b->prev_y0 = b->y0;
}

/* Streams A[from, to) into segments of lv (ranks are absolute). Every
 * segment but the last is stored and verified; the last is stored and left
 * for finish_level, since its clamp is the next segment, which may come
 * from another part. `from` starts a run of equal keys. */
static void stream_part(builder *b, pla_level *lv, const uint64_t *A, size_t from, size_t to)
{
    for (size_t i = from, j; i < to && !b->failed; i = j) {
        uint64_t k = A[i];
        j = i + 1;
        if (i == from) {
            builder_start(b, k, i);
        } else if (!builder_add(b, k, i)) {
            close_segment(b, lv, A);
            builder_start(b, k, i);
        }
        if (j < to && A[j] == k) {
            /* A run of duplicates: after its first rank, the rank just past
             * it, unless the next key immediately follows. */
            while (j < to && A[j] == k)
                j++;
            if (j < to && k + 1 < A[j] && !b->failed && !builder_add(b, k + 1, j)) {
                close_segment(b, lv, A);
                builder_start(b, k + 1, j);
            }
        }
    }
    close_segment(b, lv, A);
}

/* The sentinel, the last segment's bounds, the slack, and the growth slack
 * given back. */
static int finish_level(builder *b, pla_level *lv, const uint64_t *A, size_t m)
{
    lv->segs[lv->nseg] = (pla_seg){0, (double)m};
    verify_segment(lv, A, lv->nseg - 1, b->prev_y0, m, 0, 1);
    /* One rank of slack each way: the lookup's multiply-add may be fused
     * where this build's was not (or the reverse). */
    lv->err_lo += 1;
    lv->err_hi += 1;
    /* Give back the growth slack (up to half of what is held). Failing here
     * fails the build like any other allocation: an index that silently
     * keeps twice its size would skew the size it reports. */
    if (lv->cap > lv->nseg) {
        uint64_t *f = omen_alloc(lv->nseg * sizeof *f);
        pla_seg *g = omen_alloc((lv->nseg + 1) * sizeof *g);
        if (!f || !g) {
            omen_free(f);
            omen_free(g);
            return omen_errorf(b->err, OMEN_ENOMEM, "pla: out of memory for %zu segments",
                               lv->nseg);
        }
        memcpy(f, lv->firsts, lv->nseg * sizeof *f);
        memcpy(g, lv->segs, (lv->nseg + 1) * sizeof *g);
        omen_free(lv->firsts);
        omen_free(lv->segs);
        lv->firsts = f;
        lv->segs = g;
        lv->cap = lv->nseg;
    }
    return OMEN_OK;
}

/* One level over the sorted array A[0, m), m >= 1. */
static int build_level(builder *b, pla_level *lv, const uint64_t *A, size_t m, size_t eps)
{
    lv->keys = A;
    lv->n = m;
    b->eps = (int64_t)eps;
    stream_part(b, lv, A, 0, m);
    return b->failed ? b->failed : finish_level(b, lv, A, m);
}

/* The fewest segments of an eps-bounded PLA over A[0, m): GRE's hardness
 * figure, for omen-bench --describe. */
int omen_pla_count_segments(const uint64_t *A, size_t m, size_t eps, size_t *nseg,
                            omen_error *err)
{
    *nseg = 0;
    if (m == 0)
        return OMEN_OK;
    builder b = {.err = err};
    pla_level lv = {0};
    int rc = build_level(&b, &lv, A, m, eps);
    *nseg = rc ? 0 : lv.nseg;
    omen_free(b.up.v);
    omen_free(b.dn.v);
    omen_free(lv.firsts);
    omen_free(lv.segs);
    return rc;
}

/* Level 0 of a large array is streamed in parts on several threads, as
 * PGM-index does with OpenMP: the streaming pass is nearly all of the build
 * (docs/decisions.md, "pla"), and parts need nothing from each other until their
 * segments are concatenated. Each part starts at a run of equal keys, and
 * its last segment is verified once the next part's first segment, its
 * clamp, is in place; the bounds are measured as everywhere else, so the
 * only cost of a split is that a segment may end at it that a single pass
 * would have continued: at most parts - 1 segments more than the minimum. */

typedef struct part {
    builder b;
    pla_level lv;
    const uint64_t *A;
    size_t from, to;
    omen_error err;
} part;

static void *part_main(void *arg)
{
    part *p = arg;
    stream_part(&p->b, &p->lv, p->A, p->from, p->to);
    return NULL;
}

static int build_level_parallel(builder *b, pla_level *lv, const uint64_t *A, size_t m,
                                size_t eps, unsigned nparts)
{
    part *ps = omen_calloc(nparts, sizeof *ps);
    if (!ps)
        return omen_errorf(b->err, OMEN_ENOMEM, "pla: out of memory");
    /* Part boundaries near equal shares, each moved past a key that stands
     * alone: a part ends without the point after its last run (the next
     * part's first rank), so a run there would leave the step past it
     * unfitted and widen the whole level's window by the run's length. */
    unsigned np = 0;
    for (unsigned k = 0; k < nparts; k++) {
        size_t from = np ? ps[np - 1].to : 0, to = m * (k + 1) / nparts;
        while (to < m && to > 0 &&
               (A[to] == A[to - 1] || (to > 1 && A[to - 1] == A[to - 2])))
            to++;
        if (to <= from)
            continue;
        ps[np] = (part){.b = {.eps = (int64_t)eps}, .A = A, .from = from, .to = to};
        ps[np].b.err = &ps[np].err;
        ps[np].lv.keys = A;
        ps[np].lv.n = m;
        np++;
    }
    ps[np - 1].to = m;
    pthread_t tid[OMEN_PLA_MAX_PARTS];
    int started[OMEN_PLA_MAX_PARTS] = {0};
    for (unsigned k = 1; k < np; k++)
        started[k] = pthread_create(&tid[k], NULL, part_main, &ps[k]) == 0;
    part_main(&ps[0]);
    for (unsigned k = 1; k < np; k++) {
        if (started[k])
            pthread_join(tid[k], NULL);
        else
            part_main(&ps[k]); /* no thread to be had: the part runs here */
    }
    int rc = OMEN_OK;
    size_t nseg = 0;
    for (unsigned k = 0; k < np && !rc; k++) {
        if (ps[k].b.failed)
            rc = omen_errorf(b->err, ps[k].b.failed, "%s", ps[k].err.msg);
        nseg += ps[k].lv.nseg;
    }
    /* Concatenate, then verify each part's last segment against the next
     * part's first. */
    lv->keys = A;
    lv->n = m;
    if (!rc) {
        lv->firsts = omen_alloc(nseg * sizeof *lv->firsts);
        lv->segs = omen_alloc((nseg + 1) * sizeof *lv->segs);
        if (!lv->firsts || !lv->segs)
            rc = omen_errorf(b->err, OMEN_ENOMEM, "pla: out of memory for %zu segments", nseg);
    }
    for (unsigned k = 0; k < np && !rc; k++) {
        memcpy(lv->firsts + lv->nseg, ps[k].lv.firsts, ps[k].lv.nseg * sizeof *lv->firsts);
        memcpy(lv->segs + lv->nseg, ps[k].lv.segs, ps[k].lv.nseg * sizeof *lv->segs);
        lv->nseg += ps[k].lv.nseg;
        lv->err_lo = ps[k].lv.err_lo > lv->err_lo ? ps[k].lv.err_lo : lv->err_lo;
        lv->err_hi = ps[k].lv.err_hi > lv->err_hi ? ps[k].lv.err_hi : lv->err_hi;
    }
    lv->cap = lv->nseg;
    if (!rc) {
        lv->segs[lv->nseg] = (pla_seg){0, (double)m}; /* clamp of the last part's last */
        size_t s = 0;
        for (unsigned k = 0; k + 1 < np; k++) {
            s += ps[k].lv.nseg;
            verify_segment(lv, A, s - 1, ps[k].b.prev_y0, ps[k].to, A[ps[k].to], 0);
        }
        b->prev_y0 = ps[np - 1].b.prev_y0;
        rc = finish_level(b, lv, A, m);
    }
    for (unsigned k = 0; k < np; k++) {
        omen_free(ps[k].lv.firsts);
        omen_free(ps[k].lv.segs);
        omen_free(ps[k].b.up.v);
        omen_free(ps[k].b.dn.v);
    }
    omen_free(ps);
    return rc;
}

int omen_pla_fit_level(pla_level *lv, const uint64_t *A, size_t m, size_t eps, unsigned parts,
                       omen_error *err)
{
    builder b = {.err = err};
    int rc = parts > 1 ? build_level_parallel(&b, lv, A, m, eps, parts)
                       : build_level(&b, lv, A, m, eps);
    omen_free(b.up.v);
    omen_free(b.dn.v);
    return rc;
}
