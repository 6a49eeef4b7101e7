/* AVX2 kernels (4 x 64-bit lanes). This file alone is compiled with -mavx2
 * -mpopcnt; dispatch.c hands out its table only after cpuid and xgetbv say
 * the CPU and the OS support both, so the library still runs anywhere.
 *
 * Every function must give what kernels_scalar.c gives, bit for bit. */
#include "kernels/kernels_isa.h"

#if defined(__x86_64__)
#include <immintrin.h>
#include <string.h>

_Static_assert(sizeof(size_t) == 8, "positions are stored as 64-bit lanes");

/* AVX2 has only a signed 64-bit compare. Flipping the top bit of both sides
 * maps unsigned order onto signed order; the probe is flipped once per call. */
static inline __m256i flip(__m256i v)
{
    return _mm256_xor_si256(v, _mm256_set1_epi64x(INT64_MIN));
}

/* Lanes [0, rem) all ones, the rest zero; rem in 0..4. */
static inline __m256i lanes_below(size_t rem)
{
    return _mm256_cmpgt_epi64(_mm256_set1_epi64x((long long)rem),
                              _mm256_setr_epi64x(0, 1, 2, 3));
}

static inline __m256i loadu(const uint64_t *p)
{
    return _mm256_loadu_si256((const __m256i *)(const void *)p);
}

static inline uint64_t hsum(__m256i v)
{
    __m128i s = _mm_add_epi64(_mm256_castsi256_si128(v), _mm256_extracti128_si256(v, 1));
    return (uint64_t)_mm_cvtsi128_si64(s) + (uint64_t)_mm_extract_epi64(s, 1);
}

/* How many of p[0..len) are below the (flipped) probe. A compare yields -1
 * per true lane, so subtracting it counts without leaving the vector unit.
 * The tail is a masked load: nothing past p + len is touched, and masked-off
 * lanes are cleared from the result (they load as 0, which may be below). */
static inline size_t count_below(const uint64_t *p, size_t len, __m256i fprobe)
{
    __m256i acc0 = _mm256_setzero_si256(), acc1 = _mm256_setzero_si256();
    size_t i = 0;
    for (; i + 8 <= len; i += 8) {
        acc0 = _mm256_sub_epi64(acc0, _mm256_cmpgt_epi64(fprobe, flip(loadu(p + i))));
        acc1 = _mm256_sub_epi64(acc1, _mm256_cmpgt_epi64(fprobe, flip(loadu(p + i + 4))));
    }
    if (i + 4 <= len) {
        acc0 = _mm256_sub_epi64(acc0, _mm256_cmpgt_epi64(fprobe, flip(loadu(p + i))));
        i += 4;
    }
    if (i < len) {
        __m256i m = lanes_below(len - i);
        __m256i v = _mm256_maskload_epi64((const long long *)(const void *)(p + i), m);
        acc1 = _mm256_sub_epi64(acc1, _mm256_and_si256(m, _mm256_cmpgt_epi64(fprobe, flip(v))));
    }
    return (size_t)hsum(_mm256_add_epi64(acc0, acc1));
}

/* Four compare results (-1 per key below the probe), counted: two packs
 * narrow each 64-bit lane to two bytes (signed saturation keeps -1 and 0),
 * one movemask takes a bit per byte, so the count is a popcount, with no
 * horizontal-add chain (extract, add, extract, add) behind it. The packs
 * scramble the lane order; a count does not care. */
static inline size_t count_masks(__m256i a, __m256i b, __m256i c, __m256i d)
{
    __m256i ab = _mm256_packs_epi32(a, b), cd = _mm256_packs_epi32(c, d);
    unsigned m = (unsigned)_mm256_movemask_epi8(_mm256_packs_epi16(ab, cd));
    return (size_t)__builtin_popcount(m) / 2;
}

/* How many of the 16 keys p[0..16) are below the (flipped) probe: four
 * loads issued together, no masks, no loop. */
static inline size_t count16(const uint64_t *p, __m256i fprobe)
{
    return count_masks(_mm256_cmpgt_epi64(fprobe, flip(loadu(p))),
                       _mm256_cmpgt_epi64(fprobe, flip(loadu(p + 4))),
                       _mm256_cmpgt_epi64(fprobe, flip(loadu(p + 8))),
                       _mm256_cmpgt_epi64(fprobe, flip(loadu(p + 12))));
}

/* Last-mile search. Windows under 16 keys are counted outright. Longer ones
 * are narrowed by the scalar reference's branch-free binary search, which
 * here also prefetches both places the next step may probe, so one trip to
 * memory resolves two steps on a cold window; the last <= 16 keys (two or
 * three cache lines, already requested) are then counted in one pass of
 * four compares instead of four dependent steps. Invariant: the answer is
 * in [base, base + len]. make microbench compares this with scalar.
 * The variants tried and rejected (four-way steps, other block sizes,
 * prefetching every other step, ...) and their numbers: docs/decisions.md,
 * "avx2 lower_bound: what was tried". */
static size_t avx2_lower_bound(const uint64_t *keys, size_t lo, size_t hi, uint64_t key)
{
    size_t len = hi - lo;
    if (len == 0) /* keys may be NULL then, and NULL + lo is undefined */
        return lo;
    __m256i fprobe = _mm256_set1_epi64x((long long)(key ^ (1ull << 63)));
    if (len < 16)
        return lo + count_below(keys + lo, len, fprobe);
    const uint64_t *base = keys + lo;
    while (len > 16) {
        size_t half = len / 2;
        __builtin_prefetch(base + half / 2);
        __builtin_prefetch(base + half + half / 2);
        base = base[half] < key ? base + half : base;
        len -= half;
    }
    /* Count a block of exactly 16 inside [lo, hi) that holds [base, base +
     * len]: keys before base are below the probe and keys from base + len on
     * are not, so the block's count still lands on the answer. */
    const uint64_t *b = base + 16 <= keys + hi ? base : keys + hi - 16;
    return (size_t)(b - keys) + count16(b, fprobe);
}

/* A node of up to 32 keys is one round of compares. A 64-key node takes the
 * last-mile path instead, binary steps down to a block of 16: counting all 64
 * keys measured slower than that (make microbench: node_rank). */
static size_t avx2_node_rank(const uint64_t *node, size_t width, uint64_t key)
{
    __m256i fprobe = _mm256_set1_epi64x((long long)(key ^ (1ull << 63)));
    switch (width) {
    case 8:
        return count_below(node, 8, fprobe);
    case 16:
        return count16(node, fprobe);
    case 32:
        return count16(node, fprobe) + count16(node + 16, fprobe);
    default:
        return avx2_lower_bound(node, 0, width, key);
    }
}

/* uint64 -> double, rounded to nearest like the scalar cast. AVX2 has no
 * such instruction; split x into its halves and place each in the mantissa
 * of a double with a known exponent: lo = 2^52 + x_lo and hi = 2^84 +
 * x_hi * 2^32 are exact, hi - (2^84 + 2^52) = x_hi * 2^32 - 2^52 is exact
 * too, so the final add is the only rounding and it rounds x itself. */
static inline __m256d u64_to_f64(__m256i x)
{
    __m256i lo = _mm256_blend_epi32(x, _mm256_castpd_si256(_mm256_set1_pd(0x1p52)), 0xAA);
    __m256i hi = _mm256_or_si256(_mm256_srli_epi64(x, 32),
                                 _mm256_castpd_si256(_mm256_set1_pd(0x1p84)));
    __m256d h = _mm256_sub_pd(_mm256_castsi256_pd(hi), _mm256_set1_pd(0x1p84 + 0x1p52));
    return _mm256_add_pd(h, _mm256_castsi256_pd(lo));
}

/* intercept + slope * x, clamped and truncated as omen_line_pos does. MAXPD
 * returns its second operand when either is NaN, so max(p, 0) sends NaN to
 * 0 as the scalar test does. The double is then an integer in [0, 2^52]:
 * adding 2^52 puts it in the mantissa bits exactly (AVX2 has no 64-bit
 * truncating conversion). */
static inline __m256i line_pos(__m256d slope, __m256d icpt, __m256d x, __m256d max)
{
    __m256d p = _mm256_add_pd(icpt, _mm256_mul_pd(slope, x));
    p = _mm256_max_pd(p, _mm256_setzero_pd());
    p = _mm256_min_pd(p, max);
    p = _mm256_round_pd(p, _MM_FROUND_TO_ZERO | _MM_FROUND_NO_EXC);
    __m256d two52 = _mm256_set1_pd(0x1p52);
    return _mm256_sub_epi64(_mm256_castpd_si256(_mm256_add_pd(p, two52)),
                            _mm256_castpd_si256(two52));
}

static inline void storeu(size_t *p, __m256i v)
{
    _mm256_storeu_si256((__m256i *)(void *)p, v);
}

static void avx2_predict(const omen_line *m, uint64_t base, size_t n, const uint64_t *keys,
                         size_t count, size_t *pos)
{
    double max = omen_pos_max(n);
    __m256d vs = _mm256_set1_pd(m->slope), vi = _mm256_set1_pd(m->intercept);
    __m256d vmax = _mm256_set1_pd(max);
    __m256i vbase = _mm256_set1_epi64x((long long)base);
    size_t i = 0;
    for (; i + 4 <= count; i += 4) {
        __m256d x = u64_to_f64(_mm256_sub_epi64(loadu(keys + i), vbase));
        storeu(pos + i, line_pos(vs, vi, x, vmax));
    }
    for (; i < count; i++)
        pos[i] = omen_line_pos(*m, keys[i] - base, max);
}

/* Four lines into a vector of slopes and one of intercepts. Each line is a
 * 16-byte load; two unpacks transpose them. Plain loads, not gathers: on
 * current cores they are cheaper (make microbench: predict_rmi). */
static inline void lines4(const omen_line *a, const omen_line *b, const omen_line *c,
                          const omen_line *d, __m256d *slope, __m256d *icpt)
{
    __m256d ac = _mm256_insertf128_pd(_mm256_castpd128_pd256(_mm_loadu_pd(&a->slope)),
                                      _mm_loadu_pd(&c->slope), 1);
    __m256d bd = _mm256_insertf128_pd(_mm256_castpd128_pd256(_mm_loadu_pd(&b->slope)),
                                      _mm_loadu_pd(&d->slope), 1);
    *slope = _mm256_unpacklo_pd(ac, bd);
    *icpt = _mm256_unpackhi_pd(ac, bd);
}

static void avx2_predict_rmi(const omen_rmi_model *m, const uint64_t *keys, size_t count,
                             size_t *leaf, size_t *pos)
{
    double lmax = omen_pos_max(m->nleaves), max = omen_pos_max(m->n);
    __m256d rs = _mm256_set1_pd(m->root.slope), ri = _mm256_set1_pd(m->root.intercept);
    __m256d vlmax = _mm256_set1_pd(lmax), vmax = _mm256_set1_pd(max);
    __m256i vbase = _mm256_set1_epi64x((long long)m->base);
    size_t i = 0;
    for (; i + 4 <= count; i += 4) {
        __m256d x = u64_to_f64(_mm256_sub_epi64(loadu(keys + i), vbase));
        size_t l[4];
        storeu(l, line_pos(rs, ri, x, vlmax));
        if (leaf)
            memcpy(leaf + i, l, sizeof l);
        __m256d s, c;
        lines4(m->leaves + l[0], m->leaves + l[1], m->leaves + l[2], m->leaves + l[3], &s, &c);
        storeu(pos + i, line_pos(s, c, x, vmax));
    }
    for (; i < count; i++) {
        uint64_t dx = keys[i] - m->base;
        size_t l = omen_line_pos(m->root, dx, lmax);
        if (leaf)
            leaf[i] = l;
        pos[i] = omen_line_pos(m->leaves[l], dx, max);
    }
}

static void avx2_predict_segments(const omen_segment *segs, size_t stride, const size_t *which,
                                  size_t n, const uint64_t *keys, size_t count, size_t *pos)
{
    double max = omen_pos_max(n);
    __m256d vmax = _mm256_set1_pd(max);
    const char *rec = (const char *)segs;
    size_t i = 0;
    for (; i + 4 <= count; i += 4) {
        /* Plain loads, not gathers, as in lines4(). */
        const omen_segment *g0 = (const omen_segment *)(const void *)(rec + which[i] * stride);
        const omen_segment *g1 =
            (const omen_segment *)(const void *)(rec + which[i + 1] * stride);
        const omen_segment *g2 =
            (const omen_segment *)(const void *)(rec + which[i + 2] * stride);
        const omen_segment *g3 =
            (const omen_segment *)(const void *)(rec + which[i + 3] * stride);
        __m256i b = _mm256_setr_epi64x((long long)g0->base, (long long)g1->base,
                                       (long long)g2->base, (long long)g3->base);
        __m256d s, c;
        lines4(&g0->line, &g1->line, &g2->line, &g3->line, &s, &c);
        __m256d x = u64_to_f64(_mm256_sub_epi64(loadu(keys + i), b));
        storeu(pos + i, line_pos(s, c, x, vmax));
    }
    for (; i < count; i++) {
        const omen_segment *g = (const omen_segment *)(const void *)(rec + which[i] * stride);
        pos[i] = omen_line_pos(g->line, keys[i] - g->base, max);
    }
}

static uint64_t avx2_sum(const uint64_t *v, size_t i, size_t j)
{
    if (j <= i)
        return 0;
    const uint64_t *p = v + i;
    size_t len = j - i, k = 0;
    __m256i a0 = _mm256_setzero_si256(), a1 = a0, a2 = a0, a3 = a0;
    for (; k + 16 <= len; k += 16) {
        a0 = _mm256_add_epi64(a0, loadu(p + k));
        a1 = _mm256_add_epi64(a1, loadu(p + k + 4));
        a2 = _mm256_add_epi64(a2, loadu(p + k + 8));
        a3 = _mm256_add_epi64(a3, loadu(p + k + 12));
    }
    for (; k + 4 <= len; k += 4)
        a0 = _mm256_add_epi64(a0, loadu(p + k));
    if (k < len)
        a1 = _mm256_add_epi64(a1, _mm256_maskload_epi64((const long long *)(const void *)(p + k),
                                                        lanes_below(len - k)));
    return hsum(_mm256_add_epi64(_mm256_add_epi64(a0, a1), _mm256_add_epi64(a2, a3)));
}

const omen_kernel_table omen_kernels_avx2 = {
    .isa = "avx2",
    .lower_bound = avx2_lower_bound,
    .node_rank = avx2_node_rank,
    .predict = avx2_predict,
    .predict_rmi = avx2_predict_rmi,
    .predict_segments = avx2_predict_segments,
    .sum = avx2_sum,
};

#endif
