/* The tests' own reference answers: the simplest code that can be right,
 * independent of the kernels and of every index under test. */
#ifndef OMEN_TEST_ORACLE_H
#define OMEN_TEST_ORACLE_H

#include <stddef.h>
#include <stdint.h>

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

#endif
