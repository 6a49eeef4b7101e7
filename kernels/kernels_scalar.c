/* The portable reference for every kernel. Plain, obviously correct C that
 * the SIMD variants must match bit for bit. */
#include "kernels/kernels.h"

/* Branch-free binary search: the comparison feeds a conditional move, so a
 * mispredicted branch never costs a pipeline flush on random probes. */
static size_t scalar_lower_bound(const uint64_t *keys, size_t lo, size_t hi, uint64_t key)
{
    size_t len = hi - lo;
    if (len == 0)
        return lo;
    const uint64_t *base = keys + lo;
    while (len > 1) {
        size_t half = len / 2;
        base = base[half] < key ? base + half : base;
        len -= half;
    }
    return (size_t)(base - keys) + (*base < key);
}

static uint64_t scalar_sum(const uint64_t *v, size_t i, size_t j)
{
    uint64_t s = 0;
    for (; i < j; i++)
        s += v[i];
    return s;
}

const omen_kernel_table omen_kernels_scalar = {
    .isa = "scalar",
    .lower_bound = scalar_lower_bound,
    .sum = scalar_sum,
};
