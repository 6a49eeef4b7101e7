/* AVX-512 kernels (8 x 64-bit lanes). This file alone is compiled with
 * -mavx512f -mavx512dq -mavx512bw -mavx512vl -mpopcnt; dispatch.c hands out
 * its table only when cpuid reports all of them and XCR0 says the OS saves
 * the opmask and ZMM state.
 *
 * AVX-512 has what AVX2 lacks: unsigned 64-bit compares into mask registers,
 * exact uint64 <-> double conversions (DQ), and masked loads and stores, so
 * most tails run in the vector unit too. Every function must still give what
 * kernels_scalar.c gives, bit for bit. */
#include "kernels/kernels_isa.h"

#if defined(__x86_64__)
#include <immintrin.h>
#include <string.h>

_Static_assert(sizeof(size_t) == 8, "positions are stored as 64-bit lanes");

/* Lanes [0, rem) set; rem in 0..8. */
static inline __mmask8 lanes_below(size_t rem)
{
    return (__mmask8)((1u << rem) - 1);
}

static inline __m512i loadu(const uint64_t *p)
{
    return _mm512_loadu_si512((const void *)p);
}

/* Not _mm512_reduce_add_epi64: GCC implements it with signed additions,
 * whose wrap-around is undefined behaviour (UBSan stops on it). */
static inline uint64_t hsum(__m512i v)
{
    __m256i h = _mm256_add_epi64(_mm512_castsi512_si256(v), _mm512_extracti64x4_epi64(v, 1));
    __m128i s = _mm_add_epi64(_mm256_castsi256_si128(h), _mm256_extracti128_si256(h, 1));
    return (uint64_t)_mm_cvtsi128_si64(s) + (uint64_t)_mm_extract_epi64(s, 1);
}

/* Up to 16 keys, len in 0..16, with two masked compares and no loop. */
static inline size_t count_upto16(const uint64_t *p, size_t len, __m512i probe)
{
    unsigned m = (1u << len) - 1;
    __mmask8 m0 = (__mmask8)m, m1 = (__mmask8)(m >> 8);
    __mmask8 k0 = _mm512_mask_cmplt_epu64_mask(m0, _mm512_maskz_loadu_epi64(m0, p), probe);
    __mmask8 k1 = _mm512_mask_cmplt_epu64_mask(m1, _mm512_maskz_loadu_epi64(m1, p + 8), probe);
    return (size_t)__builtin_popcount((unsigned)k0 | (unsigned)k1 << 8);
}

/* As in kernels_avx2.c: windows under 16 keys are counted outright; longer
 * ones are narrowed by branch-free binary search that prefetches both
 * candidates of its next probe, down to a block of exactly 16 keys inside
 * [lo, hi) that holds the answer, counted with two unmasked compares.
 * Invariant: the answer is in [base, base + len]. */
static size_t avx512_lower_bound(const uint64_t *keys, size_t lo, size_t hi, uint64_t key)
{
    size_t len = hi - lo;
    if (len == 0) /* keys may be NULL then, and NULL + lo is undefined */
        return lo;
    __m512i probe = _mm512_set1_epi64((long long)key);
    if (len < 16)
        return lo + count_upto16(keys + lo, len, probe);
    const uint64_t *base = keys + lo;
    while (len > 16) {
        size_t half = len / 2;
        __builtin_prefetch(base + half / 2);
        __builtin_prefetch(base + half + half / 2);
        base = base[half] < key ? base + half : base;
        len -= half;
    }
    const uint64_t *b = base + 16 <= keys + hi ? base : keys + hi - 16;
    __mmask8 k0 = _mm512_cmplt_epu64_mask(loadu(b), probe);
    __mmask8 k1 = _mm512_cmplt_epu64_mask(loadu(b + 8), probe);
    return (size_t)(b - keys) + (size_t)__builtin_popcount((unsigned)k0 | (unsigned)k1 << 8);
}

/* As in kernels_avx2.c: nodes of up to 32 keys are one round of compares,
 * a 64-key node takes the last-mile path. */
static size_t avx512_node_rank(const uint64_t *node, size_t width, uint64_t key)
{
    __m512i probe = _mm512_set1_epi64((long long)key);
    if (width <= 16)
        return count_upto16(node, width, probe);
    if (width == 32)
        return count_upto16(node, 16, probe) + count_upto16(node + 16, 16, probe);
    return avx512_lower_bound(node, 0, width, key);
}

/* intercept + slope * x, clamped and truncated as omen_line_pos does. MAXPD
 * returns its second operand when either is NaN, so max(p, 0) sends NaN to
 * 0; the truncating conversion is exact for the integers in [0, 2^52]. */
static inline __m512i line_pos(__m512d slope, __m512d icpt, __m512d x, __m512d max)
{
    __m512d p = _mm512_add_pd(icpt, _mm512_mul_pd(slope, x));
    p = _mm512_max_pd(p, _mm512_setzero_pd());
    p = _mm512_min_pd(p, max);
    return _mm512_cvttpd_epu64(p);
}

/* x = (double)(key - base), rounded to nearest like the scalar cast. */
static inline __m512d key_x(__m512i keys, __m512i base)
{
    return _mm512_cvtepu64_pd(_mm512_sub_epi64(keys, base));
}

static void avx512_predict(const omen_line *m, uint64_t base, size_t n, const uint64_t *keys,
                           size_t count, size_t *pos)
{
    __m512d vs = _mm512_set1_pd(m->slope), vi = _mm512_set1_pd(m->intercept);
    __m512d vmax = _mm512_set1_pd(omen_pos_max(n));
    __m512i vbase = _mm512_set1_epi64((long long)base);
    for (size_t i = 0; i < count; i += 8) {
        __mmask8 k = count - i >= 8 ? 0xFF : lanes_below(count - i);
        __m512d x = key_x(_mm512_maskz_loadu_epi64(k, (const void *)(keys + i)), vbase);
        _mm512_mask_storeu_epi64((void *)(pos + i), k, line_pos(vs, vi, x, vmax));
    }
}

/* Eight lines into a vector of slopes and one of intercepts: a 16-byte load
 * per line, two unpacks to transpose. Plain loads, not gathers: on current
 * cores they are cheaper (make microbench: predict_rmi, predict_segments). */
static inline void lines8(const omen_line *const l[8], __m512d *slope, __m512d *icpt)
{
    __m512d a = _mm512_castpd128_pd512(_mm_loadu_pd(&l[0]->slope));
    __m512d b = _mm512_castpd128_pd512(_mm_loadu_pd(&l[1]->slope));
    a = _mm512_insertf64x2(a, _mm_loadu_pd(&l[2]->slope), 1);
    b = _mm512_insertf64x2(b, _mm_loadu_pd(&l[3]->slope), 1);
    a = _mm512_insertf64x2(a, _mm_loadu_pd(&l[4]->slope), 2);
    b = _mm512_insertf64x2(b, _mm_loadu_pd(&l[5]->slope), 2);
    a = _mm512_insertf64x2(a, _mm_loadu_pd(&l[6]->slope), 3);
    b = _mm512_insertf64x2(b, _mm_loadu_pd(&l[7]->slope), 3);
    *slope = _mm512_unpacklo_pd(a, b);
    *icpt = _mm512_unpackhi_pd(a, b);
}

static void avx512_predict_rmi(const omen_rmi_model *m, const uint64_t *keys, size_t count,
                               size_t *leaf, size_t *pos)
{
    __m512d rs = _mm512_set1_pd(m->root.slope), ri = _mm512_set1_pd(m->root.intercept);
    __m512d vlmax = _mm512_set1_pd(omen_pos_max(m->nleaves));
    __m512d vmax = _mm512_set1_pd(omen_pos_max(m->n));
    __m512i vbase = _mm512_set1_epi64((long long)m->base);
    size_t i = 0;
    for (; i + 8 <= count; i += 8) {
        __m512d x = key_x(loadu(keys + i), vbase);
        size_t l[8];
        _mm512_storeu_si512((void *)l, line_pos(rs, ri, x, vlmax));
        if (leaf)
            memcpy(leaf + i, l, sizeof l);
        const omen_line *const ln[8] = {m->leaves + l[0], m->leaves + l[1], m->leaves + l[2],
                                        m->leaves + l[3], m->leaves + l[4], m->leaves + l[5],
                                        m->leaves + l[6], m->leaves + l[7]};
        __m512d s, c;
        lines8(ln, &s, &c);
        _mm512_storeu_si512((void *)(pos + i), line_pos(s, c, x, vmax));
    }
    /* The tail in scalar code: the loads dominate, and masking them would
     * not make them fewer. */
    double lmax = omen_pos_max(m->nleaves), max = omen_pos_max(m->n);
    for (; i < count; i++) {
        uint64_t dx = keys[i] - m->base;
        size_t l = omen_line_pos(m->root, dx, lmax);
        if (leaf)
            leaf[i] = l;
        pos[i] = omen_line_pos(m->leaves[l], dx, max);
    }
}

static void avx512_predict_segments(const omen_segment *segs, size_t stride,
                                    const size_t *which, size_t n, const uint64_t *keys,
                                    size_t count, size_t *pos)
{
    __m512d vmax = _mm512_set1_pd(omen_pos_max(n));
    const char *rec = (const char *)segs;
    size_t i = 0;
    for (; i + 8 <= count; i += 8) {
        const omen_segment *g[8];
        for (int k = 0; k < 8; k++)
            g[k] = (const omen_segment *)(const void *)(rec + which[i + (size_t)k] * stride);
        __m512i b = _mm512_setr_epi64((long long)g[0]->base, (long long)g[1]->base,
                                      (long long)g[2]->base, (long long)g[3]->base,
                                      (long long)g[4]->base, (long long)g[5]->base,
                                      (long long)g[6]->base, (long long)g[7]->base);
        const omen_line *const ln[8] = {&g[0]->line, &g[1]->line, &g[2]->line, &g[3]->line,
                                        &g[4]->line, &g[5]->line, &g[6]->line, &g[7]->line};
        __m512d s, c;
        lines8(ln, &s, &c);
        __m512d x = key_x(loadu(keys + i), b);
        _mm512_storeu_si512((void *)(pos + i), line_pos(s, c, x, vmax));
    }
    double max = omen_pos_max(n);
    for (; i < count; i++) {
        const omen_segment *g = (const omen_segment *)(const void *)(rec + which[i] * stride);
        pos[i] = omen_line_pos(g->line, keys[i] - g->base, max);
    }
}

static uint64_t avx512_sum(const uint64_t *v, size_t i, size_t j)
{
    if (j <= i)
        return 0;
    const uint64_t *p = v + i;
    size_t len = j - i, k = 0;
    __m512i a0 = _mm512_setzero_si512(), a1 = a0, a2 = a0, a3 = a0;
    for (; k + 32 <= len; k += 32) {
        a0 = _mm512_add_epi64(a0, loadu(p + k));
        a1 = _mm512_add_epi64(a1, loadu(p + k + 8));
        a2 = _mm512_add_epi64(a2, loadu(p + k + 16));
        a3 = _mm512_add_epi64(a3, loadu(p + k + 24));
    }
    for (; k + 8 <= len; k += 8)
        a0 = _mm512_add_epi64(a0, loadu(p + k));
    if (k < len)
        a1 = _mm512_add_epi64(a1, _mm512_maskz_loadu_epi64(lanes_below(len - k),
                                                           (const void *)(p + k)));
    return hsum(_mm512_add_epi64(_mm512_add_epi64(a0, a1), _mm512_add_epi64(a2, a3)));
}

const omen_kernel_table omen_kernels_avx512 = {
    .isa = "avx512",
    .lower_bound = avx512_lower_bound,
    .node_rank = avx512_node_rank,
    .predict = avx512_predict,
    .predict_rmi = avx512_predict_rmi,
    .predict_segments = avx512_predict_segments,
    .sum = avx512_sum,
};

#endif
