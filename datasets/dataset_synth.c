/* Synthetic datasets DIST:N[:seed]. Integer-only generation (no libm, no
 * floating point), so the same name gives the same bits everywhere. */
#include <stdio.h>
#include <string.h>

#include "common/alloc.h"
#include "common/rng.h"
#include "datasets/dataset_internal.h"
#include "common/parse.h"

enum {
    D_UNIFORM_DENSE,
    D_UNIFORM_SPARSE,
    D_NORMAL,
    D_LOGNORMAL,
    D_ZIPF_GAPS,
    D_CLUSTERED,
    D_SEQUENTIAL,
    D_OUTLIERS,
    D_DUPS,
    D_STEPS,
};

static const char *const names[] = {
    "uniform_dense", "uniform_sparse", "normal", "lognormal", "zipf_gaps",
    "clustered",     "sequential",     "outliers",       "dups",
    "steps",         NULL,
};

#define DEFAULT_SEED 42
#define DEFAULT_DUP_SHARE 80 /* dups: percent of keys equal to the key before */
#define MAX_KEYS 4000000000ull /* below OMEN_MAX_KEYS, and 32 GB of keys */

const char *const *omen_synth_names(void)
{
    return names;
}

/* A plain decimal integer: no K/M/G suffix (those are for key counts). */
static int digits_only(const char *s)
{
    if (!*s)
        return 0;
    for (; *s; s++)
        if (*s < '0' || *s > '9')
            return 0;
    return 1;
}

static int dist_of(const char *spec, size_t len)
{
    for (int d = 0; names[d]; d++)
        if (strlen(names[d]) == len && strncmp(names[d], spec, len) == 0)
            return d;
    return -1;
}

int omen_synth_is_name(const char *spec)
{
    const char *colon = strchr(spec, ':');
    return colon && dist_of(spec, (size_t)(colon - spec)) >= 0;
}

int omen_synth_parse(const char *spec, omen_synth_spec *out, omen_error *err)
{
    const char *colon = strchr(spec, ':');
    int d = colon ? dist_of(spec, (size_t)(colon - spec)) : -1;
    if (d < 0) {
        char list[256] = "";
        for (int k = 0; names[k]; k++)
            snprintf(list + strlen(list), sizeof list - strlen(list), "%s%s",
                     k ? ", " : "", names[k]);
        return omen_errorf(err, OMEN_EINVAL,
                           "dataset %s: not a synthetic name DIST:N[:seed]; DIST is one of %s",
                           spec, list);
    }
    char buf[64];
    const char *rest = colon + 1;
    const char *colon2 = strchr(rest, ':');
    size_t nlen = colon2 ? (size_t)(colon2 - rest) : strlen(rest);
    unsigned long long n = 0, seed = DEFAULT_SEED;
    if (nlen == 0 || nlen >= sizeof buf)
        return omen_errorf(err, OMEN_EINVAL,
                           "dataset %s: N is missing or too long; write e.g. %s:10M", spec,
                           names[d]);
    memcpy(buf, rest, nlen);
    buf[nlen] = '\0';
    if (omen_parse_count(buf, &n) != 0 || n == 0 || n > MAX_KEYS)
        return omen_errorf(err, OMEN_EINVAL,
                           "dataset %s: N='%s' is not a key count in [1, 4G]; write e.g. "
                           "%s:10M (K, M, G are powers of 1000)",
                           spec, buf, names[d]);
    unsigned long long share = DEFAULT_DUP_SHARE;
    if (colon2 && d == D_DUPS) { /* dups:N[:share[:seed]] */
        const char *sh = colon2 + 1, *colon3 = strchr(sh, ':');
        size_t slen = colon3 ? (size_t)(colon3 - sh) : strlen(sh);
        if (slen == 0 || slen >= sizeof buf)
            return omen_errorf(err, OMEN_EINVAL,
                               "dataset %s: the share of duplicates is missing; write e.g. "
                               "dups:10M:84 (percent, 0..99)", spec);
        memcpy(buf, sh, slen);
        buf[slen] = '\0';
        if (!digits_only(buf) || omen_parse_count(buf, &share) != 0 || share > 99)
            return omen_errorf(err, OMEN_EINVAL,
                               "dataset %s: share '%s' is not a percentage in 0..99; write "
                               "e.g. dups:10M:84",
                               spec, buf);
        colon2 = colon3;
    }
    if (colon2 && (!digits_only(colon2 + 1) || omen_parse_count(colon2 + 1, &seed) != 0))
        return omen_errorf(err, OMEN_EINVAL,
                           "dataset %s: seed '%s' is not a non-negative integer", spec,
                           colon2 + 1);
    out->dist = d;
    out->n = n;
    out->seed = seed;
    out->share = (unsigned)share;
    return OMEN_OK;
}

/* Standard normal approximated by the Irwin-Hall sum of 12 uniforms, in
 * fixed point with `bits` fractional bits: mean 0, variance 1, tails cut at
 * +-6. */
static int64_t normal_fixed(omen_rng *r, int bits)
{
    int64_t sum = 0;
    for (int k = 0; k < 12; k++)
        sum += (int64_t)(omen_rng_next(r) >> (64 - bits));
    return sum - ((int64_t)6 << bits);
}

/* e^t for t in [0, ln 2], t and the result in Q62 fixed point, by its
 * Taylor series in integer arithmetic. */
static uint64_t exp_q62(uint64_t t)
{
    unsigned __int128 sum = (unsigned __int128)1 << 62, term = sum;
    for (unsigned k = 1; k < 30 && term; k++) {
        term = ((term * t) >> 62) / k;
        sum += term;
    }
    return (uint64_t)sum;
}

/* floor(e^x * 2^40) for x in Q32 fixed point, |x| < 20. */
static uint64_t exp_scaled(int64_t x)
{
    /* e^x = 2^k * e^t with k = floor(x / ln 2) and t = x - k ln 2 in [0, ln 2). */
    const int64_t ln2_q32 = 2977044472ll;                 /* round(ln 2 * 2^32) */
    const uint64_t ln2_q62 = 3196577161300663915ull;      /* round(ln 2 * 2^62) */
    int64_t k = x >= 0 ? x / ln2_q32 : -((-x + ln2_q32 - 1) / ln2_q32);
    int64_t rem = x - k * ln2_q32; /* Q32, in [0, ln2_q32) */
    uint64_t t = (uint64_t)rem << 30;
    if (t > ln2_q62)
        t = ln2_q62;
    uint64_t e = exp_q62(t); /* Q62, in [1, 2] */
    int shift = 62 - 40 - (int)k;
    return shift >= 0 ? e >> shift : e << -shift;
}

static void synth_fill(const omen_synth_spec *spec, uint64_t *keys, uint64_t *tmp);

/* dups: n(1 - share) distinct uniform keys, and the other keys copies of
 * them chosen with a Zipf-like skew (rank z log-uniform, scattered over the
 * keys by a hash), so a few runs are very long, as in real data where most
 * keys repeat. tmp is n keys of scratch: sort space, then run lengths. */
static void fill_dups(omen_rng *r, const omen_synth_spec *spec, uint64_t *keys, uint64_t *tmp)
{
    size_t n = spec->n, d = n - n * spec->share / 100;
    d = d ? d : 1;
    for (size_t i = 0; i < d; i++)
        keys[i] = omen_rng_next(r);
    omen_radix_sort(keys, tmp, d);
    uint64_t *len = tmp;
    for (size_t j = 0; j < d; j++)
        len[j] = 1;
    unsigned bits = 64u - (unsigned)__builtin_clzll(d);
    for (size_t extra = n - d; extra; extra--) {
        uint64_t z = omen_rng_below(r, UINT64_C(1) << omen_rng_below(r, bits));
        len[omen_mix64(z ^ spec->seed) % d]++;
    }
    /* Expand in place from the end: the write position never passes the
     * distinct key it copies. */
    size_t at = n;
    for (size_t j = d; j-- > 0;)
        for (uint64_t c = len[j]; c; c--)
            keys[--at] = keys[j];
}

/* steps: dense runs of log-uniform length (1 to 2^20 keys), each with its own
 * gap size (1 to 2^16), separated by jumps of at least half the key space
 * over the number of runs: a staircase CDF. */
static void fill_steps(omen_rng *r, const omen_synth_spec *spec, uint64_t *keys)
{
    size_t n = spec->n, runs = 0;
    uint64_t sizes_seed = omen_rng_next(r);
    omen_rng sizes;
    omen_rng_seed(&sizes, sizes_seed);
    for (size_t i = 0; i < n; runs++)
        i += 1 + (size_t)omen_rng_below(&sizes, UINT64_C(1) << omen_rng_below(&sizes, 21));
    /* Gaps inside runs add at most 2^16 n < 2^48: no overflow. */
    uint64_t jump = (UINT64_C(1) << 63) / (runs + 1), k = omen_rng_below(r, jump);
    omen_rng_seed(&sizes, sizes_seed); /* the same runs again */
    for (size_t i = 0; i < n;) {
        size_t run = 1 + (size_t)omen_rng_below(&sizes, UINT64_C(1) << omen_rng_below(&sizes, 21));
        uint64_t gap = UINT64_C(1) << omen_rng_below(r, 17);
        for (; run && i < n; run--, i++) {
            keys[i] = k;
            k += 1 + omen_rng_below(r, gap);
        }
        k += jump / 2 + omen_rng_below(r, jump / 2);
    }
}

/* Distributions drawn out of order and sorted afterwards. */
static int needs_sort_of(int dist)
{
    return dist == D_UNIFORM_SPARSE || dist == D_NORMAL || dist == D_LOGNORMAL ||
           dist == D_OUTLIERS || dist == D_DUPS;
}

int omen_synth_fill(const omen_synth_spec *spec, uint64_t *keys, omen_error *err)
{
    uint64_t *tmp = NULL;
    if (needs_sort_of(spec->dist)) {
        tmp = omen_alloc(spec->n * sizeof *tmp);
        if (!tmp)
            return omen_errorf(err, OMEN_ENOMEM,
                               "not enough memory to sort %llu generated keys (needs ~%.1f GiB)",
                               (unsigned long long)spec->n, (double)spec->n * 8 / (1u << 30));
    }
    synth_fill(spec, keys, tmp);
    omen_free(tmp);
    return OMEN_OK;
}

/* Fills keys; tmp is n keys of sort scratch where the distribution needs it. */
static void synth_fill(const omen_synth_spec *spec, uint64_t *keys, uint64_t *tmp)
{
    omen_rng r;
    omen_rng_seed(&r, spec->seed * 0x100000001B3ull + (uint64_t)spec->dist);
    size_t n = spec->n;
    uint64_t k = 0;
    switch (spec->dist) {
    case D_UNIFORM_DENSE: /* a uniform random 2/3 of the integers from 0 */
        for (size_t i = 0; i < n; i++, k += 1 + (omen_rng_next(&r) >> 63))
            keys[i] = k;
        break;
    case D_UNIFORM_SPARSE: /* uniform over all 64-bit values */
        for (size_t i = 0; i < n; i++)
            keys[i] = omen_rng_next(&r);
        break;
    case D_NORMAL: /* centred at 2^63, sd 2^52 */
        for (size_t i = 0; i < n; i++)
            keys[i] = (1ull << 63) + (uint64_t)normal_fixed(&r, 52);
        break;
    case D_LOGNORMAL: /* e^N(0, 2) scaled by 2^40, as SOSD's lognormal */
        for (size_t i = 0; i < n; i++)
            keys[i] = exp_scaled(2 * normal_fixed(&r, 32));
        break;
    case D_ZIPF_GAPS: /* gaps uniform in [1, 2^j] with P(j) = 2^-(j+1): heavy tail */
        for (size_t i = 0; i < n; i++) {
            keys[i] = k;
            int j = __builtin_ctzll(omen_rng_next(&r) | (1ull << 40));
            k += 1 + (j ? omen_rng_next(&r) >> (64 - j) : 0);
        }
        break;
    case D_CLUSTERED: { /* dense clusters of ~64K keys scattered over 2^62 */
        size_t per = 65536;
        for (size_t i = 0; i < n; i++) {
            if (i % per == 0) {
                uint64_t jump = omen_rng_below(&r, (1ull << 62) / (n / per + 1));
                k += jump;
            }
            keys[i] = k;
            k += 1 + (omen_rng_next(&r) >> 60);
        }
        break;
    }
    case D_SEQUENTIAL: /* consecutive integers from a random start */
        k = omen_rng_next(&r) >> 32;
        for (size_t i = 0; i < n; i++)
            keys[i] = k + i;
        break;
    case D_OUTLIERS: { /* dense keys, then a handful within 2^20 of UINT64_MAX */
        size_t tail = n < 16 ? n / 2 : 8;
        for (size_t i = 0; i < n - tail; i++, k += 1 + (omen_rng_next(&r) >> 63))
            keys[i] = k;
        for (size_t i = n - tail; i < n; i++)
            keys[i] = UINT64_MAX - omen_rng_below(&r, 1u << 20);
        break;
    }
    case D_DUPS:
        fill_dups(&r, spec, keys, tmp);
        return; /* sorted already */
    case D_STEPS:
        fill_steps(&r, spec, keys);
        break;
    }
    if (tmp)
        omen_radix_sort(keys, tmp, n);
}

int omen_dataset_generate(const char *spec, omen_dataset *out, omen_error *err)
{
    memset(out, 0, sizeof *out);
    omen_synth_spec s;
    int rc = omen_synth_parse(spec, &s, err);
    if (rc)
        return rc;
    snprintf(out->name, sizeof out->name, "%s", spec);
    /* Everything the dataset needs is allocated before any key is drawn, so
     * a dataset too big for this machine fails at once, not minutes later. */
    size_t n = (size_t)s.n;
    int sorts = needs_sort_of(s.dist);
    out->owned_keys = omen_alloc(n * sizeof *out->owned_keys);
    out->payloads = out->owned_keys ? omen_alloc(n * sizeof *out->payloads) : NULL;
    uint64_t *tmp = out->payloads && sorts ? omen_alloc(n * sizeof *tmp) : NULL;
    if (!out->owned_keys || !out->payloads || (sorts && !tmp)) {
        omen_dataset_free(out);
        return omen_errorf(err, OMEN_ENOMEM,
                           "not enough memory for dataset %s (needs ~%.1f GiB)", spec,
                           (double)n * (sorts ? 24 : 16) / (1u << 30));
    }
    synth_fill(&s, out->owned_keys, tmp);
    omen_free(tmp);
    out->keys = out->owned_keys;
    out->n = n;
    return omen_dataset_finish(out, err);
}
