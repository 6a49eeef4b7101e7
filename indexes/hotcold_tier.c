#include "indexes/hotcold_tier.h"

#include <stdio.h>
#include <string.h>

#include "common/alloc.h"
#include "indexes/sorted_array.h"
#include "kernels/kernels.h"

int omen_hotcold_tier_error(omen_error *err, int code, const char *what)
{
    if (!err)
        return code;
    char inner[sizeof err->msg];
    snprintf(inner, sizeof inner, "%s", err->msg);
    return omen_errorf(err, code, "hotcold: %s: %s", what, inner);
}

void omen_hotcold_tier_free(omen_hotcold_tier *t)
{
    if (t->ix)
        t->vt->free(t->ix);
    omen_free(t->k);
    omen_free(t->p);
    omen_free(t->bk);
    omen_free(t->bp);
    memset(t, 0, sizeof *t);
}

int omen_hotcold_tier_build(omen_hotcold_tier *t, const omen_index_vtable *vt,
                            const char *params, const uint64_t *keys, const uint64_t *payloads,
                            size_t n, size_t bcap, omen_error *err)
{
    memset(t, 0, sizeof *t);
    t->vt = vt;
    snprintf(t->params, sizeof t->params, "%s", params);
    t->bcap = bcap;
    t->bk = omen_alloc(bcap * sizeof *t->bk);
    t->bp = omen_alloc(bcap * sizeof *t->bp);
    t->n = n;
    t->k = omen_alloc((n ? n : 1) * sizeof *t->k);
    t->p = omen_alloc((n ? n : 1) * sizeof *t->p);
    if (!t->bk || !t->bp || !t->k || !t->p) {
        omen_hotcold_tier_free(t);
        return omen_errorf(err, OMEN_ENOMEM, "hotcold: out of memory for %zu hot entries", n);
    }
    if (n) {
        memcpy(t->k, keys, n * sizeof *keys);
        memcpy(t->p, payloads, n * sizeof *payloads);
    }
    int rc = vt->build(t->k, t->p, n, t->params, &t->ix, err);
    if (rc) {
        t->ix = NULL;
        omen_hotcold_tier_free(t);
        return omen_hotcold_tier_error(err, rc, "hot tier");
    }
    return OMEN_OK;
}

int omen_hotcold_tier_get(const omen_hotcold_tier *t, uint64_t key, uint64_t *payload)
{
    if (omen_index_get(t->vt, t->ix, key, payload))
        return 1;
    if (t->bn) {
        size_t r = omen_kernels->lower_bound(t->bk, 0, t->bn, key);
        if (r < t->bn && t->bk[r] == key) {
            *payload = t->bp[r];
            return 1;
        }
    }
    return 0;
}

omen_range_result omen_hotcold_tier_range(const omen_hotcold_tier *t, uint64_t lo, uint64_t hi)
{
    omen_range_result r = omen_index_range(t->vt, t->ix, lo, hi);
    if (t->bn && lo <= hi) {
        size_t from = omen_kernels->lower_bound(t->bk, 0, t->bn, lo);
        size_t to = omen_sorted_upper_bound(t->bk, t->bn, hi);
        r.count += to - from;
        for (size_t i = from; i < to; i++)
            r.sum += t->bp[i];
    }
    return r;
}

int omen_hotcold_tier_merge(omen_hotcold_tier *t, omen_error *err)
{
    size_t m = t->n + t->bn;
    uint64_t *k = omen_alloc((m ? m : 1) * sizeof *k);
    uint64_t *p = omen_alloc((m ? m : 1) * sizeof *p);
    if (!k || !p) {
        omen_free(k);
        omen_free(p);
        return omen_errorf(err, OMEN_ENOMEM, "hotcold: out of memory merging %zu entries",
                           m);
    }
    size_t i = 0, j = 0, o = 0;
    while (i < t->n || j < t->bn) {
        /* <= keeps indexed entries before buffered ones with the same key. */
        if (j == t->bn || (i < t->n && t->k[i] <= t->bk[j])) {
            k[o] = t->k[i];
            p[o++] = t->p[i++];
        } else {
            k[o] = t->bk[j];
            p[o++] = t->bp[j++];
        }
    }
    omen_index *nix = NULL;
    int rc = t->vt->build(k, p, m, t->params, &nix, err);
    if (rc) {
        omen_free(k);
        omen_free(p);
        return omen_hotcold_tier_error(err, rc, "rebuilding the hot tier");
    }
    t->vt->free(t->ix);
    omen_free(t->k);
    omen_free(t->p);
    t->ix = nix;
    t->k = k;
    t->p = p;
    t->n = m;
    t->bn = 0;
    t->merges++;
    return OMEN_OK;
}

void omen_hotcold_tier_buffer(omen_hotcold_tier *t, uint64_t key, uint64_t payload)
{
    size_t at = omen_sorted_upper_bound(t->bk, t->bn, key); /* after equal keys */
    memmove(t->bk + at + 1, t->bk + at, (t->bn - at) * sizeof *t->bk);
    memmove(t->bp + at + 1, t->bp + at, (t->bn - at) * sizeof *t->bp);
    t->bk[at] = key;
    t->bp[at] = payload;
    t->bn++;
}

size_t omen_hotcold_tier_bytes(const omen_hotcold_tier *t)
{
    return t->n * 2 * sizeof *t->k + t->bcap * 2 * sizeof *t->bk + t->vt->size_bytes(t->ix);
}
