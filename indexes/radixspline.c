/* radixspline: RadixSpline (Kipf et al., aiDM 2020).
 *
 * One pass over the keys builds an error-bounded linear spline: the greedy
 * spline corridor keeps the range of slopes from the last spline point that
 * pass within max_error of every point since, and places a new spline point
 * when a point falls outside it. Interpolating between the two spline points
 * around a key then predicts its rank within max_error.
 * A radix table over the top radix_bits bits of (key - klo) says which
 * spline points share that prefix, so finding the two points around a key
 * is a table read and a search among a few points.
 *
 * Defaults, from measurements on lognormal, uniform_sparse and zipf_gaps at
 * 10M and 100M keys: max_error 16 (faster than 32 by a cache line of last
 * mile) unless the spline would pass 2^18 points (then 32) or n/128 points
 * (then 32, 64, ...); radix_bits the fewest that leave about two points per
 * prefix, within the memory the spline leaves of 1.9% of the data's size.
 *
 * The points fed to the corridor are (key, rank of its first copy) for every
 * distinct key, and, after a run of equal keys, (key + 1, rank past the run):
 * the spline then follows the rank a lookup must return (the first key >=
 * the probe) for probes between keys as well, which makes the window
 * [pred - E, pred + E + 1] hold for absent keys too (the +1 covers a probe
 * just above a single key; one more rank covers rounding). A final check of
 * the window's two neighbours turns any remaining miss into a short
 * exponential search, never a wrong answer.
 *
 * Outliers: keys near UINT64_MAX on otherwise dense data would make the
 * radix table span the whole 64-bit range and put every dense key under one
 * prefix. The table's domain [klo, khi] therefore leaves out keys at either
 * end when leaving out n/1024 of them would at least halve the span, and
 * then only those beyond twice the remaining span; probes outside it search
 * the few spline points of that tail directly. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "common/alloc.h"
#include "indexes/batch.h"
#include "indexes/params.h"
#include "indexes/sorted_array.h"

typedef struct spoint {
    uint64_t key;
    double rank;
} spoint;

struct omen_index {
    const uint64_t *keys; /* borrowed from the dataset */
    const uint64_t *payloads;
    size_t n;
    size_t err; /* max_error */
    uint64_t kmin, kmax;
    spoint *pts; /* the spline, keys strictly increasing */
    size_t np;
    /* The radix table covers keys in [klo, khi]: table[p] is the first spline
     * point whose prefix (key - klo) >> shift is >= p; points above khi count
     * as beyond every prefix. Points [p_lo, p_hi) lie in the domain. */
    uint64_t klo, khi;
    unsigned shift;
    size_t p_lo, p_hi;
    uint32_t *table;
    size_t tsize;
    size_t group; /* keys a batched lookup takes through each stage together */
    char note[160]; /* what the build chose and why, for --stats */
};
OMEN_SORTED_VIEW_FIRST(struct omen_index);

/* First point in [lo, hi) whose key is >= key, or hi; branch-free like the
 * scalar kernel, over the interleaved points. */
static inline size_t point_search(const spoint *p, size_t lo, size_t hi, uint64_t key)
{
    size_t len = hi - lo;
    if (len == 0)
        return lo;
    const spoint *base = p + lo;
    while (len > 1) {
        size_t half = len / 2;
        base = base[half].key < key ? base + half : base;
        len -= half;
    }
    return (size_t)(base - p) + (base->key < key);
}

/* The lines of points [b - 1, e], which the search reads, requested together
 * when they are a few: on clustered keys a prefix holds tens of points, and
 * the halving would wait for them one line at a time. One or two lines (even
 * keys) the search reads at once anyway. */
static inline void prefetch_points(const spoint *p, size_t b, size_t e)
{
    if (e - b > 4 && e - b <= 32)
        for (const char *c = (const char *)&p[b - (b > 0)]; c <= (const char *)&p[e]; c += 64)
            __builtin_prefetch(c);
}

/* Interpolated rank of a key with kmin < key <= kmax. */
static inline double predict(const omen_index *ix, uint64_t key)
{
    size_t b, e;
    if (key < ix->klo) {
        b = 0, e = ix->p_lo;
    } else if (key > ix->khi) {
        b = ix->p_hi, e = ix->np - 1;
    } else {
        size_t pre = (size_t)((key - ix->klo) >> ix->shift);
        b = ix->table[pre];
        e = ix->table[pre + 1];
        e = e < ix->np - 1 ? e : ix->np - 1;
    }
    /* pts[0].key = kmin < key, so i >= 1; a point >= key exists since key <= kmax. */
    prefetch_points(ix->pts, b, e);
    size_t i = point_search(ix->pts, b, e, key);
    const spoint *p0 = &ix->pts[i - 1], *p1 = &ix->pts[i];
    return p0->rank + (double)(key - p0->key) * (p1->rank - p0->rank) /
                          (double)(p1->key - p0->key);
}

/* The ranks [lo, hi] that must hold key's rank, and the predicted rank. */
static inline size_t radixspline_window(const omen_index *ix, uint64_t key, size_t *lo, size_t *hi)
{
    if (key <= ix->kmin) {
        *lo = *hi = 0;
        return 0;
    }
    if (key > ix->kmax) {
        *lo = *hi = ix->n;
        return ix->n;
    }
    /* pred >= 0: ranks of points are >= 0 and the spline never decreases. */
    size_t p = (size_t)(int64_t)predict(ix, key);
    size_t b = p + ix->err + 2;
    *hi = b < ix->n ? b : ix->n;
    *lo = p > ix->err ? p - ix->err : 0;
    *lo = *lo < *hi ? *lo : *hi;
    return p;
}

/* The data window is about 2 * max_error keys, a few lines (up to 32 at
 * max_error 127, which the default takes on hard data): requesting them
 * together costs one memory latency for the search instead of one per probe.
 * Numbers: docs/decisions.md, "radixspline". */
enum { PREFETCH_MAX = 256 };

static size_t radixspline_lower_bound(const omen_index *ix, uint64_t key)
{
    size_t lo, hi;
    radixspline_window(ix, key, &lo, &hi);
    omen_sorted_prefetch_window(ix->keys, lo, hi, PREFETCH_MAX, 0);
    return omen_sorted_search_checked(ix->keys, ix->n, lo, hi, key);
}

/* The rank the spline interpolates for key between points b and e (see
 * predict), as the window's centre. */
static inline size_t radixspline_window_from(const omen_index *ix, uint64_t key, size_t b, size_t e,
                                    size_t *lo, size_t *hi)
{
    size_t i = point_search(ix->pts, b, e, key);
    const spoint *p0 = &ix->pts[i - 1], *p1 = &ix->pts[i];
    double pr = p0->rank + (double)(key - p0->key) * (p1->rank - p0->rank) /
                               (double)(p1->key - p0->key);
    size_t p = (size_t)(int64_t)pr;
    size_t t = p + ix->err + 2;
    *hi = t < ix->n ? t : ix->n;
    *lo = p > ix->err ? p - ix->err : 0;
    *lo = *lo < *hi ? *lo : *hi;
    return p;
}

/* Batched lookups (indexes/batch.h), `group` keys at a time: every key's
 * radix table entry is requested; then the spline points it names; then
 * the spline is interpolated, the window computed and its middle line
 * requested; then the windows are searched a line per round, confirmed by
 * omen_sorted_confirm, and the payloads fetched. Keys outside
 * the table's domain take radixspline_window directly. */
/* group's default: the fastest measured (docs/decisions.md, "Batch group
 * size of rmi and radixspline"). */
enum { GROUP_DEFAULT = 64 };

static void radixspline_lower_bound_batch(const omen_index *ix, const uint64_t *keys, size_t count,
                                 size_t *ranks)
{
    size_t G = ix->group;
    for (size_t at = 0; at < count; at += G) {
        size_t m = count - at < G ? count - at : G;
        const uint64_t *q = keys + at;
        size_t pre[OMEN_BATCH_GROUP_MAX], b[OMEN_BATCH_GROUP_MAX], e[OMEN_BATCH_GROUP_MAX];
        size_t lo[OMEN_BATCH_GROUP_MAX], hi[OMEN_BATCH_GROUP_MAX];
        size_t a[OMEN_BATCH_GROUP_MAX], z[OMEN_BATCH_GROUP_MAX];
        for (size_t i = 0; i < m; i++) {
            uint64_t key = q[i];
            pre[i] = SIZE_MAX;
            if (key > ix->kmin && key <= ix->kmax && key >= ix->klo && key <= ix->khi) {
                pre[i] = (size_t)((key - ix->klo) >> ix->shift);
                __builtin_prefetch(&ix->table[pre[i]]);
                __builtin_prefetch(&ix->table[pre[i] + 1]);
            }
        }
        for (size_t i = 0; i < m; i++) {
            if (pre[i] == SIZE_MAX)
                continue;
            b[i] = ix->table[pre[i]];
            size_t t = ix->table[pre[i] + 1];
            e[i] = t < ix->np - 1 ? t : ix->np - 1;
            /* The search reads points [b - 1, e]: their first and last line. */
            __builtin_prefetch(&ix->pts[b[i] - (b[i] > 0)]);
            __builtin_prefetch(&ix->pts[e[i]]);
            __builtin_prefetch((const char *)&ix->pts[e[i] + 1] - 1);
        }
        for (size_t i = 0; i < m; i++) {
            if (pre[i] == SIZE_MAX)
                radixspline_window(ix, q[i], &lo[i], &hi[i]);
            else
                radixspline_window_from(ix, q[i], b[i], e[i], &lo[i], &hi[i]);
            omen_batch_window_start(ix->keys, lo[i], hi[i]);
            a[i] = lo[i];
            z[i] = hi[i];
        }
        omen_batch_search(ix->keys, q, m, a, z, ranks + at);
        for (size_t i = 0; i < m; i++)
            ranks[at + i] =
                omen_sorted_confirm(ix->keys, ix->n, lo[i], hi[i], q[i], ranks[at + i]);
    }
}

static void radixspline_get_batch(const omen_index *ix, const uint64_t *keys, size_t count,
                         uint64_t *payloads, uint8_t *found)
{
    omen_batch_get(ix, radixspline_lower_bound_batch, ix->group, ix->keys, ix->payloads, ix->n, keys,
                   count, payloads, found);
}

/* ---- build ---- */

typedef struct builder {
    double e;
    int store; /* 0: only count the points (while choosing max_error) */
    spoint *pts;
    size_t np, cap;
    /* The corridor: spline point `base`, the last point seen `prev`, and the
     * slopes from base that pass within e of every point since base. */
    spoint base, prev;
    double upper, lower;
    int state; /* 0: no point yet, 1: base only, 2: base and prev */
} builder;

static int emit(builder *bd, spoint p)
{
    if (bd->store) {
        if (bd->np == bd->cap) {
            size_t cap = bd->cap ? bd->cap * 2 : 1024;
            spoint *q = omen_realloc(bd->pts, bd->cap * sizeof *q, cap * sizeof *q);
            if (!q)
                return OMEN_ENOMEM;
            bd->pts = q;
            bd->cap = cap;
        }
        bd->pts[bd->np] = p;
    }
    bd->np++;
    return OMEN_OK;
}

static inline void corridor_reset(builder *bd, uint64_t x, double y)
{
    double dx = (double)(x - bd->base.key);
    bd->upper = (y + bd->e - bd->base.rank) / dx;
    bd->lower = (y - bd->e - bd->base.rank) / dx;
}

/* Points arrive with strictly increasing keys. */
static int corridor_add(builder *bd, uint64_t x, double y)
{
    spoint p = {x, y};
    if (bd->state == 0) {
        bd->base = p;
        bd->state = 1;
        return emit(bd, p);
    }
    if (bd->state == 1) {
        corridor_reset(bd, x, y);
        bd->prev = p;
        bd->state = 2;
        return OMEN_OK;
    }
    double dx = (double)(x - bd->base.key), dy = y - bd->base.rank;
    /* The slopes are compared as products to keep divisions off the common
     * path; a corridor bound is recomputed only when the point narrows it. */
    if (dy > bd->upper * dx || dy < bd->lower * dx) {
        int rc = emit(bd, bd->prev);
        if (rc)
            return rc;
        bd->base = bd->prev;
        corridor_reset(bd, x, y);
    } else {
        if (dy + bd->e < bd->upper * dx)
            bd->upper = (dy + bd->e) / dx;
        if (dy - bd->e > bd->lower * dx)
            bd->lower = (dy - bd->e) / dx;
    }
    bd->prev = p;
    return OMEN_OK;
}

/* Feeds the keys of ranks [from, to) to the corridor and closes the spline. */
static int build_spline(builder *bd, const uint64_t *keys, size_t from, size_t to, size_t n)
{
    int rc = OMEN_OK;
    for (size_t i = from; i < to;) {
        uint64_t v = keys[i];
        size_t j = i + 1;
        while (j < to && keys[j] == v)
            j++;
        rc = corridor_add(bd, v, (double)i);
        /* After a run, the rank a probe just above it must get. */
        if (!rc && j - i > 1 && v != UINT64_MAX && (j == n || keys[j] > v + 1))
            rc = corridor_add(bd, v + 1, (double)j);
        if (rc)
            return rc;
        i = j;
    }
    if (bd->state == 2)
        rc = emit(bd, bd->prev);
    return rc;
}

/* 4 MiB of spline points at max_error 16. Past it the radix table, sized to
 * the points, and the points no longer stay in a shared L3 between lookups,
 * and max_error 32 was faster (docs/decisions.md, "radixspline"). */
enum { POINTS_MAX = 1 << 18 };

/* max_error by default: the smallest power of two from 16 whose spline stays
 * within n/128 points (1.6% of the data's size at 16 bytes a point; 64 points
 * for small sets), as estimated on 16 slices holding 3% of the keys (on all
 * of them up to 2M keys), and 32 rather than 16 past POINTS_MAX. Smaller
 * errors make faster lookups while the spline and its radix table stay in
 * cache; keys with heavy-tailed gaps need many more points for the same
 * error (zipf_gaps: 4x uniform's). */
static size_t choose_error(const uint64_t *keys, size_t n, char *note, size_t cap)
{
    size_t slices = n > ((size_t)1 << 21) ? 16 : 1, len = slices > 1 ? n / 512 : n;
    double budget = n / 128 > 64 ? (double)(n / 128) : 64;
    size_t e = 16;
    for (; e < ((size_t)1 << 20); e *= 2) {
        size_t points = 0;
        for (size_t k = 0; k < slices; k++) {
            builder bd = {.e = (double)e};
            size_t from = slices > 1 ? (n - len) / (slices - 1) * k : 0;
            build_spline(&bd, keys, from, from + len, n); /* counting cannot fail */
            points += bd.np - (bd.np > 0); /* a slice's closing point is the next one's first */
        }
        double estimate = (double)points * (double)n / (double)(slices * len);
        if (estimate <= budget && (e > 16 || estimate <= POINTS_MAX))
            break;
        if (e == 16)
            snprintf(note, cap, "max_error=16 would need ~%.0f points (over %s); ", estimate,
                     estimate > budget ? "n/128" : "262144");
    }
    return e;
}

/* Mean, over the keys, of how many spline points share a key's prefix when
 * prefixes are (key - klo) >> shift: the length of the search among points
 * that follows the table read. A key counts with the points of the prefix
 * its segment starts in. */
static double points_per_key(const omen_index *ix, unsigned shift)
{
    const spoint *p = ix->pts;
    double acc = 0;
    for (size_t i = ix->p_lo; i < ix->p_hi;) {
        uint64_t pre = (p[i].key - ix->klo) >> shift;
        size_t j = i + 1;
        while (j < ix->p_hi && (p[j].key - ix->klo) >> shift == pre)
            j++;
        double end = j < ix->np ? p[j].rank : (double)ix->n;
        acc += (end - p[i].rank) * (double)(j - i);
        i = j;
    }
    return acc / (double)ix->n;
}

static unsigned shift_for(uint64_t xmax, unsigned radix_bits)
{
    unsigned bits = xmax ? 64u - (unsigned)__builtin_clzll(xmax) : 0;
    unsigned shift = bits > radix_bits ? bits - radix_bits : 0;
    return shift < 63 ? shift : 63; /* radix_bits=0 on the full 64-bit range: two prefixes */
}

/* radix_bits < 0: the fewest bits that leave at most two spline points per
 * key's prefix on average, within what the spline leaves of a budget of
 * 1.9% of the data's size (at least 16 entries). Skewed keys need more bits
 * than uniform ones for the same number of points. */
static int build_table(omen_index *ix, int radix_bits)
{
    size_t lo_rank, hi_rank;
    omen_sorted_trim_outliers(ix->keys, ix->n, ix->n / 1024, &lo_rank, &hi_rank);
    ix->klo = ix->keys[lo_rank];
    ix->khi = ix->keys[hi_rank - 1];
    ix->p_lo = point_search(ix->pts, 0, ix->np, ix->klo);
    ix->p_hi = ix->khi == UINT64_MAX ? ix->np : point_search(ix->pts, 0, ix->np, ix->khi + 1);
    uint64_t xmax = ix->khi - ix->klo;
    if (radix_bits >= 0) {
        /* Beyond 16 prefixes per key more bits only cost memory. */
        ix->shift = shift_for(xmax, (unsigned)radix_bits);
        while (ix->shift < 63 && (xmax >> ix->shift) > 1024 && (xmax >> ix->shift) / 16 > ix->n)
            ix->shift++;
    } else {
        double room = (double)ix->n * 8 * 0.019 - (double)(ix->np * sizeof *ix->pts);
        unsigned cap = 4, b = 0;
        while (cap < 30 && (double)((size_t)4 << (cap + 1)) <= room)
            cap++;
        while (b < cap && ((size_t)1 << (b + 2)) <= ix->np)
            b++;
        ix->shift = shift_for(xmax, b);
        while (b < cap && ix->shift > 0 && points_per_key(ix, ix->shift) > 2)
            ix->shift = shift_for(xmax, ++b);
    }
    ix->tsize = (size_t)(xmax >> ix->shift) + 2;
    ix->table = omen_alloc(ix->tsize * sizeof *ix->table);
    if (!ix->table)
        return OMEN_ENOMEM;
    size_t pi = ix->p_lo;
    for (size_t pre = 0; pre < ix->tsize; pre++) {
        while (pi < ix->p_hi && (size_t)((ix->pts[pi].key - ix->klo) >> ix->shift) < pre)
            pi++;
        ix->table[pre] = (uint32_t)pi;
    }
    return OMEN_OK;
}

static void radixspline_free(omen_index *ix)
{
    omen_free(ix->pts);
    omen_free(ix->table);
    omen_free(ix);
}

/* The parameters, their ranges and defaults: build parses a copy, and
 * --list prints its help from this table. */
static const omen_param radixspline_params[] = {
    {.name = "max_error", .kind = OMEN_PARAM_INT, .min = 1, .max = 1 << 24,
     .dflt = "the smallest power of two >= 16 that keeps the spline within max(n/128, 64) "
             "points, and 32 if 16 would pass 262144"},
    {.name = "radix_bits", .what = "at most 16 prefixes per key", .kind = OMEN_PARAM_INT,
     .min = 0, .max = 30, .i = -1,
     .dflt = "the fewest giving <= 2 spline points per prefix with the whole index <= 1.9% "
             "of the data"},
    {.name = "group", .what = "keys a batched lookup interleaves", .kind = OMEN_PARAM_INT,
     .min = 1, .max = OMEN_BATCH_GROUP_MAX, .i = GROUP_DEFAULT},
};

static int radixspline_build(const uint64_t *keys, const uint64_t *payloads, size_t n,
                    const char *params, omen_index **out, omen_error *err)
{
    omen_param spec[sizeof radixspline_params / sizeof radixspline_params[0]];
    memcpy(spec, radixspline_params, sizeof spec);
    int rc = OMEN_PARAMS_PARSE("radixspline", params, spec, err);
    if (rc)
        return rc;
    omen_index *ix = omen_calloc(1, sizeof *ix);
    if (!ix)
        return omen_errorf(err, OMEN_ENOMEM, "radixspline: out of memory");
    ix->keys = keys;
    ix->payloads = payloads;
    ix->n = n;
    ix->err = (size_t)spec[0].i;
    ix->group = (size_t)spec[2].i;
    if (n == 0) {
        /* Every probe is <= kmin and answers 0. */
        ix->kmin = UINT64_MAX;
        *out = ix;
        return OMEN_OK;
    }
    ix->kmin = keys[0];
    ix->kmax = keys[n - 1];
    ix->err = spec[0].given ? (size_t)spec[0].i : choose_error(keys, n, ix->note, sizeof ix->note);
    builder bd = {.e = (double)ix->err, .store = 1};
    rc = build_spline(&bd, keys, 0, n, n);
    ix->pts = bd.pts;
    ix->np = bd.np;
    if (!rc && ix->np > UINT32_MAX) {
        radixspline_free(ix);
        return omen_errorf(err, OMEN_EINVAL,
                           "radixspline: %zu spline points do not fit the 32-bit radix "
                           "table; raise max_error",
                           bd.np);
    }
    if (!rc) {
        /* Give back the doubling slack, so that size_bytes is what is held. */
        spoint *q = omen_realloc(ix->pts, bd.cap * sizeof *q, ix->np * sizeof *q);
        if (q)
            ix->pts = q;
        rc = q ? build_table(ix, spec[1].given ? (int)spec[1].i : -1) : OMEN_ENOMEM;
    }
    if (rc) {
        radixspline_free(ix);
        return omen_errorf(err, OMEN_ENOMEM, "radixspline: out of memory for %zu keys", n);
    }
    size_t len = strlen(ix->note);
    uint64_t xmax = ix->khi - ix->klo;
    unsigned bits = xmax ? 64u - (unsigned)__builtin_clzll(xmax) : 0;
    snprintf(ix->note + len, sizeof ix->note - len,
             "max_error=%zu%s, %zu points; radix_bits=%u%s, %.1f points per key's prefix",
             ix->err, spec[0].given ? " as given" : "", ix->np,
             bits > ix->shift ? bits - ix->shift : 0, spec[1].given ? " as given" : "",
             points_per_key(ix, ix->shift));
    *out = ix;
    return OMEN_OK;
}

static int radixspline_get(const omen_index *ix, uint64_t key, uint64_t *payload)
{
    size_t lo, hi, p = radixspline_window(ix, key, &lo, &hi);
    omen_sorted_prefetch_window(ix->keys, lo, hi, PREFETCH_MAX, 0);
    /* The payload's rank is predicted before the key search starts: fetching
     * it now overlaps its cache miss with the search's. */
    if (p < ix->n) {
        __builtin_prefetch(&ix->payloads[p]);
        __builtin_prefetch(&ix->payloads[p >= 8 ? p - 8 : 0]);
        __builtin_prefetch(&ix->payloads[p + 8 < ix->n ? p + 8 : p]);
    }
    return omen_sorted_get_at(ix->keys, ix->payloads, ix->n,
                              omen_sorted_search_checked(ix->keys, ix->n, lo, hi, key), key, payload);
}

static size_t radixspline_size_bytes(const omen_index *ix)
{
    return sizeof *ix + ix->np * sizeof *ix->pts + ix->tsize * sizeof *ix->table;
}

/* Errors of the interpolated rank against the rank lookups must find (the
 * first of equal keys). */
static int radixspline_stats(const omen_index *ix, omen_index_stats *st)
{
    double total = 0, worst = 0;
    size_t first = 0;
    for (size_t i = 0; i < ix->n; i++) {
        if (i == 0 || ix->keys[i] != ix->keys[i - 1])
            first = i;
        double p = ix->keys[i] <= ix->kmin ? 0 : predict(ix, ix->keys[i]);
        double e = fabs(p - (double)first);
        total += e;
        worst = e > worst ? e : worst;
    }
    st->mean_abs_error = ix->n ? total / (double)ix->n : 0;
    st->max_abs_error = (uint64_t)ceil(worst);
    st->models = ix->np;
    st->size_bytes = radixspline_size_bytes(ix);
    snprintf(st->note, sizeof st->note, "%s", ix->note);
    return OMEN_OK;
}

static const char *const radixspline_test_params[] = {"max_error=1,radix_bits=0",
                                             "max_error=2,radix_bits=2",
                                             "max_error=8,radix_bits=24",
                                             "max_error=4,group=1", "group=5", "group=256",
                                             NULL};

const omen_index_vtable omen_radixspline_vtable = {
    .version = OMEN_INDEX_VERSION,
    .name = "radixspline",
    .description = "learned: RadixSpline, error-bounded spline found through a radix table "
                   "on the keys' top bits",
    OMEN_VTABLE_PARAMS(radixspline_params),
    .caps = 0,
    .build = radixspline_build,
    .get = radixspline_get,
    .lower_bound = radixspline_lower_bound,
    .range = NULL, /* v2: the default from lower_bound */
    .size_bytes = radixspline_size_bytes,
    .free = radixspline_free,
    .get_batch = radixspline_get_batch,
    .lower_bound_batch = radixspline_lower_bound_batch,
    .stats = radixspline_stats,
    .test_params = radixspline_test_params,
    .tune_grid = "max_error=8|16|32|64,radix_bits=14|16|18|20|22",
};
