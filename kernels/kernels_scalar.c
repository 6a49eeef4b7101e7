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

static size_t scalar_node_rank(const uint64_t *node, size_t width, uint64_t key)
{
    return scalar_lower_bound(node, 0, width, key);
}

static void scalar_predict(const omen_line *m, uint64_t base, size_t n, const uint64_t *keys,
                           size_t count, size_t *pos)
{
    omen_line line = *m;
    double max = omen_pos_max(n);
    for (size_t i = 0; i < count; i++)
        pos[i] = omen_line_pos(line, keys[i] - base, max);
}

static void scalar_predict_rmi(const omen_rmi_model *m, const uint64_t *keys, size_t count,
                               size_t *leaf, size_t *pos)
{
    double lmax = omen_pos_max(m->nleaves), max = omen_pos_max(m->n);
    for (size_t i = 0; i < count; i++) {
        uint64_t dx = keys[i] - m->base;
        size_t l = omen_line_pos(m->root, dx, lmax);
        if (leaf)
            leaf[i] = l;
        pos[i] = omen_line_pos(m->leaves[l], dx, max);
    }
}

static void scalar_predict_segments(const omen_segment *segs, size_t stride,
                                    const size_t *which, size_t n, const uint64_t *keys,
                                    size_t count, size_t *pos)
{
    double max = omen_pos_max(n);
    for (size_t i = 0; i < count; i++) {
        const omen_segment *s =
            (const omen_segment *)(const void *)((const char *)segs + which[i] * stride);
        pos[i] = omen_line_pos(s->line, keys[i] - s->base, max);
    }
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
    .node_rank = scalar_node_rank,
    .predict = scalar_predict,
    .predict_rmi = scalar_predict_rmi,
    .predict_segments = scalar_predict_segments,
    .sum = scalar_sum,
};
