/* The tests' own reference answers: the simplest code that can be right,
 * independent of the kernels and of every index under test. */
#ifndef OMEN_CHECK_ORACLE_H
#define OMEN_CHECK_ORACLE_H

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static inline size_t oracle_lower_bound(const uint64_t *keys, size_t n, uint64_t key)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (keys[mid] < key)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static inline size_t oracle_upper_bound(const uint64_t *keys, size_t n, uint64_t key)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (keys[mid] <= key)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* The dynamic oracle: a sorted array kept with memmove, fine at test sizes.
 * An insert goes after the keys equal to it; an erase removes the first. */
typedef struct oracle_dyn {
    uint64_t *k, *p; /* keys and their payloads */
    size_t n, cap;
} oracle_dyn;

static inline void oracle_dyn_insert(oracle_dyn *d, uint64_t key, uint64_t pay)
{
    if (d->n == d->cap) {
        d->cap = d->cap ? 2 * d->cap : 64;
        d->k = realloc(d->k, d->cap * sizeof *d->k);
        d->p = realloc(d->p, d->cap * sizeof *d->p);
        if (!d->k || !d->p)
            abort();
    }
    size_t at = oracle_upper_bound(d->k, d->n, key);
    memmove(d->k + at + 1, d->k + at, (d->n - at) * sizeof *d->k);
    memmove(d->p + at + 1, d->p + at, (d->n - at) * sizeof *d->p);
    d->k[at] = key, d->p[at] = pay;
    d->n++;
}

static inline int oracle_dyn_erase(oracle_dyn *d, uint64_t key)
{
    size_t at = oracle_lower_bound(d->k, d->n, key);
    if (at == d->n || d->k[at] != key)
        return 0;
    memmove(d->k + at, d->k + at + 1, (d->n - at - 1) * sizeof *d->k);
    memmove(d->p + at, d->p + at + 1, (d->n - at - 1) * sizeof *d->p);
    d->n--;
    return 1;
}

#endif
