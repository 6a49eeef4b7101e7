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
 * (child_node), the leaf budget shared between the root and the splits.
 *
 * This header holds the layout of the index and the model arithmetic that
 * lookups run and the build measures with; rmi.c has the lookups and the
 * vtable, rmi_build.c fits the root and the leaves. */
#ifndef OMEN_RMI_H
#define OMEN_RMI_H

#include <stdint.h>
#include <string.h>

#include "indexes/index.h"

enum { ROOT_LINEAR, ROOT_CUBIC, ROOT_RADIX, ROOT_LOG, ROOT_AUTO };
/* The root= choices, in the order of the enum; defined in rmi_build.c. */
extern const char *const omen_rmi_root_names[];

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
    size_t group;    /* keys a batched lookup takes through each stage together */
    size_t crowd;    /* a leaf is crowded past crowd times its share of keys */
    /* What the build chose, for --stats: the root's leaves before a cut for
     * crowding (0: no cut), the children that splits added, and the share
     * of keys in crowded leaves of the root. */
    size_t root_was, children;
    double crowd_share;
};
OMEN_SORTED_VIEW_FIRST(struct omen_index);

/* x < 2^63 here, so the signed conversion (one instruction) is exact enough;
 * the unsigned one branches on the top bit, which uniform keys mispredict. */
static inline double rmi_u64_to_double(uint64_t x)
{
    return (double)(int64_t)x;
}

static inline uint64_t rmi_log_bits(uint64_t key, unsigned pre)
{
    double d = rmi_u64_to_double(key >> pre);
    uint64_t b;
    memcpy(&b, &d, sizeof b);
    return b;
}

/* Leaf of a key in the domain, and the key's position u inside that leaf.
 * Non-decreasing in the key for every root but the cubic, whose fit is
 * increasing but whose rounding may not be (see the top comment). */
static inline size_t rmi_root_eval(const root_model *r, uint64_t key, double *u)
{
    if (r->type == ROOT_RADIX || r->type == ROOT_LOG) {
        uint64_t x = r->type == ROOT_RADIX ? key - r->klo : rmi_log_bits(key, r->pre) - r->xbase;
        *u = rmi_u64_to_double(x & r->mask);
        return (size_t)(x >> r->shift);
    }
    double t = rmi_u64_to_double((key - r->klo) >> r->pre) * r->scale;
    double y = r->type == ROOT_CUBIC ? r->c0 + t * (r->c1 + t * (r->c2 + t * r->c3))
                                     : r->c0 + t * r->c1;
    double yc = y > 0 ? y : 0;
    yc = yc < r->max_leaf ? yc : r->max_leaf;
    size_t j = (size_t)(int64_t)yc;
    *u = y - (double)j;
    return j;
}

/* First rank of the window: non-decreasing in u because slope >= 0. */
static inline size_t rmi_window_lo(const leaf *l, double u)
{
    double p = (double)l->base + (double)l->slope * u;
    p = p > 0 ? p : 0;
    p = p < (double)l->count ? p : (double)l->count;
    return l->first + (size_t)(int64_t)p;
}

/* From the leaf the root chose down through any split to the leaf that
 * holds the key; u becomes the key's position in that leaf. Monotone in u:
 * a line, then the same split as the root's. */
static inline const leaf *rmi_leaf_of(const omen_index *ix, const leaf *l, double *u)
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
static inline void rmi_leaf_window(const omen_index *ix, const leaf *l, double u, size_t *lo,
                               size_t *hi)
{
    l = rmi_leaf_of(ix, l, &u);
    size_t a = rmi_window_lo(l, u);
    size_t b = l->width != WIDE_WINDOW ? a + l->width : l[1].first;
    *lo = a;
    *hi = b < ix->hi_rank ? b : ix->hi_rank;
}

/* group's default: the fastest measured (docs/decisions.md, "Batch group
 * size of rmi and radixspline"). */
enum { GROUP_DEFAULT = 64 };

/* rmi_build.c: the vtable's build and free. */
int omen_rmi_build(const uint64_t *keys, const uint64_t *payloads, size_t n, const char *params,
                   omen_index **out, omen_error *err);
void omen_rmi_free(omen_index *ix);

#endif
