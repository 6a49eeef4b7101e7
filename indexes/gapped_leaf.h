/* gapped_leaf: the gapped-array leaf of the gapped index (indexes/gapped.c):
 * cap slots of (key, payload) placed by a linear model, an occupancy
 * bitmap, and in every gap a copy of the next occupied slot (key UINT64_MAX,
 * payload 0 after the last) so the slot keys stay sorted and searchable, and
 * a point lookup reads the payload beside the key it found: one cache line,
 * no bitmap. */
#ifndef OMEN_GAPPED_LEAF_H
#define OMEN_GAPPED_LEAF_H

#include <stddef.h>
#include <stdint.h>

/* Densities: a leaf is made at D_INIT, grows past D_MAX, shrinks under D_MIN. */
#define OMEN_GLEAF_D_INIT 0.6
#define OMEN_GLEAF_D_MAX 0.8
#define OMEN_GLEAF_D_MIN 0.2
enum { OMEN_GLEAF_MIN_SPLIT = 64, OMEN_GLEAF_MIN_CAP = 16 };

typedef struct omen_gslot {
    uint64_t k, p;
} omen_gslot;

typedef struct omen_gleaf {
    size_t cap, n;
    uint64_t base;
    double a, b, err, emax; /* slot = a * (key - base) + b; mean and max |error| in slots */
    omen_gslot *s;
    uint64_t *bits;
    int in_arena; /* placed in the bulk load's block, not allocated alone */
} omen_gleaf;

static inline double omen_gleaf_dx(uint64_t key, uint64_t base)
{
    return key >= base ? (double)(key - base) : -(double)(base - key);
}

static inline size_t omen_gleaf_predict(const omen_gleaf *l, uint64_t key)
{
    double s = l->a * omen_gleaf_dx(key, l->base) + l->b;
    return s <= 0 ? 0 : s >= (double)(l->cap - 1) ? l->cap - 1 : (size_t)s;
}

static inline int omen_gleaf_occ(const omen_gleaf *l, size_t s)
{
    return l->bits[s / 64] >> (s % 64) & 1;
}

/* The first occupied slot >= s, or cap. */
static inline size_t omen_gleaf_next(const omen_gleaf *l, size_t s)
{
    for (size_t w = s / 64; s < l->cap; w++, s = w * 64) {
        uint64_t m = l->bits[w] & (~0ull << (s % 64));
        if (m) /* bits past cap are never set */
            return w * 64 + (size_t)__builtin_ctzll(m);
    }
    return l->cap;
}

/* The first slot whose key is >= key (upper: > key), by exponential
 * search from the predicted slot over the sorted slot keys. */
static inline size_t omen_gleaf_search(const omen_gleaf *l, uint64_t key, int upper)
{
    size_t pos = omen_gleaf_predict(l, key), lo, hi, step = 1, n = l->cap;
#define BEFORE(i) (l->s[i].k < key || (upper && l->s[i].k == key))
    if (BEFORE(pos)) {
        lo = pos;
        for (hi = pos + 1; hi < n && BEFORE(hi); step *= 2)
            lo = hi, hi = pos + step * 2 < n ? pos + step * 2 : n;
        lo++;
    } else {
        hi = pos;
        for (lo = pos; lo > 0 && !BEFORE(lo - 1); step *= 2)
            hi = lo - 1, lo = pos > step * 2 ? pos - step * 2 : 0;
    }
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (BEFORE(mid))
            lo = mid + 1;
        else
            hi = mid;
    }
#undef BEFORE
    return lo;
}

/* Least squares of slot i*cap/m on the keys k[0..m); sets the model and
 * its errors (uses only l->cap). */
void omen_gleaf_train(omen_gleaf *l, const uint64_t *k, size_t m);
/* A leaf of the m sorted entries at density D_INIT in one allocation
 * (omen_free it); NULL when out of memory. */
omen_gleaf *omen_gleaf_make(const uint64_t *k, const uint64_t *p, size_t m);
/* The bytes omen_gleaf_make takes for m entries, and the same leaf built in
 * memory the caller provides (64-byte aligned). */
size_t omen_gleaf_size(size_t m);
omen_gleaf *omen_gleaf_place(void *where, const uint64_t *k, const uint64_t *p, size_t m);
/* A copy in its own allocation; NULL when out of memory. */
omen_gleaf *omen_gleaf_clone(const omen_gleaf *l);
/* The entries in order into k/p; returns how many. */
size_t omen_gleaf_gather(const omen_gleaf *l, uint64_t *k, uint64_t *p);
/* Adds an entry after the equal keys; the leaf must have a gap (n < cap). */
void omen_gleaf_insert(omen_gleaf *l, uint64_t key, uint64_t payload);
/* Empties occupied slot t. */
void omen_gleaf_erase(omen_gleaf *l, size_t t);
size_t omen_gleaf_bytes(const omen_gleaf *l);

#endif
