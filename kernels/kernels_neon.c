/* NEON (AdvSIMD) kernels for aarch64, 2 x 64-bit lanes. AdvSIMD is part of
 * the AArch64 base architecture, so no extra flags are needed; dispatch.c
 * still asks getauxval(AT_HWCAP) before handing the table out.
 *
 * NEON has the unsigned 64-bit compare and the exact uint64 <-> double
 * conversions AVX2 lacks, but no gather and no masked load: tails and
 * per-lane table reads are scalar loads. Every function must give what
 * kernels_scalar.c gives, bit for bit; the NEON tests run under qemu. */
#include "kernels/kernels_isa.h"

#if defined(__aarch64__)
#include <arm_neon.h>

_Static_assert(sizeof(size_t) == 8, "positions are stored as 64-bit lanes");

/* How many of p[0..len) are below the probe. A compare yields all ones
 * (= -1) per true lane, so subtracting it counts. */
static inline size_t count_below(const uint64_t *p, size_t len, uint64x2_t probe)
{
    uint64x2_t a0 = vdupq_n_u64(0), a1 = a0, a2 = a0, a3 = a0;
    size_t i = 0;
    for (; i + 8 <= len; i += 8) {
        a0 = vsubq_u64(a0, vcltq_u64(vld1q_u64(p + i), probe));
        a1 = vsubq_u64(a1, vcltq_u64(vld1q_u64(p + i + 2), probe));
        a2 = vsubq_u64(a2, vcltq_u64(vld1q_u64(p + i + 4), probe));
        a3 = vsubq_u64(a3, vcltq_u64(vld1q_u64(p + i + 6), probe));
    }
    for (; i + 2 <= len; i += 2)
        a0 = vsubq_u64(a0, vcltq_u64(vld1q_u64(p + i), probe));
    size_t c = (size_t)vaddvq_u64(vaddq_u64(vaddq_u64(a0, a1), vaddq_u64(a2, a3)));
    if (i < len)
        c += p[i] < vgetq_lane_u64(probe, 0);
    return c;
}

/* As in kernels_avx2.c, with a block of 8 keys (four 2-lane compares) at
 * the end: windows under 8 keys are counted outright, longer ones narrowed
 * by branch-free binary search that prefetches both candidates of its next
 * probe, down to a block of exactly 8 keys inside [lo, hi) that holds the
 * answer. Invariant: the answer is in [base, base + len]. */
static size_t neon_lower_bound(const uint64_t *keys, size_t lo, size_t hi, uint64_t key)
{
    size_t len = hi - lo;
    if (len == 0) /* keys may be NULL then, and NULL + lo is undefined */
        return lo;
    uint64x2_t probe = vdupq_n_u64(key);
    if (len < 8)
        return lo + count_below(keys + lo, len, probe);
    const uint64_t *base = keys + lo;
    while (len > 8) {
        size_t half = len / 2;
        __builtin_prefetch(base + half / 2);
        __builtin_prefetch(base + half + half / 2);
        base = base[half] < key ? base + half : base;
        len -= half;
    }
    const uint64_t *b = base + 8 <= keys + hi ? base : keys + hi - 8;
    uint64x2_t a0 = vcltq_u64(vld1q_u64(b), probe), a1 = vcltq_u64(vld1q_u64(b + 2), probe);
    a0 = vaddq_u64(a0, vcltq_u64(vld1q_u64(b + 4), probe));
    a1 = vaddq_u64(a1, vcltq_u64(vld1q_u64(b + 6), probe));
    return (size_t)(b - keys) + (size_t)(0 - vaddvq_u64(vaddq_u64(a0, a1)));
}

/* As in kernels_avx2.c: nodes of up to 8 keys are one round of compares,
 * wider ones take the last-mile path. */
static size_t neon_node_rank(const uint64_t *node, size_t width, uint64_t key)
{
    if (width <= 8)
        return count_below(node, width, vdupq_n_u64(key));
    return neon_lower_bound(node, 0, width, key);
}

/* intercept + slope * x, clamped and truncated as omen_line_pos does. The
 * clamps are compare-and-select like the scalar tests (FMAX would propagate
 * NaN); a false compare on NaN selects 0. FCVTZU truncates toward zero. */
static inline uint64x2_t line_pos(float64x2_t slope, float64x2_t icpt, float64x2_t x,
                                  float64x2_t max)
{
    float64x2_t p = vaddq_f64(icpt, vmulq_f64(slope, x));
    p = vbslq_f64(vcgeq_f64(p, vdupq_n_f64(0)), p, vdupq_n_f64(0));
    p = vbslq_f64(vcleq_f64(p, max), p, max);
    return vcvtq_u64_f64(p);
}

static void neon_predict(const omen_line *m, uint64_t base, size_t n, const uint64_t *keys,
                         size_t count, size_t *pos)
{
    double max = omen_pos_max(n);
    float64x2_t vs = vdupq_n_f64(m->slope), vi = vdupq_n_f64(m->intercept);
    float64x2_t vmax = vdupq_n_f64(max);
    uint64x2_t vbase = vdupq_n_u64(base);
    size_t i = 0;
    for (; i + 2 <= count; i += 2) {
        float64x2_t x = vcvtq_f64_u64(vsubq_u64(vld1q_u64(keys + i), vbase));
        vst1q_u64((uint64_t *)pos + i, line_pos(vs, vi, x, vmax));
    }
    if (i < count)
        pos[i] = omen_line_pos(*m, keys[i] - base, max);
}

static void neon_predict_rmi(const omen_rmi_model *m, const uint64_t *keys, size_t count,
                             size_t *leaf, size_t *pos)
{
    double lmax = omen_pos_max(m->nleaves), max = omen_pos_max(m->n);
    float64x2_t rs = vdupq_n_f64(m->root.slope), ri = vdupq_n_f64(m->root.intercept);
    float64x2_t vlmax = vdupq_n_f64(lmax), vmax = vdupq_n_f64(max);
    uint64x2_t vbase = vdupq_n_u64(m->base);
    size_t i = 0;
    for (; i + 2 <= count; i += 2) {
        float64x2_t x = vcvtq_f64_u64(vsubq_u64(vld1q_u64(keys + i), vbase));
        uint64x2_t l = line_pos(rs, ri, x, vlmax);
        if (leaf)
            vst1q_u64((uint64_t *)leaf + i, l);
        /* No gather: each lane's leaf is two adjacent doubles, one load. */
        float64x2_t l0 = vld1q_f64(&m->leaves[vgetq_lane_u64(l, 0)].slope);
        float64x2_t l1 = vld1q_f64(&m->leaves[vgetq_lane_u64(l, 1)].slope);
        float64x2_t s = vuzp1q_f64(l0, l1), c = vuzp2q_f64(l0, l1);
        vst1q_u64((uint64_t *)pos + i, line_pos(s, c, x, vmax));
    }
    if (i < count) {
        uint64_t dx = keys[i] - m->base;
        size_t l = omen_line_pos(m->root, dx, lmax);
        if (leaf)
            leaf[i] = l;
        pos[i] = omen_line_pos(m->leaves[l], dx, max);
    }
}

static void neon_predict_segments(const omen_segment *segs, size_t stride, const size_t *which,
                                  size_t n, const uint64_t *keys, size_t count, size_t *pos)
{
    double max = omen_pos_max(n);
    float64x2_t vmax = vdupq_n_f64(max);
    const char *rec = (const char *)segs;
    size_t i = 0;
    for (; i + 2 <= count; i += 2) {
        const omen_segment *g0 = (const omen_segment *)(const void *)(rec + which[i] * stride);
        const omen_segment *g1 =
            (const omen_segment *)(const void *)(rec + which[i + 1] * stride);
        uint64x2_t b = vcombine_u64(vcreate_u64(g0->base), vcreate_u64(g1->base));
        float64x2_t l0 = vld1q_f64(&g0->line.slope), l1 = vld1q_f64(&g1->line.slope);
        float64x2_t x = vcvtq_f64_u64(vsubq_u64(vld1q_u64(keys + i), b));
        vst1q_u64((uint64_t *)pos + i,
                  line_pos(vuzp1q_f64(l0, l1), vuzp2q_f64(l0, l1), x, vmax));
    }
    if (i < count) {
        const omen_segment *g = (const omen_segment *)(const void *)(rec + which[i] * stride);
        pos[i] = omen_line_pos(g->line, keys[i] - g->base, max);
    }
}

static uint64_t neon_sum(const uint64_t *v, size_t i, size_t j)
{
    if (j <= i)
        return 0;
    const uint64_t *p = v + i;
    size_t len = j - i, k = 0;
    uint64x2_t a0 = vdupq_n_u64(0), a1 = a0, a2 = a0, a3 = a0;
    for (; k + 8 <= len; k += 8) {
        a0 = vaddq_u64(a0, vld1q_u64(p + k));
        a1 = vaddq_u64(a1, vld1q_u64(p + k + 2));
        a2 = vaddq_u64(a2, vld1q_u64(p + k + 4));
        a3 = vaddq_u64(a3, vld1q_u64(p + k + 6));
    }
    for (; k + 2 <= len; k += 2)
        a0 = vaddq_u64(a0, vld1q_u64(p + k));
    uint64_t s = vaddvq_u64(vaddq_u64(vaddq_u64(a0, a1), vaddq_u64(a2, a3)));
    if (k < len)
        s += p[k];
    return s;
}

const omen_kernel_table omen_kernels_neon = {
    .isa = "neon",
    .lower_bound = neon_lower_bound,
    .node_rank = neon_node_rank,
    .predict = neon_predict,
    .predict_rmi = neon_predict_rmi,
    .predict_segments = neon_predict_segments,
    .sum = neon_sum,
};

#endif
