/* gapped: an updatable learned index in the ALEX/LIPP family, written for
 * omen: leaves are gapped arrays whose slots a linear model assigns.
 *
 * Leaf. cap slots of (key, payload) and an occupancy bitmap; the bulk
 * load places each key at its model's slot (or the next free one) at
 * density 0.6, so most keys sit where the model says and an insert usually
 * lands in a gap. A gap holds a copy of the next occupied key (UINT64_MAX
 * after the last), so the slot keys are sorted and a lookup is an
 * exponential search from the predicted slot, then a step to the next
 * occupied slot. An insert without a gap at its place shifts entries
 * toward the nearest gap.
 *
 * Cost model. A leaf that reaches density 0.8 is retrained: when the
 * model's mean error, in slots, stays within err= the leaf is expanded
 * back to density 0.6; otherwise, or past max_keys, it splits in two by
 * rank, and each half gets its own model. The defaults (leaf=32768,
 * err=128) favour few, large leaves: a lookup's cost is mostly the root
 * and the leaf's header, not the exponential search inside the leaf
 * (docs/decisions.md has the measurements). The bulk load applies the same test when
 * it cuts the data into leaves. A leaf under density 0.2 is contracted; an
 * empty one is removed. The leaves sit under one root: sorted pivots
 * (pivot i <= every key of leaf i, >= every key of leaf i-1).
 *
 * Duplicates: equal keys occupy slots in arrival order and may span leaves;
 * lookups and erase take the leaf "pivots < key" and go on to the next leaf
 * when it ends before the key, inserts take "pivots <= key", after the
 * equal ones, as btree_dyn does.
 *
 * Threads: reads may run together; insert and erase must run alone (no
 * lock is taken, so reads stay as fast as a static index's). */
#include <stdio.h>
#include <string.h>

#include "common/alloc.h"
#include "indexes/gapped_leaf.h"
#include "indexes/index.h"
#include "indexes/params.h"

struct omen_index {
    omen_gleaf **lv;
    uint64_t *piv;
    size_t nl, lcap, n, target, max_keys, splits, expansions;
    void *arena; /* the bulk load's leaves; see leaf_free */
    size_t arena_bytes, arena_live, arena_leaves;
    int evacuating;
    double err_max;
};

/* Leaves whose pivot is < key (upper: <= key), minus one: the leaf to use.
 * Branch-free halving: which half a random key goes to cannot be predicted,
 * and a mispredicted branch at every level cost more than the loads. */
static size_t route(const omen_index *ix, uint64_t key, int upper)
{
    const uint64_t *piv = ix->piv;
    size_t at = 0, len = ix->nl; /* answer in [at, at + len) */
    while (len > 1) {
        size_t half = len / 2;
        uint64_t p = piv[at + half];
        at = p < key || (upper && p == key) ? at + half : at;
        len -= half;
    }
    return at;
}

/* The first entry >= key: leaf index and slot (leaf index nl: none). */
static size_t seek(const omen_index *ix, uint64_t key, size_t *slot)
{
    size_t i = route(ix, key, 0);
    *slot = omen_gleaf_next(ix->lv[i], omen_gleaf_search(ix->lv[i], key, 0));
    while (*slot == ix->lv[i]->cap && ++i < ix->nl)
        *slot = omen_gleaf_next(ix->lv[i], 0);
    return i;
}

static void destroy(omen_index *ix)
{
    for (size_t i = 0; ix->lv && i < ix->nl; i++)
        if (!ix->lv[i]->in_arena)
            omen_free(ix->lv[i]);
    omen_free(ix->arena);
    omen_free(ix->lv);
    omen_free(ix->piv);
    omen_free(ix);
}

/* Room in the root for `more` leaves. */
static int root_reserve(omen_index *ix, size_t more)
{
    if (ix->nl + more <= ix->lcap)
        return 1;
    size_t cap = (ix->nl + more) * 2;
    omen_gleaf **lv = omen_alloc(cap * sizeof *lv);
    uint64_t *piv = omen_alloc(cap * sizeof *piv);
    if (!lv || !piv) {
        omen_free(lv);
        omen_free(piv);
        return 0;
    }
    if (ix->nl) {
        memcpy(lv, ix->lv, ix->nl * sizeof *lv);
        memcpy(piv, ix->piv, ix->nl * sizeof *piv);
    }
    omen_free(ix->lv);
    omen_free(ix->piv);
    ix->lv = lv, ix->piv = piv, ix->lcap = cap;
    return 1;
}

/* Cuts k[0..m) into pieces, their lengths appended to len[*count]:
 * halves while the model's error is above err_max (or past leaf=). */
static void cut(const omen_index *ix, const uint64_t *k, size_t m, size_t *len, size_t *count)
{
    int halve = m > ix->target || m > ix->max_keys;
    if (!halve && m >= 2 * OMEN_GLEAF_MIN_SPLIT) {
        omen_gleaf probe = {.cap = (size_t)((double)m / OMEN_GLEAF_D_INIT) + 1};
        omen_gleaf_train(&probe, k, m);
        halve = probe.err > ix->err_max;
    }
    if (!halve) {
        len[(*count)++] = m;
        return;
    }
    cut(ix, k, m / 2, len, count);
    cut(ix, k + m / 2, m - m / 2, len, count);
}

/* The bulk load's leaves share one block (a build is a few allocations);
 * a leaf that is rebuilt or removed leaves its place, and when fewer than
 * half are left they move to allocations of their own and the block goes. */
static void leaf_free(omen_index *ix, omen_gleaf *l)
{
    if (!l->in_arena) {
        omen_free(l);
        return;
    }
    if (--ix->arena_live == 0) {
        omen_free(ix->arena);
        ix->arena = NULL, ix->arena_bytes = 0;
        return;
    }
    if (ix->evacuating || ix->arena_live * 2 >= ix->arena_leaves)
        return;
    ix->evacuating = 1;
    for (size_t i = 0; i < ix->nl && ix->arena; i++) {
        if (!ix->lv[i]->in_arena || ix->lv[i] == l)
            continue;
        omen_gleaf *c = omen_gleaf_clone(ix->lv[i]);
        if (!c)
            break; /* out of memory: the block stays, still correct */
        omen_gleaf *old = ix->lv[i];
        ix->lv[i] = c;
        leaf_free(ix, old);
    }
    ix->evacuating = 0;
}

static int bulk(omen_index *ix, const uint64_t *k, const uint64_t *p, size_t n)
{
    size_t *len = omen_alloc((n / 8 + 2) * sizeof *len), count = 0, bytes = 0;
    if (!len)
        return 0;
    cut(ix, k, n, len, &count);
    for (size_t i = 0; i < count; i++)
        bytes += omen_gleaf_size(len[i]);
    if (!root_reserve(ix, count) || !(ix->arena = omen_alloc(bytes))) {
        omen_free(len);
        return 0;
    }
    char *at = ix->arena;
    for (size_t i = 0, from = 0; i < count; i++) {
        omen_gleaf *l = n ? omen_gleaf_place(at, k + from, p + from, len[i])
                          : omen_gleaf_place(at, NULL, NULL, 0);
        l->in_arena = 1;
        at += omen_gleaf_size(len[i]);
        ix->piv[ix->nl] = len[i] ? k[from] : 0;
        ix->lv[ix->nl++] = l;
        from += len[i];
    }
    ix->arena_bytes = bytes;
    ix->arena_live = ix->arena_leaves = count;
    omen_free(len);
    return 1;
}

static const omen_param gp_params[] = {
    {.name = "leaf", .kind = OMEN_PARAM_INT, .min = 16, .max = 1 << 24, .i = 32768,
     .what = "bulk-load keys per leaf at most"},
    {.name = "err", .kind = OMEN_PARAM_REAL, .min = 0, .max = 1e9, .r = 128,
     .what = "mean model error in slots above which a leaf splits rather than expands"},
    {.name = "max_keys", .kind = OMEN_PARAM_INT, .min = 128, .max = 1 << 26, .i = 1 << 16,
     .what = "a leaf splits past it"},
};

static int gp_build(const uint64_t *keys, const uint64_t *payloads, size_t n,
                    const char *params, omen_index **out, omen_error *err)
{
    omen_param spec[sizeof gp_params / sizeof gp_params[0]];
    memcpy(spec, gp_params, sizeof spec);
    int rc = OMEN_PARAMS_PARSE("gapped", params, spec, err);
    if (rc)
        return rc;
    omen_index *ix = omen_calloc(1, sizeof *ix);
    if (!ix)
        return omen_errorf(err, OMEN_ENOMEM, "gapped: out of memory");
    ix->target = (size_t)spec[0].i;
    ix->err_max = spec[1].r;
    ix->max_keys = (size_t)spec[2].i;
    if (!bulk(ix, keys, payloads, n)) {
        destroy(ix);
        return omen_errorf(err, OMEN_ENOMEM, "gapped: out of memory for %zu entries", n);
    }
    ix->n = n;
    *out = ix;
    return OMEN_OK;
}

/* A gap holds a copy of the next occupied slot, so the first slot >= key
 * answers without the bitmap (slot 0 of the next leaf when the key is past
 * this one's last). The gaps after a leaf's last entry hold UINT64_MAX, so
 * that one key is looked up through the bitmap. */
static int gp_get(const omen_index *ix, uint64_t key, uint64_t *payload)
{
    size_t i, t;
    if (key == UINT64_MAX) {
        i = seek(ix, key, &t);
        if (i == ix->nl || ix->lv[i]->s[t].k != key)
            return 0;
        *payload = ix->lv[i]->s[t].p;
        return 1;
    }
    i = route(ix, key, 0);
    const omen_gleaf *l = ix->lv[i];
    const omen_gslot *s = l->s + omen_gleaf_search(l, key, 0);
    if (s == l->s + l->cap || s->k == UINT64_MAX) /* past this leaf's entries below UINT64_MAX */
        s = ++i < ix->nl ? ix->lv[i]->s : NULL;
    if (!s || s->k != key)
        return 0;
    *payload = s->p;
    return 1;
}

static omen_range_result gp_range(const omen_index *ix, uint64_t lo, uint64_t hi)
{
    omen_range_result r = {0, 0};
    if (lo > hi)
        return r;
    size_t s;
    for (size_t i = seek(ix, lo, &s); i < ix->nl; s = 0, i++)
        for (const omen_gleaf *l = ix->lv[i]; (s = omen_gleaf_next(l, s)) < l->cap; s++) {
            if (l->s[s].k > hi)
                return r;
            r.count++, r.sum += l->s[s].p;
        }
    return r;
}

/* Leaf i is full: retrain; expand it when the model stays accurate, else
 * split it by rank. Nothing changes when memory runs out. */
static int grow(omen_index *ix, size_t i)
{
    omen_gleaf *l = ix->lv[i];
    uint64_t *k = omen_alloc((l->n + 1) * 2 * sizeof *k);
    if (!k || !root_reserve(ix, 1)) {
        omen_free(k);
        return 0;
    }
    uint64_t *p = k + l->n + 1;
    size_t m = omen_gleaf_gather(l, k, p);
    omen_gleaf probe = {.cap = (size_t)((double)m / OMEN_GLEAF_D_INIT) + 1};
    omen_gleaf_train(&probe, k, m);
    omen_gleaf *a, *b = NULL;
    int split = m >= 2 * OMEN_GLEAF_MIN_SPLIT && (probe.err > ix->err_max || m > ix->max_keys);
    a = omen_gleaf_make(k, p, split ? m / 2 : m);
    if (split)
        b = omen_gleaf_make(k + m / 2, p + m / 2, m - m / 2);
    if (!a || (split && !b)) {
        omen_free(a);
        omen_free(b);
        omen_free(k);
        return 0;
    }
    ix->lv[i] = a;
    leaf_free(ix, l);
    if (split) {
        memmove(ix->lv + i + 2, ix->lv + i + 1, (ix->nl - i - 1) * sizeof *ix->lv);
        memmove(ix->piv + i + 2, ix->piv + i + 1, (ix->nl - i - 1) * sizeof *ix->piv);
        ix->lv[i + 1] = b, ix->piv[i + 1] = k[m / 2];
        ix->nl++;
        ix->splits++;
    } else {
        ix->expansions++;
    }
    omen_free(k);
    return 1;
}

static int gp_insert(omen_index *ix, uint64_t key, uint64_t payload, omen_error *err)
{
    size_t i = route(ix, key, 1);
    if ((double)(ix->lv[i]->n + 1) > OMEN_GLEAF_D_MAX * (double)ix->lv[i]->cap) {
        if (!grow(ix, i))
            return omen_errorf(err, OMEN_ENOMEM, "gapped: out of memory growing a leaf");
        i = route(ix, key, 1);
    }
    omen_gleaf_insert(ix->lv[i], key, payload);
    ix->n++;
    return OMEN_OK;
}

static int gp_erase(omen_index *ix, uint64_t key, omen_error *err)
{
    (void)err;
    size_t t, i = seek(ix, key, &t);
    if (i == ix->nl || ix->lv[i]->s[t].k != key)
        return 0;
    omen_gleaf *l = ix->lv[i];
    omen_gleaf_erase(l, t);
    ix->n--;
    if (l->n == 0 && ix->nl > 1) {
        memmove(ix->lv + i, ix->lv + i + 1, (ix->nl - i - 1) * sizeof *ix->lv);
        memmove(ix->piv + i, ix->piv + i + 1, (ix->nl - i - 1) * sizeof *ix->piv);
        ix->nl--;
        leaf_free(ix, l);
    } else if (l->cap > OMEN_GLEAF_MIN_CAP && (double)l->n < OMEN_GLEAF_D_MIN * (double)l->cap) {
        /* Contract; out of memory leaves the sparse leaf, still correct. */
        uint64_t *k = omen_alloc((l->n + 1) * 2 * sizeof *k);
        omen_gleaf *c = NULL;
        if (k)
            c = omen_gleaf_make(k, k + l->n + 1, omen_gleaf_gather(l, k, k + l->n + 1));
        if (c) {
            ix->lv[i] = c;
            leaf_free(ix, l);
        }
        omen_free(k);
    }
    return 1;
}

static size_t gp_size_bytes(const omen_index *ix)
{
    size_t s = sizeof *ix + ix->lcap * (sizeof *ix->lv + sizeof *ix->piv);
    for (size_t i = 0; i < ix->nl; i++)
        s += ix->lv[i]->in_arena ? 0 : omen_gleaf_bytes(ix->lv[i]);
    s += ix->arena_bytes;
    return s;
}

static int gp_stats(const omen_index *ix, omen_index_stats *st)
{
    memset(st, 0, sizeof *st);
    double e = 0;
    for (size_t i = 0; i < ix->nl; i++) {
        e += ix->lv[i]->err * (double)ix->lv[i]->n;
        uint64_t m = (uint64_t)ix->lv[i]->emax + 1;
        st->max_abs_error = m > st->max_abs_error ? m : st->max_abs_error;
    }
    st->mean_abs_error = ix->n ? e / (double)ix->n : 0;
    st->models = ix->nl;
    st->size_bytes = gp_size_bytes(ix);
    snprintf(st->note, sizeof st->note,
             "%zu leaves (model error in slots as last trained; above err=%g a full leaf splits, else expands): %zu splits, %zu expansions",
             ix->nl, ix->err_max, ix->splits, ix->expansions);
    return OMEN_OK;
}

static void gp_free(omen_index *ix)
{
    destroy(ix);
}

static const char *const gp_test_params[] = {"leaf=16,err=0,max_keys=128", "err=1e9", NULL};

const omen_index_vtable omen_gapped_vtable = {
    .version = OMEN_INDEX_VERSION,
    .name = "gapped",
    .description = "gapped-array learned index (ALEX/LIPP family): model-placed slots with "
                   "gaps, leaves expanded or split by a cost model; owns its data",
    OMEN_VTABLE_PARAMS(gp_params),
    .caps = OMEN_CAP_OWNS_DATA,
    .build = gp_build,
    .get = gp_get,
    .lower_bound = NULL,
    .range = gp_range,
    .size_bytes = gp_size_bytes,
    .free = gp_free,
    .insert = gp_insert,
    .erase = gp_erase,
    .stats = gp_stats,
    .test_params = gp_test_params,
};
