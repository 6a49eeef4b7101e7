/* dpgm: a dynamic PGM-style index: static learned levels merged LSM-style,
 * as PGM-index's DynamicPGMIndex does.
 *
 * Level 0 is a small sorted buffer (buffer=B entries, memmove inserts).
 * Level i >= 1 holds at most B * 2^i entries in a sorted array with a
 * piecewise linear model over it (greedy shrinking cone, error eps= on the
 * ranks of the first of equal keys), unless it holds SMALL_LEVEL entries or
 * fewer: those are binary-searched whole, as the buffer is. When the buffer is full, levels 0..j
 * are merged into level j, the smallest j whose capacity holds them all,
 * and its model is rebuilt: each entry is merged O(log(n/B)) times. A bulk
 * load is one level. A lookup predicts a rank from the level's segment and
 * finds the exact one by exponential search from it, so answers never
 * depend on the model's error, only their speed does.
 *
 * Age and duplicates. Higher levels hold older entries (a merge moves the
 * younger levels into the older one, the older entry first among equal
 * keys), so the first entry equal to a key, the one get() answers and
 * erase() removes, is in the highest level holding a live copy. Erase
 * removes from the buffer directly and marks a level entry dead in a
 * bitmap; merges drop dead entries, and a level more than half dead is
 * compacted on its own.
 *
 * Threads: reads may run together; insert and erase must run alone (no
 * lock is taken, so reads stay as fast as a static index's). */
#include <stdio.h>
#include <string.h>

#include "common/alloc.h"
#include "indexes/index.h"
#include "indexes/params.h"
#include "indexes/sorted_array.h"

enum { MAX_LEVELS = 58 };
/* Levels this small get no model: a binary search over 32 KB that stays in
 * cache costs about what a segment search and gallop do, and the merges that
 * make them, the most frequent ones, skip the model pass (the write tail). */
enum { SMALL_LEVEL = 4096 };

typedef struct level {
    uint64_t *k, *p, *dead; /* dead: bitmap, NULL for the buffer */
    size_t n, live, nseg;
    uint64_t *seg_key; /* a segment's first key, its first rank and slope */
    size_t *seg_rank;
    double *seg_slope;
} level;

struct omen_index {
    level lv[MAX_LEVELS];
    unsigned nlv; /* levels in use, buffer included */
    size_t buffer, eps, n;
};

static void level_clear(level *l)
{
    omen_free(l->k);
    omen_free(l->p);
    omen_free(l->dead);
    omen_free(l->seg_key);
    omen_free(l->seg_rank);
    omen_free(l->seg_slope);
    memset(l, 0, sizeof *l);
}

static void destroy(omen_index *ix)
{
    for (unsigned i = 0; i < MAX_LEVELS; i++)
        level_clear(&ix->lv[i]);
    omen_free(ix);
}

static size_t cap_of(const omen_index *ix, unsigned i)
{
    return i >= MAX_LEVELS - 1 ? SIZE_MAX : ix->buffer << i;
}

/* A level with no dead entry (live == n, the usual case) is answered
 * without reading its bitmap: one dependent line fewer per lookup. */
static int is_dead(const level *l, size_t i)
{
    return l->live < l->n && (l->dead[i / 64] >> (i % 64) & 1);
}

/* Grows a level's segment arrays to cap entries (m of them in use). */
static int seg_grow(level *l, size_t m, size_t cap)
{
    uint64_t *sk = omen_realloc(l->seg_key, m * sizeof *sk, cap * sizeof *sk);
    if (sk)
        l->seg_key = sk;
    size_t *sr = omen_realloc(l->seg_rank, m * sizeof *sr, cap * sizeof *sr);
    if (sr)
        l->seg_rank = sr;
    double *ss = omen_realloc(l->seg_slope, m * sizeof *ss, cap * sizeof *ss);
    if (ss)
        l->seg_slope = ss;
    return sk && sr && ss;
}

/* The level's segments, one pass: a segment starts at the first of a run of
 * equal keys and covers the following distinct keys while one slope keeps
 * each first rank within eps of the line. The cone [lo, hi] of slopes is
 * tested by multiplying and narrowed by a division only when a bound moves,
 * which is rare once a segment is long: a merge's cost is mostly this pass. */
static int level_model(level *l, size_t eps)
{
    const uint64_t *k = l->k;
    size_t n = l->n, m = 0, cap = n / 1024 + 16;
    const double e = (double)eps;
    l->dead = omen_calloc(n / 64 + 1, sizeof *l->dead);
    if (!l->dead)
        return 0;
    if (n <= SMALL_LEVEL)
        return 1; /* searched whole, as the buffer is */
    if (!seg_grow(l, 0, cap))
        return 0;
    for (size_t i = 0; i < n;) {
        if (m == cap && !seg_grow(l, m, cap *= 2))
            return 0;
        size_t y0 = i;
        uint64_t x0 = k[i];
        double lo = 0, hi = 1e300;
        while (i < n && k[i] == x0)
            i++;
        while (i < n) {
            double dx = (double)(k[i] - x0), dy = (double)(i - y0);
            double a = dy - e, b = dy + e; /* slopes a/dx .. b/dx keep this rank */
            if (a > hi * dx || b < lo * dx)
                break;
            if (a > lo * dx)
                lo = a / dx;
            if (b < hi * dx)
                hi = b / dx;
            uint64_t x = k[i];
            while (i < n && k[i] == x)
                i++;
        }
        l->seg_key[m] = x0, l->seg_rank[m] = y0;
        l->seg_slope[m] = hi > 1e299 ? 0 : (lo + hi) / 2;
        m++;
    }
    l->nseg = m;
    /* To fit, so that size_bytes counts what is held. */
    return cap == m || seg_grow(l, m, m);
}

/* Rank of the first entry >= key in a level (dead ones included). Not
 * omen_sorted_confirm: galloping from the prediction with an inline binary
 * search at the end measured faster here, where every lookup gallops
 * (docs/decisions.md, "dpgm's level search"). */
static size_t level_lb(const level *l, uint64_t key)
{
    size_t n = l->n;
    if (!l->seg_key) /* the buffer, small levels */
        return omen_kernels->lower_bound(l->k, 0, n, key);
    /* The last segment whose first key <= key, by branch-free halving: a
     * random key's half cannot be predicted (as gapped's root). */
    const uint64_t *sk = l->seg_key;
    size_t a = 0, len = l->nseg;
    while (len > 1) {
        size_t half = len / 2;
        a = sk[a + half] <= key ? a + half : a;
        len -= half;
    }
    if (sk[a] > key)
        return 0;
    double pr = (double)l->seg_rank[a] + l->seg_slope[a] * (double)(key - l->seg_key[a]);
    size_t pos = pr >= (double)n ? n : (size_t)pr;
    /* Exponential search for the bracket (lo, hi]: k[lo] < key <= k[hi]. */
    size_t lo, hi, step = 1;
    if (pos < n && l->k[pos] < key) {
        lo = pos;
        for (hi = pos + 1; hi < n && l->k[hi] < key; step *= 2)
            lo = hi, hi = pos + step * 2 < n ? pos + step * 2 : n;
        lo++;
    } else {
        hi = pos;
        for (lo = pos; lo > 0 && l->k[lo - 1] >= key; step *= 2)
            hi = lo - 1, lo = pos > step * 2 ? pos - step * 2 : 0;
    }
    while (lo < hi) { /* the first >= key in [lo, hi] (hi: n or >= key) */
        size_t mid = lo + (hi - lo) / 2;
        if (l->k[mid] < key)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* The first live entry equal to key: level and position; 0 if none. */
static int find(const omen_index *ix, uint64_t key, unsigned *li, size_t *pos)
{
    for (unsigned i = ix->nlv; i-- > 0;) {
        const level *l = &ix->lv[i];
        if (!l->live)
            continue;
        for (size_t p = level_lb(l, key); p < l->n && l->k[p] == key; p++)
            if (!is_dead(l, p)) {
                *li = i, *pos = p;
                return 1;
            }
    }
    return 0;
}

/* The live entries of a (older) and b (younger) in key order, a's first
 * among equal keys, into k/p; returns how many. A level with no dead entry
 * passes dead NULL, which the branch predicts. */
static size_t merge2(const level *a, const uint64_t *bk, const uint64_t *bp, size_t bn,
                     const uint64_t *bdead, uint64_t *k, uint64_t *p)
{
    const uint64_t *ak = a->k, *ap = a->p;
    const uint64_t *adead = a->live < a->n ? a->dead : NULL;
    size_t an = a->n, i = 0, j = 0, o = 0;
    if (!adead && !bdead) /* branch-free: which side goes next is a coin toss */
        while (i < an && j < bn) {
            uint64_t x = ak[i], y = bk[j], xp = ap[i], yp = bp[j];
            int ta = x <= y;
            k[o] = ta ? x : y;
            p[o++] = ta ? xp : yp;
            i += (size_t)ta;
            j += (size_t)!ta;
        }
    for (;;) {
        while (i < an && adead && (adead[i / 64] >> (i % 64) & 1))
            i++;
        while (j < bn && bdead && (bdead[j / 64] >> (j % 64) & 1))
            j++;
        if (i == an || j == bn)
            break;
        if (ak[i] <= bk[j])
            k[o] = ak[i], p[o++] = ap[i++];
        else
            k[o] = bk[j], p[o++] = bp[j++];
    }
    for (; i < an; i++)
        if (!adead || !(adead[i / 64] >> (i % 64) & 1))
            k[o] = ak[i], p[o++] = ap[i];
    for (; j < bn; j++)
        if (!bdead || !(bdead[j / 64] >> (j % 64) & 1))
            k[o] = bk[j], p[o++] = bp[j];
    return o;
}

/* Merges the live entries of levels 0..j into a new level j, older first
 * among equal keys; nothing changes on failure. Two at a time, youngest
 * first (each a tight two-way loop), through a scratch array and the
 * output in turn so that the last merge lands in the output. */
static int merge(omen_index *ix, unsigned j)
{
    size_t total = 0, young = 0;
    const level *in[MAX_LEVELS];
    unsigned m = 0;
    for (unsigned i = 0; i <= j; i++)
        if (ix->lv[i].live) {
            in[m++] = &ix->lv[i];
            total += ix->lv[i].live;
        }
    if (m > 1)
        young = total - in[m - 1]->live;
    level out = {0}, tmp = {0};
    out.k = omen_alloc((total ? total : 1) * sizeof *out.k);
    out.p = omen_alloc((total ? total : 1) * sizeof *out.p);
    if (m > 2) {
        tmp.k = omen_alloc(young * sizeof *tmp.k);
        tmp.p = omen_alloc(young * sizeof *tmp.p);
    }
    if (!out.k || !out.p || (m > 2 && (!tmp.k || !tmp.p))) {
        level_clear(&out);
        level_clear(&tmp);
        return 0;
    }
    if (m == 1) {
        out.n = merge2(in[0], NULL, NULL, 0, NULL, out.k, out.p);
    } else if (m > 1) {
        /* The running merge starts as in[0] itself; merge q (1..m-1) writes
         * to out when m-1-q is even. */
        const uint64_t *rk = in[0]->k, *rp = in[0]->p;
        const uint64_t *rdead = in[0]->live < in[0]->n ? in[0]->dead : NULL;
        size_t rn = in[0]->n;
        for (unsigned q = 1; q < m; q++) {
            level *dst = (m - 1 - q) % 2 == 0 ? &out : &tmp;
            rn = merge2(in[q], rk, rp, rn, rdead, dst->k, dst->p);
            rk = dst->k, rp = dst->p, rdead = NULL;
        }
        out.n = rn;
    }
    level_clear(&tmp);
    out.live = out.n;
    if (!level_model(&out, ix->eps)) {
        level_clear(&out);
        return 0;
    }
    for (unsigned i = 0; i <= j; i++)
        level_clear(&ix->lv[i]);
    ix->lv[j] = out;
    if (j + 1 > ix->nlv)
        ix->nlv = j + 1;
    return 1;
}

static int buffer_alloc(omen_index *ix)
{
    level *b = &ix->lv[0];
    if (b->k)
        return 1;
    b->k = omen_alloc(ix->buffer * sizeof *b->k);
    b->p = omen_alloc(ix->buffer * sizeof *b->p);
    if (b->k && b->p)
        return 1;
    level_clear(b);
    return 0;
}

static const omen_param dp_params[] = {
    {.name = "eps", .kind = OMEN_PARAM_INT, .min = 1, .max = 1 << 20, .i = 32,
     .what = "model error on ranks"},
    {.name = "buffer", .kind = OMEN_PARAM_INT, .min = 1, .max = 1 << 20, .i = 256,
     .what = "entries in the write buffer; level i holds buffer*2^i"},
};

static int dp_build(const uint64_t *keys, const uint64_t *payloads, size_t n,
                    const char *params, omen_index **out, omen_error *err)
{
    omen_param spec[sizeof dp_params / sizeof dp_params[0]];
    memcpy(spec, dp_params, sizeof spec);
    int rc = OMEN_PARAMS_PARSE("dpgm", params, spec, err);
    if (rc)
        return rc;
    omen_index *ix = omen_calloc(1, sizeof *ix);
    if (!ix)
        return omen_errorf(err, OMEN_ENOMEM, "dpgm: out of memory");
    ix->eps = (size_t)spec[0].i;
    ix->buffer = (size_t)spec[1].i;
    ix->nlv = 1;
    if (!buffer_alloc(ix)) {
        destroy(ix);
        return omen_errorf(err, OMEN_ENOMEM, "dpgm: out of memory for the buffer");
    }
    if (n) {
        unsigned j = 1;
        while (cap_of(ix, j) < n)
            j++;
        level *l = &ix->lv[j];
        l->k = omen_alloc(n * sizeof *l->k);
        l->p = omen_alloc(n * sizeof *l->p);
        int ok = l->k && l->p;
        if (ok) {
            memcpy(l->k, keys, n * sizeof *keys);
            memcpy(l->p, payloads, n * sizeof *payloads);
            l->n = l->live = n;
            ok = level_model(l, ix->eps);
        }
        if (!ok) {
            destroy(ix);
            return omen_errorf(err, OMEN_ENOMEM, "dpgm: out of memory for %zu entries", n);
        }
        ix->nlv = j + 1;
    }
    ix->n = n;
    *out = ix;
    return OMEN_OK;
}

static int dp_get(const omen_index *ix, uint64_t key, uint64_t *payload)
{
    unsigned li;
    size_t pos;
    if (!find(ix, key, &li, &pos))
        return 0;
    *payload = ix->lv[li].p[pos];
    return 1;
}

static omen_range_result dp_range(const omen_index *ix, uint64_t lo, uint64_t hi)
{
    omen_range_result r = {0, 0};
    if (lo > hi)
        return r;
    for (unsigned i = 0; i < ix->nlv; i++) {
        const level *l = &ix->lv[i];
        if (!l->live)
            continue;
        for (size_t p = level_lb(l, lo); p < l->n && l->k[p] <= hi; p++)
            if (!is_dead(l, p))
                r.count++, r.sum += l->p[p];
    }
    return r;
}

static int dp_insert(omen_index *ix, uint64_t key, uint64_t payload, omen_error *err)
{
    level *b = &ix->lv[0];
    if (!buffer_alloc(ix))
        return omen_errorf(err, OMEN_ENOMEM, "dpgm: out of memory for the buffer");
    if (b->n == ix->buffer) {
        /* Room first, so a failed merge leaves everything as it was. */
        unsigned j = 1;
        size_t sum = b->live + ix->lv[1].live;
        while (sum > cap_of(ix, j))
            sum += ix->lv[++j].live;
        if (!merge(ix, j))
            return omen_errorf(err, OMEN_ENOMEM, "dpgm: out of memory merging into level %u",
                               j);
        if (!buffer_alloc(ix))
            return omen_errorf(err, OMEN_ENOMEM, "dpgm: out of memory for the buffer");
    }
    size_t a = omen_sorted_upper_bound(b->k, b->n, key); /* after the equal keys */
    memmove(b->k + a + 1, b->k + a, (b->n - a) * 8);
    memmove(b->p + a + 1, b->p + a, (b->n - a) * 8);
    b->k[a] = key, b->p[a] = payload;
    b->n++, b->live++;
    ix->n++;
    return OMEN_OK;
}

static int dp_erase(omen_index *ix, uint64_t key, omen_error *err)
{
    (void)err;
    unsigned li;
    size_t pos;
    if (!find(ix, key, &li, &pos))
        return 0;
    level *l = &ix->lv[li];
    ix->n--;
    l->live--;
    if (li == 0) {
        memmove(l->k + pos, l->k + pos + 1, (l->n - pos - 1) * 8);
        memmove(l->p + pos, l->p + pos + 1, (l->n - pos - 1) * 8);
        l->n--;
        return 1;
    }
    l->dead[pos / 64] |= 1ull << (pos % 64);
    if (!l->live) {
        level_clear(l);
    } else if (l->live * 2 < l->n) {
        /* Compact alone: move it out, merge it with nothing, move it back.
         * Out of memory leaves it as it was (still correct). */
        level saved0 = ix->lv[0];
        ix->lv[0] = *l;
        memset(l, 0, sizeof *l);
        merge(ix, 0);
        *l = ix->lv[0];
        ix->lv[0] = saved0;
    }
    return 1;
}

static size_t dp_size_bytes(const omen_index *ix)
{
    size_t s = sizeof *ix + (ix->lv[0].k ? ix->buffer * 16 : 0);
    for (unsigned i = 1; i < ix->nlv; i++) {
        const level *l = &ix->lv[i];
        if (l->k)
            s += l->n * 16 + (l->n / 64 + 1) * 8 + l->nseg * 24;
    }
    return s;
}

static int dp_stats(const omen_index *ix, omen_index_stats *st)
{
    memset(st, 0, sizeof *st);
    unsigned used = 0;
    for (unsigned i = 1; i < ix->nlv; i++) {
        st->models += ix->lv[i].nseg;
        used += ix->lv[i].live > 0;
    }
    st->size_bytes = dp_size_bytes(ix);
    snprintf(st->note, sizeof st->note, "%u non-empty levels of %u, %llu segments, eps=%zu",
             used, ix->nlv - 1, (unsigned long long)st->models, ix->eps);
    return OMEN_OK;
}

static void dp_free(omen_index *ix)
{
    destroy(ix);
}

static const char *const dp_test_params[] = {"eps=1,buffer=1", "eps=4,buffer=7", NULL};

const omen_index_vtable omen_dpgm_vtable = {
    .version = OMEN_INDEX_VERSION,
    .name = "dpgm",
    .description = "dynamic PGM-style index: a sorted buffer and learned levels of doubling "
                   "size merged LSM-style; erase marks dead entries; owns its data",
    OMEN_VTABLE_PARAMS(dp_params),
    .caps = OMEN_CAP_OWNS_DATA,
    .build = dp_build,
    .get = dp_get,
    .lower_bound = NULL,
    .range = dp_range,
    .size_bytes = dp_size_bytes,
    .free = dp_free,
    .insert = dp_insert,
    .erase = dp_erase,
    .stats = dp_stats,
    .test_params = dp_test_params,
};
