/* rmi's build: the root chosen on a sample of the keys, the leaves fitted
 * and measured in one pass over the keys, and leaves crowded by clusters the
 * root cannot spread split into children of their own (the layout and the
 * arithmetic measured with: rmi.h). */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "common/alloc.h"
#include "indexes/batch.h"
#include "indexes/params.h"
#include "indexes/rmi.h"
#include "indexes/sorted_array.h"

const char *const omen_rmi_root_names[] = {"linear", "cubic", "radix", "log", "auto", NULL};


/* Solves the 4x4 system a x = b by Gaussian elimination with partial
 * pivoting; returns 0 when it is singular. */
static int solve4(double a[4][4], double b[4], double x[4])
{
    for (int c = 0; c < 4; c++) {
        int p = c;
        for (int r = c + 1; r < 4; r++)
            if (fabs(a[r][c]) > fabs(a[p][c]))
                p = r;
        if (!(fabs(a[p][c]) > 1e-300))
            return 0;
        for (int k = 0; k < 4; k++) {
            double t = a[c][k];
            a[c][k] = a[p][k];
            a[p][k] = t;
        }
        double t = b[c];
        b[c] = b[p];
        b[p] = t;
        for (int r = c + 1; r < 4; r++) {
            double f = a[r][c] / a[c][c];
            for (int k = c; k < 4; k++)
                a[r][k] -= f * a[c][k];
            b[r] -= f * b[c];
        }
    }
    for (int c = 3; c >= 0; c--) {
        double s = b[c];
        for (int k = c + 1; k < 4; k++)
            s -= a[c][k] * x[k];
        x[c] = s / a[c][c];
    }
    for (int c = 0; c < 4; c++)
        if (!isfinite(x[c]))
            return 0;
    return 1;
}

/* c1 + 2 c2 t + 3 c3 t^2 >= 0 on [0, 1]: the cubic is non-decreasing there. */
static int cubic_increasing(const double c[4])
{
    double d0 = c[1], d1 = c[1] + 2 * c[2] + 3 * c[3];
    if (!(d0 >= 0 && d1 >= 0))
        return 0;
    if (c[3] != 0) {
        double tv = -c[2] / (3 * c[3]);
        if (tv > 0 && tv < 1 && c[1] + 2 * c[2] * tv + 3 * c[3] * tv * tv < 0)
            return 0;
    }
    return 1;
}

/* Radix and log roots: the top bits of x in [0, xmax], at most `branches`
 * leaves (at least half of them used). */
static void setup_radix(root_model *r, uint64_t xmax, size_t branches)
{
    unsigned bits = xmax ? 64u - (unsigned)__builtin_clzll(xmax) : 0;
    unsigned lb = (unsigned)__builtin_ctzll(branches);
    r->shift = bits > lb ? bits - lb : 0;
    r->mask = (UINT64_C(1) << r->shift) - 1;
    r->nleaves = (size_t)(xmax >> r->shift) + 1;
}

/* Linear and cubic roots map t in [0, 1] (klo to khi) onto [0, nleaves].
 * linear: the line through both ends. A least-squares line would give the
 *   dense middle of an S-shaped distribution more leaves, but it leaves the
 *   range [0, nleaves] at both ends and the clamp then piles whole tails
 *   into the root's first and last leaf (on normal:200K that made windows 20x
 *   wider than the line through the ends).
 * cubic: least squares on the sample, blended towards the line as far as
 *   needed to be increasing on [0, 1], then stretched so that it, too, runs
 *   from 0 to nleaves. */
static void setup_curve(root_model *r, uint64_t xmax, size_t branches, const uint64_t *sample,
                        size_t s)
{
    double B = (double)branches;
    r->nleaves = branches;
    r->max_leaf = B - 1;
    r->scale = xmax ? 1.0 / rmi_u64_to_double(xmax >> r->pre) : 0;
    r->c0 = 0, r->c1 = B, r->c2 = 0, r->c3 = 0;
    if (r->type != ROOT_CUBIC || s < 2)
        return;
    /* Sample k sits at fraction k / (s - 1) of the domain's ranks. */
    double mom[7] = {0}, ty[4] = {0};
    for (size_t k = 0; k < s; k++) {
        double t = rmi_u64_to_double((sample[k] - r->klo) >> r->pre) * r->scale;
        double y = (double)k * B / (double)(s - 1), p = 1;
        for (int d = 0; d < 7; d++, p *= t) {
            mom[d] += p;
            if (d < 4)
                ty[d] += p * y;
        }
    }
    double a[4][4], b[4], c[4];
    for (int i = 0; i < 4; i++) {
        for (int k = 0; k < 4; k++)
            a[i][k] = mom[i + k];
        b[i] = ty[i];
    }
    if (!solve4(a, b, c))
        return;
    /* Bisect for the largest weight of the cubic that keeps it increasing;
     * the line alone (weight 0) is. */
    const double line[4] = {0, B, 0, 0};
    double lo = 0, hi = 1, mix[4];
    for (int it = 0; it < 40; it++) {
        double w = it == 0 ? 1 : (lo + hi) / 2;
        for (int k = 0; k < 4; k++)
            mix[k] = w * c[k] + (1 - w) * line[k];
        if (cubic_increasing(mix)) {
            lo = w;
            if (it == 0)
                break;
        } else {
            hi = w;
        }
    }
    for (int k = 0; k < 4; k++)
        mix[k] = lo * c[k] + (1 - lo) * line[k];
    double range = mix[1] + mix[2] + mix[3]; /* y(1) - y(0) */
    if (!(range > 0) || !isfinite(range))
        return;
    r->c1 = mix[1] * B / range;
    r->c2 = mix[2] * B / range;
    r->c3 = mix[3] * B / range;
}

static void setup_root(root_model *r, int type, uint64_t klo, uint64_t khi, size_t branches,
                       const uint64_t *sample, size_t s)
{
    memset(r, 0, sizeof *r);
    r->type = type;
    r->klo = klo;
    r->pre = (type == ROOT_LOG ? khi : khi - klo) >> 63 ? 1 : 0;
    if (type == ROOT_RADIX) {
        setup_radix(r, khi - klo, branches);
    } else if (type == ROOT_LOG) {
        r->xbase = rmi_log_bits(klo, r->pre);
        setup_radix(r, rmi_log_bits(khi, r->pre) - r->xbase, branches);
    } else {
        setup_curve(r, khi - klo, branches, sample, s);
    }
}

/* branches not given: the most leaves, as a power of two, whose 16 bytes
 * each (and the sentinel's) keep the index under 2% of the keys' size (the
 * issue's bound); more leaves were faster on every distribution measured
 * (docs/decisions.md, "rmi"). The
 * radix and log roots use between half and all of the branches they are
 * given, so they may be given twice as many. */
static size_t default_branches(int type, uint64_t klo, uint64_t khi, size_t n)
{
    double most = 0.0199 * 8 * (double)n / sizeof(leaf) - 2;
    size_t b = 2;
    while (b < ((size_t)1 << 26)) {
        root_model r;
        setup_root(&r, type, klo, khi, 2 * b, NULL, 0);
        if ((double)r.nleaves > most)
            break;
        b *= 2;
    }
    return b;
}

/* setup_root with the default branches when branches is 0. */
static void setup_root_for(root_model *r, int type, uint64_t klo, uint64_t khi,
                           size_t branches, size_t n, const uint64_t *sample, size_t s)
{
    if (!branches)
        branches = default_branches(type, klo, khi, n);
    setup_root(r, type, klo, khi, branches, sample, s);
}

/* How well a root spreads the keys: the mean over the sample of log2 of
 * the estimated size of the sample key's leaf, about the number of steps of
 * its last-mile search. */
static double root_cost(const root_model *r, const uint64_t *sample, size_t s, size_t m)
{
    double per = (double)m / (double)s, cost = 0;
    size_t run = 0, prev = SIZE_MAX;
    for (size_t k = 0; k < s; k++) {
        double u;
        size_t j = rmi_root_eval(r, sample[k], &u);
        if (j != prev && run) {
            cost += (double)run * log2(1 + (double)run * per);
            run = 0;
        }
        prev = j;
        run++;
    }
    cost += (double)run * log2(1 + (double)run * per);
    return cost / (double)s;
}

/* root=auto: the root that spreads the sample best. A root that costs more
 * to evaluate than the radix root (two integer operations) must win by
 * part of a search step: the log root by 0.05, linear by 0.2, cubic by 0.3. */
static void choose_root(root_model *r, uint64_t klo, uint64_t khi, size_t branches, size_t n,
                        const uint64_t *sample, size_t s, size_t m)
{
    static const int order[] = {ROOT_RADIX, ROOT_LOG, ROOT_LINEAR, ROOT_CUBIC};
    static const double handicap[] = {0, 0.05, 0.2, 0.3};
    double best = 0;
    for (size_t i = 0; i < sizeof order / sizeof order[0]; i++) {
        root_model c;
        setup_root_for(&c, order[i], klo, khi, branches, n, sample, s);
        double cost = root_cost(&c, sample, s, m) + handicap[i];
        if (i == 0 || cost < best) {
            best = cost;
            *r = c;
        }
    }
}

typedef struct leaf_sums {
    size_t count;
    double u0; /* u of the leaf's first key: sums are of u - u0, for precision */
    double su, sr, suu, sur;
} leaf_sums;

/* The u of a leaf's keys, kept by the main pass so the rescans need not
 * evaluate the root again; NaN marks a key the leaf does not fit (a copy of
 * the key before it, or one the root sends elsewhere). Leaves bigger than
 * the buffer evaluate the root again. */
enum { UCACHE = 4096 };

typedef struct leaf_scan {
    omen_index *ix;
    double *ucache;
} leaf_scan;

/* The leaf (an index into leaves) that holds key, and u there. */
static inline size_t locate_leaf(const omen_index *ix, uint64_t key, double *u)
{
    const leaf *l = &ix->leaves[rmi_root_eval(&ix->root, key, u)];
    return (size_t)(rmi_leaf_of(ix, l, u) - ix->leaves);
}

/* Only the first of equal keys is fitted and measured: a lookup of the key
 * must find that rank, and a probe just past a long run, which must find the
 * rank after it, is found by the final check's short exponential search.
 * Fitting every copy would make a run of c keys a vertical step that no
 * line follows, and the window c wide. */
static inline int first_copy(const uint64_t *keys, size_t i)
{
    return i == 0 || keys[i - 1] != keys[i];
}

/* u of key i of the leaf j starting at rank a; 0 when the leaf does not fit
 * it (see UCACHE). */
static inline int scan_u(const leaf_scan *sc, size_t j, size_t a, size_t i, double *u)
{
    if (i - a < UCACHE) {
        *u = sc->ucache[i - a];
        return *u == *u;
    }
    return first_copy(sc->ix->keys, i) && locate_leaf(sc->ix, sc->ix->keys[i], u) == j;
}

/* A leaf serving ranks [a, b) before its line is fitted: window [a, a). */
static void empty_leaf(leaf *l, size_t a, size_t b)
{
    l->base = 0;
    l->slope = 0;
    l->first = (uint32_t)a;
    l->count = (uint16_t)(b - a < 0xFFFF ? b - a : 0xFFFF);
    l->width = 0;
}

/* Leaf j serves ranks [a, b): fit it, measure it exactly, store it. */
static void finish_leaf(const leaf_scan *sc, size_t j, size_t a, size_t b, const leaf_sums *s)
{
    omen_index *ix = sc->ix;
    leaf *l = &ix->leaves[j];
    empty_leaf(l, a, b);
    if (s->count == 0)
        return;
    /* The least-squares line (ranks relative to a), lowered by its largest
     * overshoot of a key's rank. The clamp to the leaf's ranks takes care of
     * probes beyond the leaf's first and last keys. */
    double cnt = (double)s->count, mu = s->su / cnt, mr = s->sr / cnt;
    double var = s->suu / cnt - mu * mu, cov = s->sur / cnt - mu * mr;
    double ls = var > 0 && cov > 0 ? cov / var : 0;
    float slope = ls < 1e30 ? (float)ls : 0.0f;
    double icpt = mr - (double)slope * (s->u0 + mu), over = -INFINITY;
    if (!isfinite(icpt))
        icpt = 0, slope = 0;
    for (size_t i = a; i < b; i++) {
        double u;
        if (scan_u(sc, j, a, i, &u)) {
            double o = icpt + (double)slope * u - (double)(i - a);
            over = o > over ? o : over;
        }
    }
    /* Measure the window with the lookup's own arithmetic; should rounding
     * leave a start above a key's rank, lower it one rank more and measure
     * again. */
    float base = (float)(icpt - over);
    l->slope = slope;
    size_t width;
    for (int tries = 0;; tries++) {
        int ok = 1;
        width = 0;
        l->base = base;
        for (size_t i = a; ok && i < b; i++) {
            double u;
            if (!scan_u(sc, j, a, i, &u))
                continue;
            size_t lo = rmi_window_lo(l, u);
            ok = lo <= i;
            width = i + 1 - lo > width ? i + 1 - lo : width;
        }
        if (ok)
            break;
        if (tries == 3) { /* the float did not move, or a broken FPU: stay correct */
            l->base = 0;
            l->slope = 0;
            width = b - a;
            break;
        }
        base -= 1.0f;
    }
    l->width = (uint16_t)(width < CHILD_WINDOW ? width : WIDE_WINDOW);
}

/* Fits the leaves [first, end) that share ranks [from, to) (the root's, or a
 * split leaf's children), and sets the sentinel leaf `end`. One pass: keys
 * arrive in leaf order, so each leaf is finished (and its keys, still in
 * cache, rescanned) as soon as the next one starts. */
static void build_leaves(omen_index *ix, double *ucache, size_t from, size_t to, size_t first,
                         size_t end)
{
    const uint64_t *keys = ix->keys;
    leaf_scan sc = {ix, ucache};
    size_t cur = first, start = from;
    leaf_sums s = {0};
    for (size_t i = from; i < to; i++) {
        double u;
        size_t j = locate_leaf(ix, keys[i], &u);
        if (j > cur && j < end) {
            finish_leaf(&sc, cur, start, i, &s);
            for (size_t e = cur + 1; e < j; e++)
                empty_leaf(&ix->leaves[e], i, i);
            cur = j;
            start = i;
            memset(&s, 0, sizeof s);
        }
        if (j != cur || !first_copy(keys, i)) { /* a copy, or a dip of the cubic root */
            if (i - start < UCACHE)
                ucache[i - start] = NAN;
            continue;
        }
        if (i - start < UCACHE)
            ucache[i - start] = u;
        if (s.count == 0)
            s.u0 = u;
        double du = u - s.u0, dr = (double)(i - start);
        s.count++;
        s.su += du;
        s.sr += dr;
        s.suu += du * du;
        s.sur += du * dr;
    }
    finish_leaf(&sc, cur, start, to, &s);
    for (size_t e = cur + 1; e <= end; e++)
        empty_leaf(&ix->leaves[e], to, to);
}

/* The leaf budget: 16 bytes each (and the sentinels') under 2% of the keys'
 * size, the bound on an index. */
static size_t leaf_budget(size_t n)
{
    double most = 0.0199 * 8 * (double)n / sizeof(leaf) - 2;
    return most > 2 ? (size_t)most : 2;
}

/* Keys in leaf j of the root (its ranks run to the next leaf's first). */
static size_t leaf_keys(const omen_index *ix, size_t j)
{
    return ix->leaves[j + 1].first - ix->leaves[j].first;
}

/* A leaf is crowded when its window is much wider (crowd= times, default
 * 8) than the budget's share of keys per leaf: the root could not spread a
 * cluster. Smaller factors split more and narrow the windows, but cost a
 * second leaf read on more lookups (docs/decisions.md, "rmi on the real
 * sets"). */
static int crowded(const omen_index *ix, size_t j, size_t per_leaf)
{
    const leaf *l = &ix->leaves[j];
    size_t limit = ix->crowd * per_leaf > 64 ? ix->crowd * per_leaf : 64;
    size_t w = l->width == WIDE_WINDOW ? leaf_keys(ix, j) : l->width;
    return w > limit && leaf_keys(ix, j) >= 2 * limit;
}

/* The u of leaf j's first and last key; 0 when they are equal (one key and
 * its copies: no line splits it). */
static int split_range(const omen_index *ix, size_t j, double *ua, double *ub)
{
    size_t a = ix->leaves[j].first, b = a + leaf_keys(ix, j);
    return locate_leaf(ix, ix->keys[a], ua) == j && locate_leaf(ix, ix->keys[b - 1], ub) == j &&
           *ub > *ua;
}

/* Splits are nested at most this deep: clusters inside clusters. */
enum { SPLIT_DEPTH = 3 };

typedef struct splitter {
    omen_index *ix;
    double *ucache;
    size_t per_leaf; /* keys per leaf the budget allows */
    size_t cap;      /* leaves the budget allows in all */
    size_t node_cap;
    size_t crowded_keys; /* of the root's leaves, for --stats */
} splitter;

/* Leaf j becomes a node with c children placed at the end of the leaf array,
 * fitted over the leaf's keys; u in [ua, ub] spreads over them. */
static int make_children(splitter *sp, size_t j, double ua, double ub, size_t c)
{
    omen_index *ix = sp->ix;
    if (ix->nnodes == sp->node_cap) {
        size_t cap = sp->node_cap ? 2 * sp->node_cap : 64;
        child_node *v = omen_realloc(ix->nodes, sp->node_cap * sizeof *v, cap * sizeof *v);
        if (!v)
            return -1;
        ix->nodes = v;
        sp->node_cap = cap;
    }
    leaf *l = &ix->leaves[j];
    size_t a = l->first, b = a + leaf_keys(ix, j), child0 = ix->nleaves_all;
    child_node *nd = &ix->nodes[ix->nnodes];
    nd->umin = ua;
    nd->scale = (double)c / (ub - ua);
    nd->max_child = (double)(c - 1);
    nd->child0 = (uint32_t)child0;
    l->node = (uint32_t)ix->nnodes++;
    l->width = CHILD_WINDOW;
    ix->nleaves_all += c + 1;
    memset(&ix->leaves[child0], 0, (c + 1) * sizeof *ix->leaves);
    build_leaves(ix, sp->ucache, a, b, child0, child0 + c);
    return 0;
}

/* Splits the crowded leaves among the group [g0, g0 + cnt) (its sentinel
 * follows), sharing `spare` leaves by their keys. A leaf whose children are
 * crowded again (clusters inside a cluster) takes half the children and
 * leaves the rest of its share to splitting those, which costs one more pass
 * over its keys. */
static int split_group(splitter *sp, size_t g0, size_t cnt, double spare, int depth)
{
    omen_index *ix = sp->ix;
    size_t kc = 0, nc = 0;
    for (size_t j = g0; j < g0 + cnt; j++)
        if (crowded(ix, j, sp->per_leaf))
            kc += leaf_keys(ix, j), nc++;
    if (depth == 0)
        sp->crowded_keys = kc;
    spare -= (double)nc; /* a sentinel each */
    for (size_t j = g0; nc && j < g0 + cnt; j++) {
        double ua, ub;
        if (!crowded(ix, j, sp->per_leaf) || !split_range(ix, j, &ua, &ub))
            continue;
        size_t keys = leaf_keys(ix, j), c = 2;
        double want = spare * (double)keys / (double)kc;
        while (2 * c <= want && c < ((size_t)1 << 20))
            c *= 2;
        /* A node costs two leaves' bytes. */
        if (ix->nleaves_all + c + 1 + 2 * (ix->nnodes + 1) > sp->cap)
            continue;
        size_t child0 = ix->nleaves_all, node = ix->nnodes;
        if (make_children(sp, j, ua, ub, c))
            return -1;
        if (depth + 1 >= SPLIT_DEPTH || c < 8)
            continue;
        size_t kc2 = 0;
        for (size_t k = child0; k < child0 + c; k++)
            kc2 += crowded(ix, k, sp->per_leaf) ? leaf_keys(ix, k) : 0;
        if (kc2 <= keys / 8)
            continue;
        /* Again with half the children (undone: the node and its leaves are
         * the last ones made), the rest for their splits. */
        ix->leaves[j].width = 0;
        ix->nleaves_all = child0;
        ix->nnodes = node;
        if (make_children(sp, j, ua, ub, c / 2) ||
            split_group(sp, child0, c / 2, want - (double)(c / 2) - 1, depth + 1))
            return -1;
    }
    return 0;
}

/* Splits every crowded leaf of the root into children, as many as its share
 * of the crowded keys earns of the leaves the budget has left. */
static int split_crowded(omen_index *ix, double *ucache, size_t budget, omen_error *err)
{
    size_t nl = ix->root.nleaves;
    if (budget < nl + 4)
        return OMEN_OK;
    leaf *grown = omen_realloc(ix->leaves, ix->nleaves_all * sizeof *grown, budget * sizeof *grown);
    if (!grown)
        return omen_errorf(err, OMEN_ENOMEM, "rmi: out of memory for %zu leaves", budget);
    ix->leaves = grown;
    splitter sp = {ix, ucache, ix->n / budget + 1, budget, 0, 0};
    if (split_group(&sp, 0, nl, (double)(budget - nl - 1), 0))
        return omen_errorf(err, OMEN_ENOMEM, "rmi: out of memory for split leaves");
    ix->children = ix->nleaves_all - nl - 1 - ix->nnodes;
    ix->crowd_share = (double)sp.crowded_keys / (double)ix->n;
    return OMEN_OK;
}

/* Sets up the root for `branches` (0: the budget's default) and fits its
 * leaves; the leaf array is (re)allocated. */
static int build_root_leaves(omen_index *ix, int type, size_t branches, const uint64_t *sample,
                             size_t s, double *ucache, omen_error *err)
{
    size_t m = ix->hi_rank - ix->lo_rank;
    if (type == ROOT_AUTO)
        choose_root(&ix->root, ix->klo, ix->khi, branches, ix->n, sample, s, m);
    else
        setup_root_for(&ix->root, type, ix->klo, ix->khi, branches, ix->n, sample, s);
    omen_free(ix->leaves);
    ix->nleaves_all = ix->root.nleaves + 1;
    /* Zeroed: locate_leaf reads a leaf's width before the leaf is fitted. */
    ix->leaves = omen_calloc(ix->nleaves_all, sizeof *ix->leaves);
    if (!ix->leaves)
        return omen_errorf(err, OMEN_ENOMEM, "rmi: out of memory for %zu leaves",
                           ix->root.nleaves);
    build_leaves(ix, ucache, ix->lo_rank, ix->hi_rank, 0, ix->root.nleaves);
    return OMEN_OK;
}

void omen_rmi_free(omen_index *ix)
{
    omen_free(ix->nodes);
    omen_free(ix->leaves);
    omen_free(ix);
}

int omen_rmi_build(const uint64_t *keys, const uint64_t *payloads, size_t n, const char *params,
                   omen_index **out, omen_error *err)
{
    omen_param spec[] = {
        {.name = "root", .kind = OMEN_PARAM_CHOICE, .choices = omen_rmi_root_names, .i = ROOT_AUTO},
        {.name = "branches", .kind = OMEN_PARAM_POW2, .min = 2, .max = 1 << 26, .i = 0},
        {.name = "group", .kind = OMEN_PARAM_INT, .min = 1, .max = OMEN_BATCH_GROUP_MAX,
         .i = GROUP_DEFAULT},
        {.name = "split", .kind = OMEN_PARAM_INT, .min = 0, .max = 1, .i = 1},
        {.name = "crowd", .kind = OMEN_PARAM_INT, .min = 1, .max = 64, .i = 8},
    };
    int rc = OMEN_PARAMS_PARSE("rmi", params, spec, err);
    if (rc)
        return rc;
    if (n > UINT32_MAX)
        return omen_errorf(err, OMEN_EINVAL,
                           "rmi: %zu keys; a leaf holds 32-bit ranks, so at most %u keys",
                           n, UINT32_MAX);
    /* 0: the default, which depends on the root. Beyond a few leaves per key
     * more leaves only cost memory (a 3-key probe build must not allocate a
     * gigabyte). */
    size_t branches = spec[1].given ? (size_t)spec[1].i : 0;
    while (branches > 1024 && branches / 4 > n)
        branches /= 2;

    omen_index *ix = omen_calloc(1, sizeof *ix);
    if (!ix)
        return omen_errorf(err, OMEN_ENOMEM, "rmi: out of memory");
    ix->keys = keys;
    ix->payloads = payloads;
    ix->n = n;
    ix->group = (size_t)spec[2].i;
    ix->crowd = (size_t)spec[4].i;
    if (n == 0) {
        /* Every probe is below klo or above khi, and both tails are empty. */
        ix->klo = UINT64_MAX;
        ix->khi = 0;
        *out = ix;
        return OMEN_OK;
    }
    omen_sorted_trim_outliers(keys, n, n / 1024, &ix->lo_rank, &ix->hi_rank);
    ix->klo = keys[ix->lo_rank];
    ix->khi = keys[ix->hi_rank - 1];

    /* An evenly spaced sample of the domain's keys, for fitting the cubic
     * and for choosing the root. */
    int type = (int)spec[0].i;
    size_t m = ix->hi_rank - ix->lo_rank, s = m < 65536 ? m : 65536;
    uint64_t *sample = omen_alloc(s * sizeof *sample);
    double *ucache = omen_alloc(UCACHE * sizeof *ucache);
    if (!sample || !ucache) {
        rc = omen_errorf(err, OMEN_ENOMEM, "rmi: out of memory");
        goto done;
    }
    for (size_t k = 0; k < s; k++)
        sample[k] = keys[ix->lo_rank + (s > 1 ? k * (m - 1) / (s - 1) : 0)];
    rc = build_root_leaves(ix, type, branches, sample, s, ucache, err);
    if (!rc && spec[3].i && !spec[1].given) {
        /* Clusters the root cannot spread: when crowded leaves hold a good
         * share of the keys, a root with fewer leaves leaves the budget's
         * rest to splitting them, which costs a build again at most. */
        size_t budget = leaf_budget(n), per_leaf = n / budget + 1, kc = 0;
        for (size_t j = 0; j < ix->root.nleaves; j++)
            kc += crowded(ix, j, per_leaf) ? leaf_keys(ix, j) : 0;
        if (kc > m / 16) {
            size_t b = 2, was = ix->root.nleaves;
            while (2 * b <= (double)budget * (1.0 - (double)kc / (double)m) / 2)
                b *= 2;
            b = b < 64 ? 64 : b;
            if (b < was) {
                rc = build_root_leaves(ix, type, b, sample, s, ucache, err);
                ix->root_was = was;
            }
        }
        if (!rc)
            rc = split_crowded(ix, ucache, budget, err);
    }
done:
    omen_free(sample);
    omen_free(ucache);
    if (rc) {
        omen_rmi_free(ix);
        return rc;
    }

    *out = ix;
    return OMEN_OK;
}

