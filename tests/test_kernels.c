/* Every kernel on every ISA this machine runs gives the scalar reference's
 * answer, bit for bit, on random and adversarial inputs; the scalar
 * reference gives the textbook answer. Windows and nodes are placed against
 * PROT_NONE guard pages, so a kernel that reads one key outside its window
 * crashes here instead of passing by luck.
 *
 * usage: test_kernels [--require ISA]...   (fail unless ISA is available:
 * the aarch64 cross test requires neon so it cannot pass on scalar alone) */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "common/rng.h"
#include "kernels/kernels.h"
#include "tests/check.h"

static const char *const isa_names[] = {"scalar", "avx2", "avx512", "neon"};
static const omen_kernel_table *isas[4];
static size_t nisas;
static const omen_kernel_table *const ref = &omen_kernels_scalar;

/* ---- guard pages ----------------------------------------------------- */

/* A buffer of `count` uint64 slots with an unreadable page right after its
 * last slot (at_end) or right before its first. */
typedef struct guarded {
    void *map;
    size_t map_len;
    uint64_t *p;
} guarded;

static guarded guarded_alloc(size_t count, int at_end)
{
    size_t page = (size_t)sysconf(_SC_PAGESIZE);
    size_t bytes = count * sizeof(uint64_t);
    size_t data_pages = (bytes + page - 1) / page + 1;
    guarded g = {NULL, (data_pages + 2) * page, NULL};
    g.map = mmap(NULL, g.map_len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (g.map == MAP_FAILED) {
        perror("mmap");
        exit(2);
    }
    char *m = g.map;
    mprotect(m, page, PROT_NONE);
    mprotect(m + (data_pages + 1) * page, page, PROT_NONE);
    g.p = at_end ? (uint64_t *)(void *)(m + (data_pages + 1) * page - bytes)
                 : (uint64_t *)(void *)(m + page);
    return g;
}

static void guarded_free(guarded *g)
{
    munmap(g->map, g->map_len);
}

/* ---- inputs ---------------------------------------------------------- */

static const uint64_t TOP = 1ull << 63;

/* Keys that break careless code: the ends of the range, the sign boundary
 * an AVX2 compare must get right, and their neighbours. */
static const uint64_t special[] = {0,       1,       2,   TOP - 2, TOP - 1, TOP, TOP + 1,
                                   TOP + 2, UINT64_MAX - 1, UINT64_MAX};
enum { NSPECIAL = sizeof special / sizeof special[0] };

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return (x > y) - (x < y);
}

/* Sorted key sets of n keys, by kind. */
static void make_keys(uint64_t *k, size_t n, int kind, omen_rng *r)
{
    for (size_t i = 0; i < n; i++) {
        uint64_t v;
        switch (kind) {
        case 0: /* full range: half the keys have the top bit set */
            v = omen_rng_next(r);
            break;
        case 1: /* few distinct values: long runs of duplicates */
            v = special[omen_rng_below(r, NSPECIAL)];
            break;
        case 2: /* straddling the sign boundary */
            v = TOP - 64 + omen_rng_below(r, 128);
            break;
        case 3: /* all equal */
            v = TOP + 5;
            break;
        case 4: /* specials mixed with random values */
            v = omen_rng_below(r, 4) ? omen_rng_next(r) : special[omen_rng_below(r, NSPECIAL)];
            break;
        default: /* small dense values with duplicates */
            v = omen_rng_below(r, n / 2 + 1);
            break;
        }
        k[i] = v;
    }
    qsort(k, n, sizeof *k, cmp_u64);
}
enum { NKINDS = 6 };

/* Probes for a window: each key, its neighbours, the specials, randoms. */
static size_t make_probes(const uint64_t *w, size_t len, uint64_t *out, omen_rng *r)
{
    size_t m = 0;
    for (size_t i = 0; i < len; i++) {
        out[m++] = w[i];
        out[m++] = w[i] - 1; /* wraps at 0: UINT64_MAX, also a fine probe */
        out[m++] = w[i] + 1;
    }
    for (size_t i = 0; i < NSPECIAL; i++)
        out[m++] = special[i];
    for (size_t i = 0; i < 4; i++)
        out[m++] = omen_rng_next(r);
    return m;
}

static size_t textbook_lower_bound(const uint64_t *k, size_t lo, size_t hi, uint64_t key)
{
    while (lo < hi && k[lo] < key)
        lo++;
    return lo;
}

/* ---- last-mile search ------------------------------------------------ */

static void check_window(const uint64_t *keys, size_t lo, size_t hi, const uint64_t *probes,
                         size_t np, const char *what)
{
    for (size_t p = 0; p < np; p++) {
        size_t want = textbook_lower_bound(keys, lo, hi, probes[p]);
        size_t got = ref->lower_bound(keys, lo, hi, probes[p]);
        CHECK(got == want, "scalar lower_bound %s [%zu,%zu) probe %llu: %zu, textbook %zu", what,
              lo, hi, (unsigned long long)probes[p], got, want);
        for (size_t t = 1; t < nisas; t++) {
            size_t g = isas[t]->lower_bound(keys, lo, hi, probes[p]);
            CHECK(g == want, "%s lower_bound %s [%zu,%zu) probe %llu: %zu, scalar %zu",
                  isas[t]->isa, what, lo, hi, (unsigned long long)probes[p], g, want);
        }
    }
}

static void test_lower_bound(omen_rng *r)
{
    enum { N = 4096 };
    uint64_t *keys = malloc(N * sizeof *keys);
    uint64_t *probes = malloc((3 * N + 64) * sizeof *probes);
    for (int kind = 0; kind < NKINDS; kind++) {
        make_keys(keys, N, kind, r);
        /* Every short length at unaligned starts, in place... */
        for (size_t len = 0; len <= 70; len++)
            for (size_t lo = 0; lo < 9; lo++) {
                size_t start = lo + (size_t)omen_rng_below(r, N - 80);
                size_t np = make_probes(keys + start, len, probes, r);
                check_window(keys, start, start + len, probes, np, "in place");
            }
        /* ...and each against a guard page on either side, so reading one
         * key before lo or at hi faults. */
        for (size_t len = 0; len <= 70; len++)
            for (int at_end = 0; at_end < 2; at_end++) {
                size_t pre = (size_t)omen_rng_below(r, 5);
                guarded g = guarded_alloc(pre + len, at_end);
                size_t src = (size_t)omen_rng_below(r, N - 80);
                memcpy(g.p, keys + src, (pre + len) * sizeof *keys);
                uint64_t *w = g.p;
                size_t lo = at_end ? pre : 0;
                size_t np = make_probes(w + lo, len, probes, r);
                check_window(w, lo, lo + len, probes, np, at_end ? "guard after" : "guard before");
                guarded_free(&g);
            }
        /* Every length past the short ones up to 300, and lengths around
         * the powers of two up to 4096 (where the SIMD code's narrowing
         * steps and its final block change shape), at unaligned starts and
         * flush against a guard page on either side. */
        for (size_t len = 71; len <= 4097; len = len < 300 ? len + 1 : len + 1 + len / 64) {
            size_t lens[3] = {len, 0, 0};
            if (len >= 300)
                for (size_t pw = 512; pw <= 4096; pw *= 2)
                    if (len <= pw && pw < len + 1 + len / 64)
                        lens[1] = pw - 1, lens[2] = pw;
            for (int li = 0; li < 3; li++) {
                size_t l = lens[li];
                if (l == 0 || l > N - 9)
                    continue;
                size_t start = (size_t)omen_rng_below(r, N - l - 8) + (size_t)omen_rng_below(r, 8);
                size_t np = make_probes(keys + start, l < 64 ? l : 64, probes, r);
                /* probes from the whole window too: its last keys and middle */
                probes[np++] = keys[start + l - 1];
                probes[np++] = keys[start + l - 1] + 1;
                probes[np++] = keys[start + l / 2];
                probes[np++] = keys[start + (size_t)omen_rng_below(r, l)];
                check_window(keys, start, start + l, probes, np, "in place, long");
                int at_end = (int)(l & 1);
                guarded g = guarded_alloc(l, at_end);
                memcpy(g.p, keys + start, l * sizeof *keys);
                for (size_t p = 0; p < 4; p++)
                    probes[p] = g.p[(size_t)omen_rng_below(r, l)] + (uint64_t)p % 3 - 1;
                probes[4] = g.p[l - 1];
                probes[5] = g.p[0];
                check_window(g.p, 0, l, probes, 6, at_end ? "guard after, long" : "guard before, long");
                guarded_free(&g);
            }
        }
        /* Long windows, where the SIMD code narrows before it counts. */
        for (int t = 0; t < 300; t++) {
            size_t a = (size_t)omen_rng_below(r, N), b = (size_t)omen_rng_below(r, N + 1);
            size_t lo = a < b ? a : b, hi = a < b ? b : a;
            uint64_t pr[8];
            pr[0] = keys[lo];
            pr[1] = hi > lo ? keys[hi - 1] : 0;
            pr[2] = keys[lo + (hi - lo) / 2];
            pr[3] = pr[2] + 1;
            pr[4] = pr[2] - 1;
            pr[5] = omen_rng_next(r);
            pr[6] = keys[(size_t)omen_rng_below(r, N)];
            pr[7] = special[omen_rng_below(r, NSPECIAL)];
            check_window(keys, lo, hi, pr, 8, "long");
        }
        /* The whole array against guard pages. */
        for (int at_end = 0; at_end < 2; at_end++) {
            guarded g = guarded_alloc(N, at_end);
            memcpy(g.p, keys, N * sizeof *keys);
            for (int t = 0; t < 200; t++) {
                uint64_t pr[3] = {keys[(size_t)omen_rng_below(r, N)], omen_rng_next(r),
                                  special[omen_rng_below(r, NSPECIAL)]};
                pr[0] += (uint64_t)t % 3 - 1;
                check_window(g.p, 0, N, pr, 3, "whole");
            }
            guarded_free(&g);
        }
    }
    /* An empty window may come with no array at all. */
    for (size_t t = 0; t < nisas; t++)
        CHECK(isas[t]->lower_bound(NULL, 0, 0, 7) == 0, "%s: empty window of NULL",
              isas[t]->isa);
    free(keys);
    free(probes);
}

/* Windows longer than test_lower_bound's 4096 keys: the SIMD searches
 * prefetch on every other narrowing step, so both an odd and an even number
 * of steps (and a window's last step being either kind) must be covered;
 * lengths around every power of two up to 2^17 do that. Each window is also
 * laid flush against a guard page, on either side in turn. */
static void test_lower_bound_long(omen_rng *r)
{
    enum { N = 1 << 17 };
    uint64_t *keys = malloc(N * sizeof *keys);
    for (int kind = 0; kind < NKINDS; kind++) {
        make_keys(keys, N, kind, r);
        for (size_t pw = 4096; pw <= N; pw *= 2) {
            size_t lens[4] = {pw - 1, pw, pw + 1, pw + (size_t)omen_rng_below(r, pw)};
            for (int li = 0; li < 4; li++) {
                size_t l = lens[li] <= N ? lens[li] : N;
                size_t start = (size_t)omen_rng_below(r, N - l + 1);
                uint64_t pr[12];
                size_t np = 0;
                pr[np++] = keys[start];
                pr[np++] = keys[start + l - 1];
                pr[np++] = keys[start + l - 1] + 1;
                pr[np++] = keys[start] - 1;
                for (int t = 0; t < 4; t++)
                    pr[np++] = keys[start + (size_t)omen_rng_below(r, l)] + (uint64_t)t % 3 - 1;
                pr[np++] = omen_rng_next(r);
                pr[np++] = special[omen_rng_below(r, NSPECIAL)];
                check_window(keys, start, start + l, pr, np, "in place, very long");
                int at_end = li & 1;
                guarded g = guarded_alloc(l, at_end);
                memcpy(g.p, keys + start, l * sizeof *keys);
                check_window(g.p, 0, l, pr, np, at_end ? "guard after, very long"
                                                       : "guard before, very long");
                guarded_free(&g);
            }
        }
    }
    free(keys);
}

/* ---- B-tree node search ---------------------------------------------- */

static void test_node_rank(omen_rng *r)
{
    uint64_t probes[3 * 64 + 64];
    for (size_t width = 0; width <= 64; width++)
        for (int kind = 0; kind < NKINDS; kind++)
            for (int at_end = 0; at_end < 2; at_end++) {
                guarded g = guarded_alloc(width, at_end);
                make_keys(g.p, width, kind, r);
                /* B-tree leaves are often part full: pad with UINT64_MAX. */
                size_t fill = width ? (size_t)omen_rng_below(r, width + 1) : 0;
                if (kind == 4)
                    for (size_t i = fill; i < width; i++)
                        g.p[i] = UINT64_MAX;
                size_t np = make_probes(g.p, width, probes, r);
                for (size_t p = 0; p < np; p++) {
                    size_t want = textbook_lower_bound(g.p, 0, width, probes[p]);
                    size_t got = ref->node_rank(g.p, width, probes[p]);
                    CHECK(got == want, "scalar node_rank width %zu probe %llu: %zu, textbook %zu",
                          width, (unsigned long long)probes[p], got, want);
                    for (size_t t = 1; t < nisas; t++) {
                        size_t v = isas[t]->node_rank(g.p, width, probes[p]);
                        CHECK(v == want, "%s node_rank width %zu probe %llu: %zu, scalar %zu",
                              isas[t]->isa, width, (unsigned long long)probes[p], v, want);
                    }
                }
                guarded_free(&g);
            }
}

/* ---- model evaluation ------------------------------------------------ */

static double rand_double(omen_rng *r)
{
    static const double odd[] = {0.0, -0.0, 1.0, -1.0, 0.5, 1.0 / 3, 1e-9, 1e9, 1e300, -1e300,
                                 5e-324, 0x1p-12, 0x1p-13, 0x1p52, -0x1p53, 4503599627370495.5,
                                 INFINITY, -INFINITY, NAN};
    enum { NODD = sizeof odd / sizeof odd[0] };
    uint64_t c = omen_rng_below(r, 4);
    if (c == 0)
        return odd[omen_rng_below(r, NODD)];
    /* Magnitudes from 2^-40 to 2^40, either sign, full mantissa. */
    double m = (double)(omen_rng_next(r) >> 11) * 0x1p-53;
    double v = ldexp(m, (int)omen_rng_below(r, 81) - 40);
    return c == 1 ? -v : v;
}

static size_t rand_n(omen_rng *r)
{
    static const size_t ns[] = {0, 1, 2, 3, 7, 1000, 1u << 20, (size_t)1 << 40,
                                (size_t)1 << 52};
    return ns[omen_rng_below(r, sizeof ns / sizeof ns[0])];
}

/* Keys near `base` and around the points where uint64 -> double rounds:
 * with slope 2^-12 a key a little under or over a multiple of 2^12 lands on
 * either side of an integer position only if the conversion rounds right,
 * and odd multiples of 2^9 between 2^62 and 2^63 are exact ties. */
static uint64_t rand_key(omen_rng *r, uint64_t base)
{
    switch (omen_rng_below(r, 6)) {
    case 0:
        return omen_rng_next(r);
    case 1:
        return base + omen_rng_below(r, 1u << 20) - (1u << 10);
    case 2:
        return special[omen_rng_below(r, NSPECIAL)];
    case 3: {
        uint64_t m = omen_rng_next(r) & ~0xFFFull;
        return m + omen_rng_below(r, 2048) - 1024;
    }
    case 4:
        return (1ull << 62) + ((omen_rng_next(r) >> 2) & ~0x3FFull) + 0x200; /* tie */
    default:
        return ((omen_rng_next(r) | TOP) & ~0x7FFull) | 0x400; /* tie above 2^63 */
    }
}

static void rand_line(omen_rng *r, omen_line *m, size_t n)
{
    switch (omen_rng_below(r, 4)) {
    case 0: /* positions that span [0, n) for keys near the base */
        m->slope = (double)n / 0x1p20 * (0.5 + (double)omen_rng_below(r, 1000) / 1000);
        m->intercept = (double)omen_rng_below(r, 64) - 32 + 0.25;
        break;
    case 1: /* exact powers of two: the rounding probes above */
        m->slope = omen_rng_below(r, 2) ? 0x1p-12 : 0x1p-13;
        m->intercept = 0;
        break;
    default:
        m->slope = rand_double(r);
        m->intercept = rand_double(r);
        break;
    }
}

static void test_predict(omen_rng *r)
{
    enum { MAXC = 80 };
    uint64_t keys[MAXC + 8];
    size_t want[MAXC + 8], got[MAXC + 8];
    /* The definition, spot-checked by hand. */
    omen_line one = {1.0, 0.0};
    CHECK(omen_line_pos(one, 5, omen_pos_max(10)) == 5, "identity");
    CHECK(omen_line_pos(one, 50, omen_pos_max(10)) == 9, "clamp high");
    CHECK(omen_line_pos((omen_line){1.0, -7.5}, 5, omen_pos_max(10)) == 0, "clamp low");
    CHECK(omen_line_pos((omen_line){NAN, 0}, 5, omen_pos_max(10)) == 0, "NaN");
    CHECK(omen_line_pos((omen_line){0.5, 0.75}, 5, omen_pos_max(10)) == 3, "truncation");
    CHECK(omen_line_pos(one, 5, omen_pos_max(0)) == 0, "n = 0");
    CHECK(omen_line_pos((omen_line){0x1p-12, 0}, (1ull << 62) + 0xFFF, 0x1p52) ==
              (1ull << 50) + 1,
          "2^62 + 4095 rounds up to 2^62 + 4096");
    CHECK(omen_line_pos((omen_line){0x1p-12, 0}, (1ull << 62) + 0xE00, 0x1p52) ==
              (1ull << 50) + 1,
          "a tie rounds to even (up here)");
    CHECK(omen_line_pos((omen_line){0x1p-12, 0}, TOP + 0xFFF, 0x1p52) == (1ull << 51) + 1,
          "2^63 + 4095 rounds up to 2^63 + 4096");

    for (int t = 0; t < 20000; t++) {
        size_t n = rand_n(r);
        omen_line m;
        rand_line(r, &m, n);
        uint64_t base = omen_rng_below(r, 3) ? omen_rng_next(r) : special[omen_rng_below(r, NSPECIAL)];
        if (m.slope == 0x1p-12 || m.slope == 0x1p-13)
            base = 0, n = (size_t)1 << 52;
        size_t count = t < 2000 ? (size_t)t % (MAXC + 1) : (size_t)omen_rng_below(r, MAXC + 1);
        size_t off = (size_t)omen_rng_below(r, 8); /* unaligned key and output arrays */
        for (size_t i = 0; i < count; i++)
            keys[off + i] = rand_key(r, base);
        for (size_t i = 0; i < count; i++)
            want[i] = omen_line_pos(m, keys[off + i] - base, omen_pos_max(n));
        for (size_t s = 0; s < nisas; s++) {
            for (size_t i = 0; i < MAXC + 8; i++)
                got[i] = 0xBAD;
            isas[s]->predict(&m, base, n, keys + off, count, got + off);
            for (size_t i = 0; i < count; i++)
                CHECK(got[off + i] == want[i],
                      "%s predict slope %a intercept %a base %llu n %zu key %llu: %zu, "
                      "reference %zu",
                      isas[s]->isa, m.slope, m.intercept, (unsigned long long)base, n,
                      (unsigned long long)keys[off + i], got[off + i], want[i]);
            CHECK(got[off + count] == 0xBAD && (off == 0 || got[off - 1] == 0xBAD),
                  "%s predict wrote outside pos[0..%zu)", isas[s]->isa, count);
        }
    }
}

static void test_predict_rmi(omen_rng *r)
{
    enum { MAXC = 80, MAXL = 1000 };
    uint64_t keys[MAXC + 8];
    size_t wleaf[MAXC], wpos[MAXC], leaf[MAXC + 8], pos[MAXC + 8];
    omen_line *leaves = malloc(MAXL * sizeof *leaves);
    for (int t = 0; t < 8000; t++) {
        static const size_t nls[] = {1, 2, 3, 17, MAXL};
        omen_rmi_model m;
        m.nleaves = nls[omen_rng_below(r, 5)];
        m.n = rand_n(r);
        m.base = omen_rng_below(r, 3) ? omen_rng_next(r) : special[omen_rng_below(r, NSPECIAL)];
        rand_line(r, &m.root, m.nleaves);
        for (size_t l = 0; l < m.nleaves; l++)
            rand_line(r, &leaves[l], m.n);
        m.leaves = leaves;
        size_t count = t < 1000 ? (size_t)t % (MAXC + 1) : (size_t)omen_rng_below(r, MAXC + 1);
        size_t off = (size_t)omen_rng_below(r, 8);
        for (size_t i = 0; i < count; i++)
            keys[off + i] = rand_key(r, m.base);
        for (size_t i = 0; i < count; i++) {
            uint64_t dx = keys[off + i] - m.base;
            wleaf[i] = omen_line_pos(m.root, dx, omen_pos_max(m.nleaves));
            wpos[i] = omen_line_pos(leaves[wleaf[i]], dx, omen_pos_max(m.n));
        }
        for (size_t s = 0; s < nisas; s++) {
            for (size_t i = 0; i < MAXC + 8; i++)
                leaf[i] = pos[i] = 0xBAD;
            int with_leaf = t % 3 != 0;
            isas[s]->predict_rmi(&m, keys + off, count, with_leaf ? leaf + off : NULL, pos + off);
            for (size_t i = 0; i < count; i++) {
                CHECK(!with_leaf || leaf[off + i] == wleaf[i],
                      "%s predict_rmi leaf of key %llu: %zu, reference %zu", isas[s]->isa,
                      (unsigned long long)keys[off + i], leaf[off + i], wleaf[i]);
                CHECK(pos[off + i] == wpos[i],
                      "%s predict_rmi pos of key %llu (leaf %zu of %zu, n %zu): %zu, "
                      "reference %zu",
                      isas[s]->isa, (unsigned long long)keys[off + i], wleaf[i], m.nleaves, m.n,
                      pos[off + i], wpos[i]);
            }
            CHECK(pos[off + count] == 0xBAD && (with_leaf ? leaf[off + count] == 0xBAD
                                                          : leaf[off] == 0xBAD),
                  "%s predict_rmi wrote outside its outputs", isas[s]->isa);
        }
    }
    free(leaves);
}

static void test_predict_segments(omen_rng *r)
{
    enum { MAXC = 80, NSEG = 300 };
    static const size_t strides[] = {sizeof(omen_segment), 32, 48, 64};
    uint64_t keys[MAXC + 8];
    size_t which[MAXC + 8], want[MAXC], got[MAXC + 8];
    for (size_t si = 0; si < sizeof strides / sizeof strides[0]; si++) {
        size_t stride = strides[si];
        /* The records end against a guard page: a gather reading past the
         * last record's segment would fault. */
        guarded g = guarded_alloc(NSEG * stride / 8, 1);
        char *rec = (char *)g.p;
        for (int t = 0; t < 3000; t++) {
            size_t n = rand_n(r);
            for (size_t s = 0; s < NSEG; s++) {
                omen_segment *sg = (omen_segment *)(void *)(rec + s * stride);
                sg->base = omen_rng_below(r, 3) ? omen_rng_next(r)
                                                : special[omen_rng_below(r, NSPECIAL)];
                rand_line(r, &sg->line, n);
                for (size_t f = sizeof *sg; f < stride; f += 8)
                    *(uint64_t *)(void *)(rec + s * stride + f) = omen_rng_next(r);
            }
            size_t count = t < 1000 ? (size_t)t % (MAXC + 1) : (size_t)omen_rng_below(r, MAXC + 1);
            size_t off = (size_t)omen_rng_below(r, 8);
            for (size_t i = 0; i < count; i++) {
                /* The last segment often, to exercise the end of the records. */
                which[off + i] = omen_rng_below(r, 4) ? omen_rng_below(r, NSEG) : NSEG - 1;
                const omen_segment *sg =
                    (const omen_segment *)(const void *)(rec + which[off + i] * stride);
                keys[off + i] = rand_key(r, sg->base);
                want[i] = omen_line_pos(sg->line, keys[off + i] - sg->base, omen_pos_max(n));
            }
            for (size_t s = 0; s < nisas; s++) {
                for (size_t i = 0; i < MAXC + 8; i++)
                    got[i] = 0xBAD;
                isas[s]->predict_segments((const omen_segment *)(const void *)rec, stride,
                                          which + off, n, keys + off, count, got + off);
                for (size_t i = 0; i < count; i++)
                    CHECK(got[off + i] == want[i],
                          "%s predict_segments stride %zu segment %zu key %llu: %zu, "
                          "reference %zu",
                          isas[s]->isa, stride, which[off + i],
                          (unsigned long long)keys[off + i], got[off + i], want[i]);
                CHECK(got[off + count] == 0xBAD, "%s predict_segments wrote past pos[%zu]",
                      isas[s]->isa, count);
            }
        }
        guarded_free(&g);
    }
}

/* ---- range aggregation ----------------------------------------------- */

static void test_sum(omen_rng *r)
{
    enum { N = 3000 };
    guarded g[2] = {guarded_alloc(N, 0), guarded_alloc(N, 1)};
    for (int gi = 0; gi < 2; gi++) {
        uint64_t *v = g[gi].p;
        for (size_t i = 0; i < N; i++)
            v[i] = omen_rng_below(r, 3) ? omen_rng_next(r) : special[omen_rng_below(r, NSPECIAL)];
        for (int t = 0; t < 20000; t++) {
            size_t i, j;
            if (t < 71 * 20) { /* every short length, flush with either guard */
                size_t len = (size_t)t / 20;
                i = gi ? N - len : (size_t)omen_rng_below(r, 2) ? 0 : (size_t)omen_rng_below(r, N - len);
                j = i + len;
            } else {
                i = (size_t)omen_rng_below(r, N + 1);
                j = (size_t)omen_rng_below(r, N + 1);
            }
            uint64_t want = 0;
            for (size_t k = i; k < j; k++)
                want += v[k];
            for (size_t s = 0; s < nisas; s++) {
                uint64_t got = isas[s]->sum(v, i, j);
                CHECK(got == want, "%s sum [%zu,%zu): %llu, textbook %llu", isas[s]->isa, i, j,
                      (unsigned long long)got, (unsigned long long)want);
            }
        }
    }
    guarded_free(&g[0]);
    guarded_free(&g[1]);
}

/* ---- dispatch -------------------------------------------------------- */

static void test_dispatch(void)
{
    omen_error err;
    const char *avail = omen_kernels_available();
    CHECK(strncmp(avail, "scalar", 6) == 0, "available list '%s' should start with scalar", avail);

    omen_error_clear(&err);
    CHECK(omen_kernels_init("bogus", &err) == OMEN_EINVAL, "init(bogus) should fail");
    CHECK(strstr(err.msg, "unknown ISA 'bogus'") && strstr(err.msg, avail),
          "init(bogus) message: %s", err.msg);

    CHECK(omen_kernels_init("scalar", &err) == OMEN_OK && omen_kernels == &omen_kernels_scalar,
          "init(scalar)");
    for (size_t k = 0; k < sizeof isa_names / sizeof isa_names[0]; k++) {
        omen_error_clear(&err);
        int rc = omen_kernels_check(isa_names[k], &err);
        const omen_kernel_table *t = omen_kernels_lookup(isa_names[k]);
        CHECK((rc == OMEN_OK) == (t != NULL), "check and lookup disagree on %s", isa_names[k]);
        if (t) {
            CHECK(strcmp(t->isa, isa_names[k]) == 0, "lookup(%s) gave %s", isa_names[k], t->isa);
            CHECK(omen_kernels_init(isa_names[k], &err) == OMEN_OK && omen_kernels == t,
                  "init(%s)", isa_names[k]);
        } else {
            CHECK(rc == OMEN_ENOTSUP && strstr(err.msg, "not available"),
                  "unavailable %s: code %d, message: %s", isa_names[k], rc, err.msg);
            CHECK(omen_kernels_init(isa_names[k], &err) == OMEN_ENOTSUP,
                  "init(%s) should fail here", isa_names[k]);
        }
    }

    /* OMEN_ISA is read when no name is given; a bad one says where it came from. */
    setenv("OMEN_ISA", "scalar", 1);
    CHECK(omen_kernels_init(NULL, &err) == OMEN_OK && omen_kernels == &omen_kernels_scalar,
          "OMEN_ISA=scalar");
    setenv("OMEN_ISA", "bogus", 1);
    omen_error_clear(&err);
    CHECK(omen_kernels_init(NULL, &err) == OMEN_EINVAL && strstr(err.msg, "OMEN_ISA") &&
              strstr(err.msg, "bogus"),
          "OMEN_ISA=bogus: %s", err.msg);
    unsetenv("OMEN_ISA");
    CHECK(omen_kernels_init(NULL, &err) == OMEN_OK, "default init");
    const char *best = strrchr(avail, ',');
    best = best ? best + 1 : avail;
    CHECK(strcmp(omen_kernels->isa, best) == 0, "default is %s, best available is %s",
          omen_kernels->isa, best);

#if defined(__x86_64__) && defined(__GNUC__)
    /* Our cpuid/xgetbv reading must agree with the compiler's own. */
    __builtin_cpu_init();
    int avx2 = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("popcnt");
    int avx512 = avx2 && __builtin_cpu_supports("avx512f") &&
                 __builtin_cpu_supports("avx512dq") && __builtin_cpu_supports("avx512bw") &&
                 __builtin_cpu_supports("avx512vl");
    CHECK(avx2 == (omen_kernels_lookup("avx2") != NULL), "avx2: compiler says %d", avx2);
    CHECK(avx512 == (omen_kernels_lookup("avx512") != NULL), "avx512: compiler says %d",
          avx512);
#endif
}

int main(int argc, char **argv)
{
    for (size_t k = 0; k < sizeof isa_names / sizeof isa_names[0]; k++) {
        const omen_kernel_table *t = omen_kernels_lookup(isa_names[k]);
        if (t)
            isas[nisas++] = t;
    }
    CHECK(nisas >= 1 && isas[0] == ref, "scalar must always be available");
    for (int a = 1; a < argc; a++) {
        if (strcmp(argv[a], "--require") == 0 && a + 1 < argc) {
            omen_error err;
            omen_error_clear(&err);
            CHECK(omen_kernels_check(argv[a + 1], &err) == OMEN_OK,
                  "required ISA %s is not tested: %s", argv[a + 1], err.msg);
            a++;
        } else {
            fprintf(stderr, "usage: %s [--require ISA]...\n", argv[0]);
            return 2;
        }
    }
    printf("test_kernels: checking");
    for (size_t t = 0; t < nisas; t++)
        printf(" %s", isas[t]->isa);
    printf(" against the scalar reference\n");
    for (size_t k = 0; k < sizeof isa_names / sizeof isa_names[0]; k++) {
        omen_error err;
        omen_error_clear(&err);
        if (omen_kernels_check(isa_names[k], &err) != OMEN_OK)
            printf("  not tested here: %s\n", err.msg);
    }

    omen_rng r;
    omen_rng_seed(&r, 20240605);
    test_dispatch();
    test_lower_bound(&r);
    test_lower_bound_long(&r);
    test_node_rank(&r);
    test_predict(&r);
    test_predict_rmi(&r);
    test_predict_segments(&r);
    test_sum(&r);
    return check_report("test_kernels");
}
