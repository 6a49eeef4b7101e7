/* rmi: a two-stage recursive model index (Kraska et al., SIGMOD 2018, in the
 * two-level form of the SOSD reference design).
 *
 * A root model maps a key to one of `branches` leaves; each leaf is a line
 * from the key to a window of ranks in the sorted array, and the last mile
 * is a search of that window. Root types:
 *   radix   the top bits of (key - klo): a subtraction and a shift;
 *   log     the top bits of the key's double (exponent, then mantissa): a
 *           piecewise-linear log2, which spreads lognormal-like keys evenly;
 *   linear  the line from klo to khi onto the leaves;
 *   cubic   a least-squares cubic, made increasing and stretched onto the
 *           leaves;
 *   auto    (default) whichever of these spreads a sample of the keys best.
 * Unlike SOSD's RMI, no configuration is generated ahead of time.
 *
 * A leaf is 16 bytes, a quarter of a cache line, so a lookup reads one
 * line of model: the line that gives the window's first rank, the window's
 * width, and the leaf's own ranks [a, b] that the start is clamped to:
 *   lo = a + clamp(base + slope * u, 0, b - a), hi = lo + width
 * where u is the key's position inside the leaf as the root sees it (the
 * fraction of the root's output for linear/cubic, the low bits for radix
 * and log), and the line is the least-squares fit over the leaf's keys.
 * The clamp is what lets a leaf whose keys fill a small part of its key
 * range (a cluster) keep a steep, accurate line: without it the window
 * would have to hold where the line runs off beyond the cluster (the
 * numbers: docs/decisions.md, "rmi").
 *
 * Why the windows hold for keys that are not in the data: the root is
 * non-decreasing in the key, so the keys a leaf serves are a contiguous run
 * of ranks [a, b), and lo(u) is non-decreasing in u. If every key of the
 * leaf has lo <= its rank, then for any probe in the leaf the true rank r
 * (the first key >= probe) satisfies lo <= r (lo <= b by the clamp); if
 * every key has rank + 1 <= lo + width, then r <= hi (a <= lo by the
 * clamp). The build measures both with the very function lookups use.
 * A final check of the window's two neighbours makes any remaining miss (a
 * cubic root that rounding makes non-monotone for a few keys) cost a short
 * exponential search instead of a wrong answer.
 *
 * Outliers: a handful of keys far from the rest (e.g. near UINT64_MAX) would
 * stretch the root over an empty range and crowd every other key into a few
 * leaves. The root's domain [klo, khi] therefore leaves out keys at either
 * end when leaving out n/1024 of them would at least halve the span, and
 * then only those beyond twice the remaining span; keys outside the domain
 * are found by a binary search over their (small) tail.
 *
 * Real data: only the first of equal keys is fitted and measured (a run of
 * copies is a vertical step no line follows), and leaves that a cluster the
 * root cannot spread crowds are split into children by a line of their own
 * (child_node), the leaf budget shared between the root and the splits. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "common/alloc.h"
#include "indexes/batch.h"
#include "indexes/params.h"
#include "indexes/sorted_array.h"

enum { ROOT_LINEAR, ROOT_CUBIC, ROOT_RADIX, ROOT_LOG, ROOT_AUTO };
static const char *const root_names[] = {"linear", "cubic", "radix", "log", "auto", NULL};

typedef struct leaf {
    union {
        struct {
            /* Window start at u = 0, before the clamp, relative to first:
             * small numbers, so a float holds them to well under a rank (the
             * build measures the window with these very floats in any case). */
            float base;
            float slope; /* window start per unit of u; >= 0 */
        };
        uint32_t node; /* width == CHILD_WINDOW: the child_node that splits this leaf */
    };
    uint32_t first; /* the leaf's first rank (datasets hold < 2^32 keys) */
    /* The window start is clamped to [first, first + count], count being
     * the leaf's keys saturated at 65535: any clamp inside the leaf's
     * ranks is valid, as the build measures with the one stored. */
    uint16_t count;
    /* Window length in ranks; WIDE_WINDOW when it does not fit: then the
     * window runs to the next leaf's first rank, the end of this leaf's;
     * CHILD_WINDOW when the leaf is split into children. */
    uint16_t width;
} leaf;

enum { WIDE_WINDOW = 0xFFFF, CHILD_WINDOW = 0xFFFE };

/* A crowded leaf (a cluster the root cannot spread) is split: its u is
 * mapped by a line onto nchild leaves of its own, which follow in the leaf
 * array with a sentinel, as the root's leaves do. */
typedef struct child_node {
    double umin, scale; /* child y = (u - umin) * scale */
    double max_child;   /* nchild - 1 */
    uint32_t child0;    /* its first leaf */
} child_node;

/* Four leaves to a line, none straddling two, where the 24-byte leaf that
 * this replaced (double base, 64-bit first and count) straddled one time in
 * four, and twice the leaves for the same bytes, which the default
 * branches turns into smaller windows. */
_Static_assert(sizeof(leaf) == 16, "a leaf is 16 bytes");

/* The root: key -> (leaf, u), for keys in the domain [klo, khi]. */
typedef struct root_model {
    int type;
    size_t nleaves;
    uint64_t klo;
    /* Keys are shifted right by pre (0 or 1) where they become doubles, so
     * they fit the signed conversion. */
    unsigned pre;
    /* radix, log: leaf = x >> shift, u = x & mask, where x is key - klo
     * (radix) or the bits of (double)key minus those of (double)klo (log:
     * the bits of a positive double grow with it, exponent first, so they
     * are a piecewise-linear log2 of the key and x is its radix). */
    unsigned shift;
    uint64_t mask, xbase;
    /* linear, cubic: y = c0 + t (c1 + t (c2 + t c3)), t = ((key - klo) >> pre) * scale,
     * leaf = clamp(floor(y)), u = y - leaf */
    double scale, c0, c1, c2, c3;
    double max_leaf;     /* nleaves - 1 */
} root_model;

struct omen_index {
    const uint64_t *keys; /* borrowed from the dataset */
    const uint64_t *payloads;
    size_t n;
    /* The root's key domain [klo, khi] holds the ranks [lo_rank, hi_rank). */
    uint64_t klo, khi;
    size_t lo_rank, hi_rank;
    root_model root;
    leaf *leaves;
    size_t nleaves_all; /* the root's leaves, children and sentinels */
    child_node *nodes;
    size_t nnodes;
    size_t group;
    /* What the build chose, for --stats: the root's leaves before a cut for
     * crowding (0: no cut), and the children that splits added. */
    size_t root_was, children;
    double crowd_share; /* keys a batched lookup takes through each stage together */
};
OMEN_SORTED_VIEW_FIRST(struct omen_index);

/* x < 2^63 here, so the signed conversion (one instruction) is exact enough;
 * the unsigned one branches on the top bit, which uniform keys mispredict. */
static inline double small_u64_to_double(uint64_t x)
{
    return (double)(int64_t)x;
}

static inline uint64_t log_bits(uint64_t key, unsigned pre)
{
    double d = small_u64_to_double(key >> pre);
    uint64_t b;
    memcpy(&b, &d, sizeof b);
    return b;
}

/* Leaf of a key in the domain, and the key's position u inside that leaf.
 * Non-decreasing in the key for every root but the cubic, whose fit is
 * increasing but whose rounding may not be (see the top comment). */
static inline size_t root_eval(const root_model *r, uint64_t key, double *u)
{
    if (r->type == ROOT_RADIX || r->type == ROOT_LOG) {
        uint64_t x = r->type == ROOT_RADIX ? key - r->klo : log_bits(key, r->pre) - r->xbase;
        *u = small_u64_to_double(x & r->mask);
        return (size_t)(x >> r->shift);
    }
    double t = small_u64_to_double((key - r->klo) >> r->pre) * r->scale;
    double y = r->type == ROOT_CUBIC ? r->c0 + t * (r->c1 + t * (r->c2 + t * r->c3))
                                     : r->c0 + t * r->c1;
    double yc = y > 0 ? y : 0;
    yc = yc < r->max_leaf ? yc : r->max_leaf;
    size_t j = (size_t)(int64_t)yc;
    *u = y - (double)j;
    return j;
}

/* First rank of the window: non-decreasing in u because slope >= 0. */
static inline size_t window_lo(const leaf *l, double u)
{
    double p = (double)l->base + (double)l->slope * u;
    p = p > 0 ? p : 0;
    p = p < (double)l->count ? p : (double)l->count;
    return l->first + (size_t)(int64_t)p;
}

/* From the leaf the root chose down through any split to the leaf that
 * holds the key; u becomes the key's position in that leaf. Monotone in u:
 * a line, then the same split as the root's. */
static inline const leaf *leaf_of(const omen_index *ix, const leaf *l, double *u)
{
    while (l->width == CHILD_WINDOW) {
        const child_node *c = &ix->nodes[l->node];
        double y = (*u - c->umin) * c->scale;
        double yc = y > 0 ? y : 0;
        yc = yc < c->max_child ? yc : c->max_child;
        size_t k = (size_t)(int64_t)yc;
        *u = y - (double)k;
        l = &ix->leaves[c->child0 + k];
    }
    return l;
}

/* The window [lo, hi) of a key that the root sends to leaf l at u. */
static inline void leaf_window(const omen_index *ix, const leaf *l, double u, size_t *lo,
                               size_t *hi)
{
    l = leaf_of(ix, l, &u);
    size_t a = window_lo(l, u);
    size_t b = l->width != WIDE_WINDOW ? a + l->width : l[1].first;
    *lo = a;
    *hi = b < ix->hi_rank ? b : ix->hi_rank;
}

/* The ranks [lo, hi] that must hold key's rank. Keys outside the domain get
 * their whole tail, which is exact. */
static inline void rmi_window(const omen_index *ix, uint64_t key, size_t *lo, size_t *hi)
{
    if (key < ix->klo) {
        *lo = 0, *hi = ix->lo_rank;
    } else if (key > ix->khi) {
        *lo = ix->hi_rank, *hi = ix->n;
    } else {
        double u;
        size_t j = root_eval(&ix->root, key, &u);
        leaf_window(ix, &ix->leaves[j], u, lo, hi);
    }
}

static size_t rmi_lower_bound(const omen_index *ix, uint64_t key)
{
    size_t lo, hi;
    rmi_window(ix, key, &lo, &hi);
    return omen_sorted_search_checked(ix->keys, ix->n, lo, hi, key);
}

/* Batched lookups (indexes/batch.h), `group` keys at a time: every key's
 * root is evaluated and its leaf requested; then every leaf is read, its
 * window computed and its middle line requested; then the windows are
 * searched a line per round (omen_batch_search), and the payloads fetched
 * (requesting each payload as soon as its rank is known measured slower: it
 * competes with the other windows' lines). The final check reads the window's two neighbours,
 * most often from a line already read. */
/* group's default: the fastest measured (docs/decisions.md, "Batch group
 * size of rmi and radixspline"). */
enum { GROUP_DEFAULT = 64 };

/* Stage one for a group: each key's leaf (requested) and u, or the tail
 * window of a key outside the root's domain (lf NULL). */
static inline void rmi_batch_leaves(const omen_index *ix, const uint64_t *q, size_t m,
                                    const leaf **lf, double *u, size_t *lo, size_t *hi)
{
    for (size_t i = 0; i < m; i++) {
        uint64_t key = q[i];
        lf[i] = NULL;
        if (key < ix->klo) {
            lo[i] = 0, hi[i] = ix->lo_rank;
        } else if (key > ix->khi) {
            lo[i] = ix->hi_rank, hi[i] = ix->n;
        } else {
            lf[i] = &ix->leaves[root_eval(&ix->root, key, &u[i])];
            __builtin_prefetch(lf[i]);
        }
    }
}

/* Both batched entries: ranks (if not NULL) and, with payloads/found, get's
 * answers. Software-pipelined over groups: the next group's roots are
 * evaluated and its leaves requested while this group's windows are in
 * flight, so leaf latency hides behind a whole group's search. */
static void rmi_batch(const omen_index *ix, const uint64_t *keys, size_t count, size_t *ranks,
                      uint64_t *payloads, uint8_t *found)
{
    size_t G = ix->group;
    const leaf *lf[2][OMEN_BATCH_GROUP_MAX];
    double u[2][OMEN_BATCH_GROUP_MAX];
    size_t lo[2][OMEN_BATCH_GROUP_MAX], hi[2][OMEN_BATCH_GROUP_MAX];
    size_t a[OMEN_BATCH_GROUP_MAX], b[OMEN_BATCH_GROUP_MAX], r[OMEN_BATCH_GROUP_MAX];
    if (count)
        rmi_batch_leaves(ix, keys, count < G ? count : G, lf[0], u[0], lo[0], hi[0]);
    for (size_t at = 0, c = 0; at < count; at += G, c ^= 1) {
        size_t m = count - at < G ? count - at : G;
        const uint64_t *q = keys + at;
        for (size_t i = 0; i < m; i++) {
            if (lf[c][i])
                leaf_window(ix, lf[c][i], u[c][i], &lo[c][i], &hi[c][i]);
            omen_batch_window_start(ix->keys, lo[c][i], hi[c][i]);
            a[i] = lo[c][i];
            b[i] = hi[c][i];
        }
        if (at + G < count) {
            size_t mn = count - at - G < G ? count - at - G : G;
            rmi_batch_leaves(ix, q + G, mn, lf[c ^ 1], u[c ^ 1], lo[c ^ 1], hi[c ^ 1]);
        }
        omen_batch_search(ix->keys, q, m, a, b, r);
        /* The proof, from lines mostly already read; a miss (a non-monotone
         * cubic root) takes its galloping path. */
        for (size_t i = 0; i < m; i++)
            r[i] = omen_sorted_confirm(ix->keys, ix->n, lo[c][i], hi[c][i], q[i], r[i]);
        if (ranks)
            memcpy(ranks + at, r, m * sizeof *r);
        if (found)
            omen_batch_get_at(ix->keys, ix->payloads, ix->n, q, r, m, payloads + at,
                              found + at);
    }
}

static void rmi_lower_bound_batch(const omen_index *ix, const uint64_t *keys, size_t count,
                                  size_t *ranks)
{
    rmi_batch(ix, keys, count, ranks, NULL, NULL);
}

static void rmi_get_batch(const omen_index *ix, const uint64_t *keys, size_t count,
                          uint64_t *payloads, uint8_t *found)
{
    rmi_batch(ix, keys, count, NULL, payloads, found);
}

/* ---- build ---- */

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
    r->scale = xmax ? 1.0 / small_u64_to_double(xmax >> r->pre) : 0;
    r->c0 = 0, r->c1 = B, r->c2 = 0, r->c3 = 0;
    if (r->type != ROOT_CUBIC || s < 2)
        return;
    /* Sample k sits at fraction k / (s - 1) of the domain's ranks. */
    double mom[7] = {0}, ty[4] = {0};
    for (size_t k = 0; k < s; k++) {
        double t = small_u64_to_double((sample[k] - r->klo) >> r->pre) * r->scale;
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
        r->xbase = log_bits(klo, r->pre);
        setup_radix(r, log_bits(khi, r->pre) - r->xbase, branches);
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
        size_t j = root_eval(r, sample[k], &u);
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
    const leaf *l = &ix->leaves[root_eval(&ix->root, key, u)];
    return (size_t)(leaf_of(ix, l, u) - ix->leaves);
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
            size_t lo = window_lo(l, u);
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

/* A leaf is crowded when its window is much wider than the budget's share
 * of keys per leaf: the root could not spread a cluster. */
static int crowded(const omen_index *ix, size_t j, size_t per_leaf)
{
    const leaf *l = &ix->leaves[j];
    size_t limit = 8 * per_leaf > 64 ? 8 * per_leaf : 64;
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

static void rmi_free(omen_index *ix)
{
    omen_free(ix->nodes);
    omen_free(ix->leaves);
    omen_free(ix);
}

static int rmi_build(const uint64_t *keys, const uint64_t *payloads, size_t n,
                     const char *params, omen_index **out, omen_error *err)
{
    omen_param spec[] = {
        {.name = "root", .kind = OMEN_PARAM_CHOICE, .choices = root_names, .i = ROOT_AUTO},
        {.name = "branches", .kind = OMEN_PARAM_POW2, .min = 2, .max = 1 << 26, .i = 0},
        {.name = "group", .kind = OMEN_PARAM_INT, .min = 1, .max = OMEN_BATCH_GROUP_MAX,
         .i = GROUP_DEFAULT},
        {.name = "split", .kind = OMEN_PARAM_INT, .min = 0, .max = 1, .i = 1},
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
        rmi_free(ix);
        return rc;
    }

    *out = ix;
    return OMEN_OK;
}

static int rmi_get(const omen_index *ix, uint64_t key, uint64_t *payload)
{
    size_t lo, hi;
    rmi_window(ix, key, &lo, &hi);
    /* The payload is in a known small range before the key search starts:
     * fetching it now overlaps its cache miss with the search's. */
    if (hi - lo <= 16) {
        __builtin_prefetch(&ix->payloads[lo]);
        __builtin_prefetch(&ix->payloads[hi - (hi > lo)]);
    } else { /* the window's middle is the model's best guess */
        __builtin_prefetch(&ix->payloads[lo + (hi - lo) / 2]);
    }
    return omen_sorted_get_at(ix->keys, ix->payloads, ix->n,
                              omen_sorted_search_checked(ix->keys, ix->n, lo, hi, key), key, payload);
}

static size_t rmi_size_bytes(const omen_index *ix)
{
    return sizeof *ix + ix->nleaves_all * sizeof *ix->leaves + ix->nnodes * sizeof *ix->nodes;
}

/* Errors are those of the window's midpoint, the natural point prediction,
 * against the rank lookups must find (the first of equal keys). Keys in the
 * left-out tails count with the midpoint of their tail. */
static int rmi_stats(const omen_index *ix, omen_index_stats *st)
{
    double total = 0, worst = 0;
    size_t first = 0;
    for (size_t i = 0; i < ix->n; i++) {
        if (i == 0 || ix->keys[i] != ix->keys[i - 1])
            first = i;
        size_t lo, hi;
        if (i < ix->lo_rank) {
            lo = 0, hi = ix->lo_rank;
        } else if (i >= ix->hi_rank) {
            lo = ix->hi_rank, hi = ix->n;
        } else {
            double u;
            size_t j = root_eval(&ix->root, ix->keys[i], &u);
            leaf_window(ix, &ix->leaves[j], u, &lo, &hi);
        }
        double e = fabs(((double)lo + (double)hi) / 2 - (double)first);
        total += e;
        worst = e > worst ? e : worst;
    }
    st->mean_abs_error = ix->n ? total / (double)ix->n : 0;
    st->max_abs_error = (uint64_t)ceil(worst);
    st->models = ix->nleaves_all;
    int len = snprintf(st->note, sizeof st->note, "root=%s, %zu leaves",
                       root_names[ix->root.type], ix->root.nleaves);
    if (ix->root_was && len > 0 && (size_t)len < sizeof st->note)
        len += snprintf(st->note + len, sizeof st->note - (size_t)len,
                        " (cut from %zu: crowded by clusters)", ix->root_was);
    if (ix->nnodes && len > 0 && (size_t)len < sizeof st->note)
        snprintf(st->note + len, sizeof st->note - (size_t)len,
                 "; %zu crowded leaves (%.1f%% of keys) split into %zu children", ix->nnodes,
                 100 * ix->crowd_share, ix->children);
    st->size_bytes = rmi_size_bytes(ix);
    return OMEN_OK;
}

static const char *const rmi_test_params[] = {
    "root=linear,branches=2", "root=cubic,branches=64", "root=radix,branches=2",
    "root=log,branches=4", "root=log,branches=65536", "root=radix,branches=65536",
    "root=cubic,branches=64,group=1", "group=7", "group=256", "split=0", "root=cubic",
    "root=linear", NULL};

const omen_index_vtable omen_rmi_vtable = {
    .version = OMEN_INDEX_VERSION,
    .name = "rmi",
    .description = "learned: two-stage RMI, root model picks one of 2^k linear leaves, "
                   "each with its own search window",
    .params_help = "root=linear|cubic|radix|log|auto (default auto: the one that spreads "
                   "a sample of the keys best), branches=2^k (2..67108864, at most "
                   "max(1024, 4n); default: the most that keep the index under 2% of the "
                   "keys), group=G (keys a batched lookup interleaves, 1..256, default 64), "
                   "split=0|1 (default 1: with the default branches, leaves crowded by "
                   "clusters the root cannot spread get children of their own)",
    .caps = 0,
    .build = rmi_build,
    .get = rmi_get,
    .lower_bound = rmi_lower_bound,
    .range = NULL, /* v2: the default from lower_bound */
    .size_bytes = rmi_size_bytes,
    .free = rmi_free,
    .get_batch = rmi_get_batch,
    .lower_bound_batch = rmi_lower_bound_batch,
    .stats = rmi_stats,
    .test_params = rmi_test_params,
    .tune_grid = "branches=16384|65536|262144|1048576",
};
