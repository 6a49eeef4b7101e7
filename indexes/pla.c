/* pla: a PGM-style learned index (Ferragina & Vinciguerra, VLDB 2020).
 *
 * Level 0 is an optimal piecewise-linear approximation of the map from key
 * to rank: the fewest segments such that every segment's line is within eps
 * of the rank of each key it covers. The first keys of those segments form a
 * new, much smaller sorted array, approximated the same way (with
 * eps_internal) as level 1, and so on until at most `top` first keys are
 * left. A lookup binary-searches that small root array, then at each level
 * evaluates one line and searches a window of about 2*eps around the
 * prediction in the array below, down to the data.
 *
 * The segments come from the streaming algorithm the paper builds on
 * (O'Rourke's optimal line fitting): every point (x, y) stands for the
 * vertical interval [y - eps, y + eps]; the lines that cross all intervals
 * seen so far form a convex set bounded by a steepest and a flattest line,
 * each resting on one point of a convex hull of interval ends. A new point
 * either fits between the two lines, and may rotate them (walking the hulls
 * forward, so each point is touched O(1) times amortised), or it does not,
 * and then no line fits and the segment ends. Greedy extension is optimal
 * for this problem, so the number of segments is the minimum for eps. The
 * geometry is exact: coordinates are relative to the segment's first point,
 * and every orientation test is decided in floating point only when the
 * estimate is far from a tie, otherwise in 128-bit integers, so keys near
 * UINT64_MAX and huge gaps need no care. A segment's line is the mean of
 * the two extreme lines, which fits because the set of fitting lines is
 * convex (the paper's choice).
 *
 * What a lookup needs is not the rank at the keys but lower_bound for any
 * key: a step function that, between two consecutive distinct keys, already
 * equals the rank of the upper one. Its left end matters after a run of
 * duplicates (the first key past a run of c equal keys has rank c higher
 * than the run's start), so a run of equal keys contributes its first rank
 * and, when c > 1, a second point "run key + 1 -> rank after the run". The
 * window bounds are not taken on trust from eps: they are measured by
 * evaluating the stored line, in the same floating-point code the lookup
 * runs, at the ends of every step of lower_bound in the segment (the
 * prediction is monotone, so the ends are the extremes). They are therefore
 * exact for every possible key, whatever rounding did, plus one rank of
 * slack on each side in case a compiler contracts the lookup's multiply-add
 * differently from the build's; in practice they come out at eps + 1 and
 * eps + 2. Predictions are clamped to the next segment's intercept (within
 * about eps of the rank where it starts), so a key in a huge gap after a
 * segment (the outliers near UINT64_MAX) cannot send the search far past
 * it; the paper does the same, and it spares a field: a segment is 24 bytes
 * with its first key. */
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "common/alloc.h"
#include "indexes/batch.h"
#include "indexes/params.h"
#include "indexes/pla.h"
#include "indexes/sorted_array.h"

/* Each level has at most half the entries of the one below. */
enum { MAX_LEVELS = 66 };

typedef struct pla_seg {
    double slope; /* ranks per key unit */
    double icept; /* predicted rank at the segment's first key */
} pla_seg;

typedef struct pla_level {
    const uint64_t *keys; /* the array predicted into: the data or the level below's firsts */
    size_t n;
    uint64_t *firsts; /* first key of every segment: the array of the level above */
    pla_seg *segs;    /* nseg + 1: a sentinel with icept = n follows the last */
    size_t nseg, cap; /* cap: room in firsts; segs has one more */
    size_t err_lo; /* true rank >= prediction - err_lo */
    size_t err_hi; /* true rank <= prediction + err_hi */
} pla_level;

struct omen_index {
    const uint64_t *keys; /* borrowed from the dataset */
    const uint64_t *payloads;
    size_t n;
    uint64_t first, last; /* keys[0], keys[n-1] (0 when n == 0) */
    unsigned nlevels;     /* 0 when n == 0 */
    size_t group;         /* keys a batched lookup interleaves */
    pla_level lv[MAX_LEVELS];
    char note[160]; /* how eps was chosen, for --stats; last, off the hot lines */
};
OMEN_SORTED_VIEW_FIRST(struct omen_index);

/* Predicted rank for a key dx above the first key of segment g (g[1] is
 * the next one, or the sentinel). Monotone in dx (every step is), which is
 * what makes bounds measured at the ends of the lower_bound steps valid for
 * every key between them. */
static inline size_t predict(const pla_seg *g, uint64_t dx)
{
    double p = g->icept + g->slope * (double)dx;
    double e = g[1].icept;
    p = p > e ? e : p;
    p = p < 0 ? 0 : p;
    return (size_t)p;
}

/* The window [*lo, *hi) of lv->keys that holds the lower_bound of key,
 * knowing key falls in segment s. */
static inline void level_window(const pla_level *lv, size_t s, uint64_t key, size_t *lo,
                                size_t *hi)
{
    const pla_seg *g = &lv->segs[s];
    size_t p = predict(g, key - lv->firsts[s]);
    /* The bounds were verified for every key, so lo <= rank <= hi. */
    *lo = p > lv->err_lo ? p - lv->err_lo : 0;
    *hi = p + lv->err_hi < lv->n ? p + lv->err_hi : lv->n;
}

/* Descends from the root to the window of the data that holds the
 * lower_bound of key; keys[0] < key <= keys[n-1]. */
static inline void locate(const omen_index *ix, uint64_t key, size_t *lo, size_t *hi)
{
    /* Every level's first entry is keys[0] < key, so the segment holding
     * key always exists. */
    const pla_level *top = &ix->lv[ix->nlevels - 1];
    size_t i = omen_kernels->lower_bound(top->firsts, 0, top->nseg, key);
    for (unsigned l = ix->nlevels - 1;; l--) {
        const pla_level *lv = &ix->lv[l];
        /* The segment is the last one starting at or below key. */
        size_t s = i < lv->nseg && lv->firsts[i] == key ? i : i - 1;
        level_window(lv, s, key, lo, hi);
        if (l == 0)
            return;
        /* The segment found next is one of those of the window (or the one
         * before it), and its line (and the next one's intercept) lives in
         * another array than the window's keys: request those lines now, so
         * that they arrive with the window's instead of after the search. */
        const pla_seg *next = ix->lv[l - 1].segs;
        size_t from = *lo ? *lo - 1 : 0;
        for (size_t a = from; a < *hi; a += 64 / sizeof *next)
            __builtin_prefetch(next + a);
        __builtin_prefetch(next + *hi); /* segs holds a sentinel at nseg >= *hi */
        i = omen_kernels->lower_bound(lv->keys, *lo, *hi, key);
    }
}

/* The window is a few cache lines of the data, usually not in cache:
 * asking for all of them at once costs one memory latency instead of one
 * per probe of the binary search. Past a bound (a large eps) the search is
 * long anyway and the traffic would not pay. */
enum { PREFETCH_MAX = 256 };

static size_t pla_lower_bound(const omen_index *ix, uint64_t key)
{
    if (key <= ix->first)
        return 0;
    if (key > ix->last)
        return ix->n;
    size_t lo, hi;
    locate(ix, key, &lo, &hi);
    omen_sorted_prefetch_window(ix->keys, lo, hi, PREFETCH_MAX, 0);
    return omen_kernels->lower_bound(ix->keys, lo, hi, key);
}

static int pla_get(const omen_index *ix, uint64_t key, uint64_t *payload)
{
    if (key <= ix->first || key > ix->last)
        return omen_sorted_get_at(ix->keys, ix->payloads, ix->n, key <= ix->first ? 0 : ix->n,
                                  key, payload);
    size_t lo, hi;
    locate(ix, key, &lo, &hi);
    omen_sorted_prefetch_window(ix->keys, lo, hi, PREFETCH_MAX, 0);
    /* One line of payloads, where the model expects the key: often the
     * right one, and then the read after the search does not wait a memory
     * latency of its own. (All of the window's payload lines measured
     * slower: too much traffic for the one line that is used.) */
    __builtin_prefetch(ix->payloads + lo + (hi - lo) / 2);
    size_t r = omen_kernels->lower_bound(ix->keys, lo, hi, key);
    return omen_sorted_get_at(ix->keys, ix->payloads, ix->n, r, key, payload);
}

/* Batched lookups (indexes/batch.h): the models of a group of keys are
 * evaluated first (the upper levels are small and in cache) and the middle
 * line of every data window requested, then the windows are searched a line
 * per round over the group (omen_batch_search) and the payloads fetched in
 * one more round, so the memory latencies overlap and a window costs about
 * log2(its lines) + 1 lines instead of all of them. */
enum { GROUP_DEFAULT = 32 };

static void pla_lower_bound_batch(const omen_index *ix, const uint64_t *keys, size_t count,
                                  size_t *ranks)
{
    size_t G = ix->group;
    for (size_t at = 0; at < count; at += G) {
        size_t m = count - at < G ? count - at : G;
        const uint64_t *k = keys + at;
        size_t lo[OMEN_BATCH_GROUP_MAX], hi[OMEN_BATCH_GROUP_MAX];
        for (size_t i = 0; i < m; i++) {
            if (k[i] <= ix->first || k[i] > ix->last) {
                lo[i] = hi[i] = k[i] <= ix->first ? 0 : ix->n;
                continue;
            }
            locate(ix, k[i], &lo[i], &hi[i]);
            omen_batch_window_start(ix->keys, lo[i], hi[i]);
        }
        omen_batch_search(ix->keys, k, m, lo, hi, ranks + at);
    }
}

static void pla_get_batch(const omen_index *ix, const uint64_t *keys, size_t count,
                          uint64_t *payloads, uint8_t *found)
{
    omen_batch_get(ix, pla_lower_bound_batch, ix->group, ix->keys, ix->payloads, ix->n, keys, count,
                   payloads, found);
}

/* ---- Building -------------------------------------------------------- */

typedef struct pt {
    uint64_t x; /* key minus the segment's first key */
    int64_t y;  /* rank minus the segment's first rank, +-eps for interval ends */
} pt;

typedef struct hull {
    pt *v;
    size_t len, cap, start; /* points before start can no longer support a line */
} hull;

/* x * y as a 128-bit integer from one 64x64 multiply: y's two's complement
 * read as unsigned is y + 2^64 when y < 0, and x * 2^64 takes that back. */
static inline __int128 mul_us(uint64_t x, int64_t y)
{
    unsigned __int128 p = (unsigned __int128)x * (uint64_t)y;
    p -= ((unsigned __int128)(x & (uint64_t)(y >> 63))) << 64;
    return (__int128)p;
}

/* Twice the signed area of (o, a, b), for o.x <= a.x <= b.x: > 0 when b is
 * above the line o->a. x differences are below 2^64 and y differences below
 * 2^62 in magnitude, so each product fits in 127 bits. */
static inline __int128 cross(pt o, pt a, pt b)
{
    return mul_us(a.x - o.x, b.y - o.y) - mul_us(b.x - o.x, a.y - o.y);
}

static inline int sign128(__int128 v)
{
    return (v > 0) - (v < 0);
}

/* The sign of cross(o, a, b). The floating-point estimate is off by at
 * most a few units in the last place of its two products (relative error
 * about 1e-15), so a margin of 1e-12 of their size leaves no doubt; inside
 * it, near-collinear points go to the exact test. */
static inline int orient(pt o, pt a, pt b)
{
    double t1 = (double)(a.x - o.x) * (double)(b.y - o.y);
    double t2 = (double)(a.y - o.y) * (double)(b.x - o.x);
    double c = t1 - t2, tol = 1e-12 * (fabs(t1) + fabs(t2));
    if (c > tol)
        return 1;
    if (c < -tol)
        return -1;
    return sign128(cross(o, a, b));
}

typedef struct line {
    pt a, c;   /* a.x < c.x; the line runs through both */
    double w;  /* c.x - a.x, rounded */
    double dy; /* c.y - a.y, rounded */
    double ew; /* 2 eps w: how much lower the lower end of a point is, times w */
} line;

static line line_through(pt a, pt c, int64_t eps)
{
    double w = (double)(c.x - a.x);
    return (line){a, c, w, (double)(c.y - a.y), (double)(2 * eps) * w};
}

/* Where the upper end u (and the lower end u - 2eps) of a point lies
 * relative to ln, as w times the height above it: the orientation
 * cross(a, c, u) in floating point, with no division. Every input is an
 * integer below 2^64 rounded once and each result is at most a few
 * roundings away, so the error is below 1e-15 of |t1| + |t2| + ew; *tol is
 * 1e-12 of that, and a value beyond it has the sign of the exact one. */
static inline double height(const line *ln, pt u, double *tol)
{
    double t1 = (double)(u.y - ln->a.y) * ln->w;
    double t2 = ln->dy * (double)(u.x - ln->a.x);
    *tol = 1e-12 * (fabs(t1) + fabs(t2) + ln->ew);
    return t1 - t2;
}

/* The side of ln (+1 above, 0 on, -1 below) of point p whose scaled
 * height is h: the estimate when it is clear, the exact test otherwise. */
static inline int side(const line *ln, pt p, double h, double tol)
{
    return h > tol ? 1 : h < -tol ? -1 : sign128(cross(ln->a, ln->c, p));
}

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
     * truncation. With cap = floor of the clamp predict() uses, both give
     * the same integer (truncation is monotone); only a fused multiply-add
     * could differ, which the slack covers. */
    omen_line ln = {g->slope, g->icept};
    size_t cap = g[1].icept < 1 ? 0 : (size_t)g[1].icept;
    size_t pos[256];
    size_t err_lo = lv->err_lo, err_hi = lv->err_hi;
    size_t pu = predict(g, 0); /* prediction at the current step's left end */
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
            pu = r + 1 < yend && A[r + 1] == v && v != UINT64_MAX ? predict(g, v + 1 - x0)
                                                                  : pv;
        }
    }
    /* The gap after the last run, if any. */
    if (!last && (yend == y0 || A[yend - 1] + 1 < xend)) {
        size_t pv = predict(g, xend - 1 - x0);
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
 * (94% at 100M keys), and parts need nothing from each other until their
 * segments are concatenated. Each part starts at a run of equal keys, and
 * its last segment is verified once the next part's first segment, its
 * clamp, is in place; the bounds are measured as everywhere else, so the
 * only cost of a split is that a segment may end at it that a single pass
 * would have continued: at most parts - 1 segments more than the minimum. */
enum { MAX_PARTS = 16 };

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
    pthread_t tid[MAX_PARTS];
    int started[MAX_PARTS] = {0};
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

static void free_levels(omen_index *ix)
{
    for (unsigned l = 0; l < MAX_LEVELS; l++) {
        omen_free(ix->lv[l].firsts);
        omen_free(ix->lv[l].segs);
    }
    memset(ix->lv, 0, sizeof ix->lv);
    ix->nlevels = 0;
}

static void pla_free(omen_index *ix)
{
    free_levels(ix);
    omen_free(ix);
}

static size_t pla_size_bytes(const omen_index *ix);

/* Level 0 over the keys at eps, then upper levels at eps_in until at most
 * top first keys are left. */
static int build_levels(omen_index *ix, size_t eps, size_t eps_in, size_t top, unsigned parts,
                        omen_error *err)
{
    builder b = {.err = err};
    int rc = parts > 1 ? build_level_parallel(&b, &ix->lv[0], ix->keys, ix->n, eps, parts)
                       : build_level(&b, &ix->lv[0], ix->keys, ix->n, eps);
    ix->nlevels = 1;
    while (!rc && ix->lv[ix->nlevels - 1].nseg > top) {
        const pla_level *below = &ix->lv[ix->nlevels - 1];
        rc = build_level(&b, &ix->lv[ix->nlevels], below->firsts, below->nseg, eps_in);
        ix->nlevels++;
    }
    omen_free(b.up.v);
    omen_free(b.dn.v);
    return rc;
}

/* The size budget of issue 16: 2% of the key array (8n bytes). Small sets
 * get room for 64 segments besides the fixed header, or they would need an
 * eps near n. */
static double budget_bytes(size_t n)
{
    double b = 0.02 * 8 * (double)n, least = (double)(sizeof(omen_index) + 64 * 24);
    return b > least ? b : least;
}

/* Largest eps the default reaches: past it the window is a long search and
 * no budget needs more. */
enum { EPS_AUTO_MAX = 1 << 16 };

/* eps not given: the smallest of 16, 32, 64, ... whose index fits the
 * budget. 16 is built first, since it fits on most data and is the fastest
 * (see pla_build); if it does not fit, the next eps comes from a sample
 * (pla_eps.c) and the index is built again, so choosing costs about one
 * more build. A rebuild that still does not fit goes round again. */
static int fit_budget(omen_index *ix, size_t eps, size_t eps_in, size_t top, unsigned parts,
                      omen_error *err)
{
    double budget = budget_bytes(ix->n), pct = 100.0 / (8.0 * (double)ix->n);
    size_t len = 0, cap = sizeof ix->note;
    double size = (double)pla_size_bytes(ix);
    if (size <= budget) {
        if (size * pct <= 2)
            snprintf(ix->note, cap, "eps=%zu (default): %.2f%% of the keys, within the 2%% "
                     "budget", eps, size * pct);
        else
            snprintf(ix->note, cap, "eps=%zu (default): %.2f%% of the keys, within a small "
                     "set's budget: the fixed %zu-byte header and 64 segments", eps, size * pct,
                     sizeof *ix);
        return OMEN_OK;
    }
    len = (size_t)snprintf(ix->note, cap, "eps=%zu: %.2f%%", eps, size * pct);
    while (size > budget && eps < EPS_AUTO_MAX) {
        /* Bytes per level-0 segment, upper levels included, as measured. */
        double fixed = (double)sizeof *ix, nseg = (double)ix->lv[0].nseg;
        double per = (size - fixed) / nseg, target = (budget - fixed) / per, est;
        size_t next;
        int rc = omen_pla_next_eps(ix->keys, ix->n, eps, ix->lv[0].nseg, target, EPS_AUTO_MAX,
                                   &next, &est, err);
        free_levels(ix);
        if (!rc)
            rc = build_levels(ix, next, eps_in, top, parts, err);
        if (rc)
            return rc;
        eps = next;
        size = (double)pla_size_bytes(ix);
        if (len < cap)
            len += (size_t)snprintf(ix->note + len, cap - len, ", eps=%zu: %.2f%% (est. %.2f%%)",
                                    eps, size * pct, (fixed + est * per) * pct);
    }
    if (len < cap)
        snprintf(ix->note + len, cap - len, "; eps=%zu chosen for the 2%% budget", eps);
    return OMEN_OK;
}

/* The parameters, their ranges and defaults: build parses a copy, and
 * --list prints its help from this table. */
static const omen_param pla_params[] = {
    {.name = "eps", .what = "max error of a data segment", .kind = OMEN_PARAM_INT, .min = 1,
     .max = 1 << 20, .i = 16,
     .dflt = "the smallest of 16, 32, 64, ... that keeps the index within 2% of the keys"},
    {.name = "eps_internal", .what = "of the upper levels", .kind = OMEN_PARAM_INT, .min = 1,
     .max = 1 << 20, .i = 4},
    {.name = "top", .what = "root size searched directly", .kind = OMEN_PARAM_INT, .min = 1,
     .max = 1 << 20, .i = 1024},
    {.name = "threads", .what = "level 0 streamed in parts on that many threads",
     .kind = OMEN_PARAM_INT, .min = 0, .max = MAX_PARTS, .i = 0,
     .dflt = "0: every core for 4M keys and more"},
    {.name = "group", .what = "keys a batched lookup interleaves", .kind = OMEN_PARAM_INT,
     .min = 1, .max = OMEN_BATCH_GROUP_MAX, .i = GROUP_DEFAULT},
};

static int pla_build(const uint64_t *keys, const uint64_t *payloads, size_t n,
                     const char *params, omen_index **out, omen_error *err)
{
    /* eps = 16: the fastest lookups measured, raised by fit_budget where
     * it passes the 2% budget; eps_internal = 4 keeps the upper levels'
     * windows smallest; top = 1024 saves skewed sets a level. Numbers:
     * docs/decisions.md, "pla: defaults". */
    omen_param spec[sizeof pla_params / sizeof pla_params[0]];
    memcpy(spec, pla_params, sizeof spec);
    int rc = OMEN_PARAMS_PARSE("pla", params, spec, err);
    if (rc)
        return rc;
    size_t eps = (size_t)spec[0].i, eps_in = (size_t)spec[1].i, top = (size_t)spec[2].i;
    /* threads=0: every core, for arrays of 4M keys and more, with parts of
     * at least 1M keys (below that a thread costs more than it saves). */
    unsigned parts = (unsigned)spec[3].i;
    if (parts == 0) {
        long cpus = sysconf(_SC_NPROCESSORS_ONLN);
        size_t most = n >= ((size_t)4 << 20) ? n / ((size_t)1 << 20) : 1;
        parts = cpus < 1 ? 1 : cpus > MAX_PARTS ? MAX_PARTS : (unsigned)cpus;
        parts = parts > most ? (unsigned)most : parts;
    }

    omen_index *ix = omen_calloc(1, sizeof *ix);
    if (!ix)
        return omen_errorf(err, OMEN_ENOMEM, "pla: out of memory");
    ix->keys = keys;
    ix->payloads = payloads;
    ix->n = n;
    ix->group = (size_t)spec[4].i;
    ix->first = n ? keys[0] : 0;
    ix->last = n ? keys[n - 1] : 0;
    if (n) {
        rc = build_levels(ix, eps, eps_in, top, parts, err);
        if (!rc && !spec[0].given)
            rc = fit_budget(ix, eps, eps_in, top, parts, err);
        else
            snprintf(ix->note, sizeof ix->note, "eps=%zu as given", eps);
        if (rc) {
            pla_free(ix);
            return rc;
        }
    }
    *out = ix;
    return OMEN_OK;
}

static size_t pla_size_bytes(const omen_index *ix)
{
    size_t s = sizeof *ix;
    for (unsigned l = 0; l < ix->nlevels; l++)
        s += ix->lv[l].cap * sizeof *ix->lv[l].firsts +
             (ix->lv[l].cap + 1) * sizeof *ix->lv[l].segs;
    return s;
}

/* Position error of level 0 over the keys: |prediction - rank of the key's
 * first occurrence|, the rank a lookup of that key must find. */
static int pla_stats(const omen_index *ix, omen_index_stats *st)
{
    double total = 0;
    st->max_abs_error = 0;
    st->models = 0;
    for (unsigned l = 0; l < ix->nlevels; l++)
        st->models += ix->lv[l].nseg;
    if (ix->n) {
        const pla_level *lv = &ix->lv[0];
        size_t s = 0, first = 0;
        for (size_t i = 0; i < ix->n; i++) {
            uint64_t k = ix->keys[i];
            if (i == 0 || k != ix->keys[i - 1])
                first = i;
            while (s + 1 < lv->nseg && lv->firsts[s + 1] <= k)
                s++;
            size_t p = predict(&lv->segs[s], k - lv->firsts[s]);
            size_t e = p > first ? p - first : first - p;
            total += (double)e;
            if (e > st->max_abs_error)
                st->max_abs_error = e;
        }
    }
    st->mean_abs_error = ix->n ? total / (double)ix->n : 0;
    st->size_bytes = pla_size_bytes(ix);
    snprintf(st->note, sizeof st->note, "%s", ix->note);
    return OMEN_OK;
}

static const char *const pla_test_params[] = {"eps=1,eps_internal=1,top=1",
                                              "eps=100000,eps_internal=3",
                                              "threads=3", "eps=2,threads=16",
                                              "group=1", "group=7", "group=256", NULL};

const omen_index_vtable omen_pla_vtable = {
    .version = OMEN_INDEX_VERSION,
    .name = "pla",
    .description = "learned: PGM-style optimal piecewise-linear levels with error bound eps",
    OMEN_VTABLE_PARAMS(pla_params),
    .caps = 0,
    .build = pla_build,
    .get = pla_get,
    .lower_bound = pla_lower_bound,
    .range = NULL, /* v2: the default from lower_bound */
    .size_bytes = pla_size_bytes,
    .free = pla_free,
    .get_batch = pla_get_batch,
    .lower_bound_batch = pla_lower_bound_batch,
    .stats = pla_stats,
    .test_params = pla_test_params,
    .tune_grid = "eps=8|16|32|64|128|256",
};
