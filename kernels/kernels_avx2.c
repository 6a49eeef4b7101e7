/* AVX2 kernels (4 x 64-bit lanes). This file alone is compiled with -mavx2
 * -mpopcnt; dispatch.c hands out its table only after cpuid and xgetbv say
 * the CPU and the OS support both, so the library still runs anywhere.
 *
 * Every function must give what kernels_scalar.c gives, bit for bit. */
#include "kernels/kernels_isa.h"

#if defined(__x86_64__)
#include <immintrin.h>

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

/* Windows longer than this are first narrowed by 9-way steps; shorter ones
 * are counted outright. Counting costs len/4 independent compares, a step
 * one round of 8 parallel loads; measured on Zen 4 (make microbench). */
enum { AVX2_COUNT_MAX = 32 };

/* Narrows a window of any length, then counts. Each step compares the probe
 * with 8 pivots that cut the window into 9 parts at once: the 8 loads are
 * independent, so a step costs about one memory latency where binary search
 * pays three. Invariant: the answer is in [base, base + len]. */
static size_t avx2_lower_bound(const uint64_t *keys, size_t lo, size_t hi, uint64_t key)
{
    size_t len = hi - lo;
    if (len == 0) /* keys may be NULL then, and NULL + lo is undefined */
        return lo;
    const uint64_t *base = keys + lo;
    __m256i fprobe = _mm256_set1_epi64x((long long)(key ^ (1ull << 63)));
    while (len > AVX2_COUNT_MAX) {
        size_t step = len / 9;
        /* Pivot j (1..8) is base[j*step - 1]. The c pivots below the probe
         * put the answer in [c*step, c*step + step - 1] (or past the last
         * pivot); a window of len - 8*step >= step from c*step covers
         * every case, so len no longer depends on c. */
        const uint64_t *q = base + step - 1;
        __m256i a = _mm256_setr_epi64x((long long)q[0], (long long)q[step],
                                       (long long)q[2 * step], (long long)q[3 * step]);
        __m256i b = _mm256_setr_epi64x((long long)q[4 * step], (long long)q[5 * step],
                                       (long long)q[6 * step], (long long)q[7 * step]);
        unsigned ma = (unsigned)_mm256_movemask_pd(
            _mm256_castsi256_pd(_mm256_cmpgt_epi64(fprobe, flip(a))));
        unsigned mb = (unsigned)_mm256_movemask_pd(
            _mm256_castsi256_pd(_mm256_cmpgt_epi64(fprobe, flip(b))));
        base += (size_t)__builtin_popcount(ma | mb << 4) * step;
        len -= 8 * step;
    }
    return (size_t)(base - keys) + count_below(base, len, fprobe);
}

/* A whole node is one round of independent compares; with the width a
 * constant each case unrolls completely. */
static size_t avx2_node_rank(const uint64_t *node, size_t width, uint64_t key)
{
    __m256i fprobe = _mm256_set1_epi64x((long long)(key ^ (1ull << 63)));
    switch (width) {
    case 8:
        return count_below(node, 8, fprobe);
    case 16:
        return count_below(node, 16, fprobe);
    case 32:
        return count_below(node, 32, fprobe);
    case 64:
        return count_below(node, 64, fprobe);
    default:
        return count_below(node, width, fprobe);
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

static void avx2_predict_rmi(const omen_rmi_model *m, const uint64_t *keys, size_t count,
                             size_t *leaf, size_t *pos)
{
    double lmax = omen_pos_max(m->nleaves), max = omen_pos_max(m->n);
    __m256d rs = _mm256_set1_pd(m->root.slope), ri = _mm256_set1_pd(m->root.intercept);
    __m256d vlmax = _mm256_set1_pd(lmax), vmax = _mm256_set1_pd(max);
    __m256i vbase = _mm256_set1_epi64x((long long)m->base);
    const double *slopes = &m->leaves[0].slope, *icpts = &m->leaves[0].intercept;
    size_t i = 0;
    for (; i + 4 <= count; i += 4) {
        __m256d x = u64_to_f64(_mm256_sub_epi64(loadu(keys + i), vbase));
        __m256i l = line_pos(rs, ri, x, vlmax);
        if (leaf)
            storeu(leaf + i, l);
        /* An omen_line is two doubles, so leaf l's fields are 2l doubles in. */
        __m256i idx = _mm256_slli_epi64(l, 1);
        __m256d s = _mm256_i64gather_pd(slopes, idx, 8);
        __m256d c = _mm256_i64gather_pd(icpts, idx, 8);
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
        /* Byte offsets in scalar code: AVX2 has no 64-bit multiply, and
         * which * stride may not fit the 32 bits _mm256_mul_epu32 takes. */
        __m256i off = _mm256_setr_epi64x(
            (long long)(which[i] * stride), (long long)(which[i + 1] * stride),
            (long long)(which[i + 2] * stride), (long long)(which[i + 3] * stride));
        __m256i b = _mm256_i64gather_epi64(
            (const long long *)(const void *)(rec + offsetof(omen_segment, base)), off, 1);
        __m256d s = _mm256_i64gather_pd(
            (const double *)(const void *)(rec + offsetof(omen_segment, line.slope)), off, 1);
        __m256d c = _mm256_i64gather_pd(
            (const double *)(const void *)(rec + offsetof(omen_segment, line.intercept)), off,
            1);
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
