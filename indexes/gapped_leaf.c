/* The gapped-array leaf of indexes/gapped.c: building, inserting, erasing. */
#include "indexes/gapped_leaf.h"

#include <string.h>

#include "common/alloc.h"

/* Least squares of slot i*cap/m on key; err is the mean distance. */
void omen_gleaf_train(omen_gleaf *l, const uint64_t *k, size_t m)
{
    l->base = m ? k[0] : 0;
    double sx = 0, sy = 0, sxx = 0, sxy = 0, scale = m ? (double)l->cap / (double)m : 0;
    for (size_t i = 0; i < m; i++) {
        double x = omen_gleaf_dx(k[i], l->base), y = (double)i * scale;
        sx += x, sy += y, sxx += x * x, sxy += x * y;
    }
    double var = m ? sxx - sx * sx / (double)m : 0;
    l->a = var > 0 ? (sxy - sx * sy / (double)m) / var : 0;
    l->b = m ? (sy - l->a * sx) / (double)m : 0;
    double e = 0;
    l->emax = 0;
    for (size_t i = 0; i < m; i++) {
        double d = l->a * omen_gleaf_dx(k[i], l->base) + l->b - (double)i * scale;
        d = d < 0 ? -d : d;
        e += d;
        l->emax = d > l->emax ? d : l->emax;
    }
    l->err = m ? e / (double)m : 0;
}

/* A leaf of m entries at density OMEN_GLEAF_D_INIT: one allocation. */
static size_t cap_for(size_t m)
{
    size_t cap = (size_t)((double)m / OMEN_GLEAF_D_INIT) + 1;
    return cap < OMEN_GLEAF_MIN_CAP ? OMEN_GLEAF_MIN_CAP : cap;
}

size_t omen_gleaf_size(size_t m)
{
    size_t cap = cap_for(m);
    return (sizeof(omen_gleaf) + 63) / 64 * 64 + cap * sizeof(omen_gslot) + (cap / 64 + 1) * sizeof(uint64_t);
}

omen_gleaf *omen_gleaf_make(const uint64_t *k, const uint64_t *p, size_t m)
{
    char *mem = omen_alloc(omen_gleaf_size(m));
    return mem ? omen_gleaf_place(mem, k, p, m) : NULL;
}

omen_gleaf *omen_gleaf_clone(const omen_gleaf *l)
{
    size_t bytes = omen_gleaf_bytes(l), hdr = (sizeof(omen_gleaf) + 63) / 64 * 64;
    char *mem = omen_alloc(bytes);
    if (!mem)
        return NULL;
    memcpy(mem, l, bytes);
    omen_gleaf *c = (omen_gleaf *)mem;
    c->s = (omen_gslot *)(mem + hdr), c->bits = (uint64_t *)(c->s + c->cap);
    c->in_arena = 0;
    return c;
}

omen_gleaf *omen_gleaf_place(void *where, const uint64_t *k, const uint64_t *p, size_t m)
{
    size_t cap = cap_for(m), words = cap / 64 + 1, hdr = (sizeof(omen_gleaf) + 63) / 64 * 64;
    char *mem = where;
    omen_gleaf *l = (omen_gleaf *)mem;
    l->cap = cap, l->n = m, l->in_arena = 0;
    l->s = (omen_gslot *)(mem + hdr), l->bits = (uint64_t *)(l->s + cap);
    memset(l->bits, 0, words * 8);
    omen_gleaf_train(l, k, m);
    for (size_t i = 0, last = 0; i < m; i++) {
        size_t s = omen_gleaf_predict(l, k[i]);
        s = i && s <= last ? last + 1 : s;
        s = s > cap - (m - i) ? cap - (m - i) : s;
        l->s[s] = (omen_gslot){k[i], p[i]};
        l->bits[s / 64] |= 1ull << (s % 64);
        last = s;
    }
    omen_gslot v = {UINT64_MAX, 0};
    for (size_t s = cap; s-- > 0;)
        omen_gleaf_occ(l, s) ? (v = l->s[s]) : (l->s[s] = v);
    return l;
}

/* The entries of a leaf, in order, into k/p; returns how many. */
size_t omen_gleaf_gather(const omen_gleaf *l, uint64_t *k, uint64_t *p)
{
    size_t m = 0;
    for (size_t s = omen_gleaf_next(l, 0); s < l->cap; s = omen_gleaf_next(l, s + 1))
        k[m] = l->s[s].k, p[m++] = l->s[s].p;
    return m;
}

void omen_gleaf_insert(omen_gleaf *l, uint64_t key, uint64_t payload)
{
    size_t s = omen_gleaf_search(l, key, 1), cap = l->cap;
    while (s > 0 && !omen_gleaf_occ(l, s - 1))
        s--;
    size_t nx = omen_gleaf_next(l, s), t;
    if (s < nx) {
        t = omen_gleaf_predict(l, key);
        t = t < s ? s : t >= nx ? nx - 1 : t;
    } else {
        size_t r = s, g = s; /* nearest gaps right and left */
        while (r < cap && omen_gleaf_occ(l, r))
            r++;
        while (g > 0 && omen_gleaf_occ(l, g - 1))
            g--;
        if (r < cap && (g == 0 || r - s <= s - g)) {
            memmove(l->s + s + 1, l->s + s, (r - s) * sizeof *l->s);
            l->bits[r / 64] |= 1ull << (r % 64);
            t = s;
        } else { /* g - 1 is the gap */
            memmove(l->s + g - 1, l->s + g, (s - g) * sizeof *l->s);
            l->bits[(g - 1) / 64] |= 1ull << ((g - 1) % 64);
            t = s - 1;
        }
    }
    l->s[t] = (omen_gslot){key, payload};
    l->bits[t / 64] |= 1ull << (t % 64);
    for (size_t u = t; u > 0 && !omen_gleaf_occ(l, u - 1); u--)
        l->s[u - 1] = l->s[t];
    l->n++;
}

void omen_gleaf_erase(omen_gleaf *l, size_t t)
{
    l->bits[t / 64] &= ~(1ull << (t % 64));
    omen_gslot v = t + 1 < l->cap ? l->s[t + 1] : (omen_gslot){UINT64_MAX, 0};
    for (size_t u = t + 1; u > 0 && !omen_gleaf_occ(l, u - 1); u--)
        l->s[u - 1] = v;
    l->n--;
}

size_t omen_gleaf_bytes(const omen_gleaf *l)
{
    return (sizeof(omen_gleaf) + 63) / 64 * 64 + l->cap * sizeof(omen_gslot) + (l->cap / 64 + 1) * 8;
}
