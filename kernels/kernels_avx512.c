/* AVX-512 kernels (8 x 64-bit lanes). This file alone is compiled with
 * -mavx512f -mavx512dq -mavx512bw -mavx512vl -mpopcnt; dispatch.c hands out
 * its table only when cpuid reports all of them and XCR0 says the OS saves
 * the opmask and ZMM state.
 *
 * AVX-512 has what AVX2 lacks: unsigned 64-bit compares into mask registers,
 * exact uint64 <-> double conversions (DQ), and masked loads and stores, so
 * tails run in the vector unit too. Every function must still give what
 * kernels_scalar.c gives, bit for bit. */
#include "kernels/kernels_isa.h"

#if defined(__x86_64__)
#include <immintrin.h>

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

/* How many of p[0..len) are below the probe. The tail is a masked load, so
 * nothing past p + len is read, and a masked compare, so the zeros it loads
 * into the unused lanes never count. */
static inline size_t count_below(const uint64_t *p, size_t len, __m512i probe)
{
    size_t c0 = 0, c1 = 0, i = 0;
    for (; i + 16 <= len; i += 16) {
        c0 += (size_t)__builtin_popcount(_mm512_cmplt_epu64_mask(loadu(p + i), probe));
        c1 += (size_t)__builtin_popcount(_mm512_cmplt_epu64_mask(loadu(p + i + 8), probe));
    }
    if (i + 8 <= len) {
        c0 += (size_t)__builtin_popcount(_mm512_cmplt_epu64_mask(loadu(p + i), probe));
        i += 8;
    }
    if (i < len) {
        __mmask8 m = lanes_below(len - i);
        __m512i v = _mm512_maskz_loadu_epi64(m, (const void *)(p + i));
        c1 += (size_t)__builtin_popcount(_mm512_mask_cmplt_epu64_mask(m, v, probe));
    }
    return c0 + c1;
}

/* Windows longer than this are narrowed by 9-way steps, shorter ones counted;
 * see kernels_avx2.c for the trade-off (make microbench measures it). */
enum { AVX512_COUNT_MAX = 64 };

/* As in kernels_avx2.c: each step compares 8 pivots that cut the window into
 * 9 parts, one round of independent loads. Invariant: the answer is in
 * [base, base + len]. */
static size_t avx512_lower_bound(const uint64_t *keys, size_t lo, size_t hi, uint64_t key)
{
    size_t len = hi - lo;
    if (len == 0) /* keys may be NULL then, and NULL + lo is undefined */
        return lo;
    const uint64_t *base = keys + lo;
    __m512i probe = _mm512_set1_epi64((long long)key);
    while (len > AVX512_COUNT_MAX) {
        size_t step = len / 9;
        const uint64_t *q = base + step - 1;
        __m512i piv = _mm512_setr_epi64((long long)q[0], (long long)q[step],
                                        (long long)q[2 * step], (long long)q[3 * step],
                                        (long long)q[4 * step], (long long)q[5 * step],
                                        (long long)q[6 * step], (long long)q[7 * step]);
        base += (size_t)__builtin_popcount(_mm512_cmplt_epu64_mask(piv, probe)) * step;
        len -= 8 * step;
    }
    return (size_t)(base - keys) + count_below(base, len, probe);
}

static size_t avx512_node_rank(const uint64_t *node, size_t width, uint64_t key)
{
    __m512i probe = _mm512_set1_epi64((long long)key);
    switch (width) {
    case 8:
        return count_below(node, 8, probe);
    case 16:
        return count_below(node, 16, probe);
    case 32:
        return count_below(node, 32, probe);
    case 64:
        return count_below(node, 64, probe);
    default:
        return count_below(node, width, probe);
    }
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

static void avx512_predict_rmi(const omen_rmi_model *m, const uint64_t *keys, size_t count,
                               size_t *leaf, size_t *pos)
{
    __m512d rs = _mm512_set1_pd(m->root.slope), ri = _mm512_set1_pd(m->root.intercept);
    __m512d vlmax = _mm512_set1_pd(omen_pos_max(m->nleaves));
    __m512d vmax = _mm512_set1_pd(omen_pos_max(m->n));
    __m512i vbase = _mm512_set1_epi64((long long)m->base);
    const double *slopes = &m->leaves[0].slope, *icpts = &m->leaves[0].intercept;
    for (size_t i = 0; i < count; i += 8) {
        __mmask8 k = count - i >= 8 ? 0xFF : lanes_below(count - i);
        __m512d x = key_x(_mm512_maskz_loadu_epi64(k, (const void *)(keys + i)), vbase);
        __m512i l = line_pos(rs, ri, x, vlmax);
        if (leaf)
            _mm512_mask_storeu_epi64((void *)(leaf + i), k, l);
        /* An omen_line is two doubles, so leaf l's fields are 2l doubles in;
         * masked-off lanes gather nothing. */
        __m512i idx = _mm512_slli_epi64(l, 1);
        __m512d s = _mm512_mask_i64gather_pd(_mm512_setzero_pd(), k, idx, slopes, 8);
        __m512d c = _mm512_mask_i64gather_pd(_mm512_setzero_pd(), k, idx, icpts, 8);
        _mm512_mask_storeu_epi64((void *)(pos + i), k, line_pos(s, c, x, vmax));
    }
}

static void avx512_predict_segments(const omen_segment *segs, size_t stride,
                                    const size_t *which, size_t n, const uint64_t *keys,
                                    size_t count, size_t *pos)
{
    __m512d vmax = _mm512_set1_pd(omen_pos_max(n));
    __m512i vstride = _mm512_set1_epi64((long long)stride);
    const char *rec = (const char *)segs;
    const void *pb = rec + offsetof(omen_segment, base);
    const void *ps = rec + offsetof(omen_segment, line.slope);
    const void *pi = rec + offsetof(omen_segment, line.intercept);
    for (size_t i = 0; i < count; i += 8) {
        __mmask8 k = count - i >= 8 ? 0xFF : lanes_below(count - i);
        __m512i off = _mm512_mullo_epi64(_mm512_maskz_loadu_epi64(k, (const void *)(which + i)),
                                         vstride);
        __m512i b = _mm512_mask_i64gather_epi64(_mm512_setzero_si512(), k, off, pb, 1);
        __m512d s = _mm512_mask_i64gather_pd(_mm512_setzero_pd(), k, off, ps, 1);
        __m512d c = _mm512_mask_i64gather_pd(_mm512_setzero_pd(), k, off, pi, 1);
        __m512d x = key_x(_mm512_maskz_loadu_epi64(k, (const void *)(keys + i)), b);
        _mm512_mask_storeu_epi64((void *)(pos + i), k, line_pos(s, c, x, vmax));
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
