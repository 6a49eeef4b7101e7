#include "datasets/workload.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/alloc.h"
#include "common/rng.h"

static int parse_real(const char *s, double *out)
{
    char *end;
    errno = 0;
    double v = strtod(s, &end);
    if (errno || end == s || *end || !isfinite(v))
        return -1;
    *out = v;
    return 0;
}

int omen_workload_parse(const char *s, omen_workload_spec *out, omen_error *err)
{
    memset(out, 0, sizeof *out);
    if (strlen(s) >= sizeof out->name)
        return omen_errorf(err, OMEN_EINVAL, "workload '%s' is too long", s);
    snprintf(out->name, sizeof out->name, "%s", s);
    const char *arg = strchr(s, ':');
    size_t len = arg ? (size_t)(arg - s) : strlen(s);
    if (arg)
        arg++;
#define IS(w) (len == strlen(w) && strncmp(s, w, len) == 0)
    if (IS("point") && !arg) {
        out->kind = OMEN_WL_POINT;
    } else if (IS("absent") && !arg) {
        out->kind = OMEN_WL_ABSENT;
    } else if (IS("zipf") && arg) {
        out->kind = OMEN_WL_ZIPF;
        if (parse_real(arg, &out->param) || out->param <= 0 || out->param > 5)
            return omen_errorf(err, OMEN_EINVAL,
                               "workload %s: the Zipf skew must be a number in (0, 5], "
                               "e.g. zipf:0.99", s);
    } else if (IS("recent") && arg) {
        out->kind = OMEN_WL_RECENT;
        if (parse_real(arg, &out->param) || out->param <= 0 || out->param > 5)
            return omen_errorf(err, OMEN_EINVAL,
                               "workload %s: the Zipf skew must be a number in (0, 5], "
                               "e.g. recent:1.0", s);
    } else if (IS("range") && arg) {
        out->kind = OMEN_WL_RANGE;
        if (parse_real(arg, &out->param) || out->param < 1 || out->param > 1e9 ||
            out->param != floor(out->param))
            return omen_errorf(err, OMEN_EINVAL,
                               "workload %s: W (keys per range) must be an integer >= 1, "
                               "e.g. range:100", s);
    } else if (IS("mixed") && arg) {
        out->kind = OMEN_WL_MIXED;
        if (parse_real(arg, &out->param) || out->param < 0 || out->param > 100)
            return omen_errorf(err, OMEN_EINVAL,
                               "workload %s: R (percent inserts) must be in [0, 100], "
                               "e.g. mixed:10", s);
    } else {
        int rw = omen_workload_parse_rw(s, out, err);
        if (rw < 0)
            return err->code;
        if (rw == 0)
            return omen_errorf(err, OMEN_EINVAL,
                               "unknown workload '%s'; use point, absent, zipf:S, recent:S, "
                               "range:W, mixed:R, or the read-write load:F, rw:R, scan:W, "
                               "delete:D, shift[:R] (each but load with an optional @F, the "
                               "bulk-loaded fraction, default 0.5)", s);
    }
#undef IS
    return OMEN_OK;
}

/* A key not in the data: a random value between two neighbours that have a
 * gap, or past either end. Returns 0 if the data has no room at all. */
static int absent_key(const omen_dataset *d, omen_rng *r, uint64_t *out)
{
    for (int tries = 0; tries < 64; tries++) {
        /* The open gap below key i (i == n: above the last key). */
        size_t i = (size_t)omen_rng_below(r, d->n + 1);
        if (i > 0 && d->keys[i - 1] == UINT64_MAX)
            continue;
        uint64_t lo = i ? d->keys[i - 1] + 1 : 0;
        uint64_t hi = i < d->n ? d->keys[i] : UINT64_MAX; /* exclusive */
        if (hi > lo) {
            *out = lo + omen_rng_below(r, hi - lo);
            return 1;
        }
    }
    /* Data with few gaps (sequential keys): fall back to either end. */
    if (d->keys[0] > 0) {
        *out = omen_rng_below(r, d->keys[0]);
        return 1;
    }
    if (d->keys[d->n - 1] < UINT64_MAX) {
        uint64_t lo = d->keys[d->n - 1] + 1;
        *out = lo + omen_rng_below(r, UINT64_MAX - lo + 1);
        return 1;
    }
    return 0;
}

/* Zipf over ranks 1..n by rejection-inversion sampling (Hormann and
 * Derflinger), O(1) per draw; rank 1 is the most frequent, and ranks are
 * scattered over the data by a fixed permutation so hot keys are not all
 * adjacent. */
typedef struct zipf {
    double s, hxm, hx0mh0, q;
    double n;
} zipf;

static double zh(const zipf *z, double x)
{
    return z->s == 1.0 ? log(x) : (pow(x, 1.0 - z->s) - 1.0) / (1.0 - z->s);
}

static double zh_inv(const zipf *z, double x)
{
    return z->s == 1.0 ? exp(x) : pow(1.0 + x * (1.0 - z->s), 1.0 / (1.0 - z->s));
}

static void zipf_init(zipf *z, double s, double n)
{
    z->s = s;
    z->n = n;
    z->hxm = zh(z, n + 0.5);
    z->hx0mh0 = zh(z, 1.5) - 1.0;
    z->q = 2.0 - zh_inv(z, zh(z, 2.5) - pow(2.0, -s));
}

static uint64_t zipf_draw(const zipf *z, omen_rng *r)
{
    for (;;) {
        double u01 = (double)(omen_rng_next(r) >> 11) * 0x1.0p-53;
        double u = z->hxm + u01 * (z->hx0mh0 - z->hxm);
        double x = zh_inv(z, u);
        double k = floor(x + 0.5);
        if (k < 1)
            k = 1;
        if (k > z->n)
            k = z->n;
        if (k - x <= z->q || u >= zh(z, k + 0.5) - pow(k, -z->s))
            return (uint64_t)k;
    }
}

int omen_workload_make(const omen_workload_spec *spec, const omen_dataset *d, size_t count,
                       uint64_t seed, omen_workload *out, omen_error *err)
{
    if (omen_workload_is_rw(spec->kind))
        return omen_workload_make_rw(spec, d, count, seed, out, err);
    memset(out, 0, sizeof *out);
    out->spec = *spec;
    out->count = count;
    if (d->n == 0)
        return omen_errorf(err, OMEN_EINVAL, "dataset %s has no keys to look up", d->name);
    out->keys = omen_alloc((count ? count : 1) * sizeof *out->keys);
    if (spec->kind == OMEN_WL_RANGE)
        out->his = omen_alloc((count ? count : 1) * sizeof *out->his);
    if (spec->kind == OMEN_WL_MIXED)
        out->is_insert = omen_alloc(count ? count : 1);
    if (!out->keys || (spec->kind == OMEN_WL_RANGE && !out->his) ||
        (spec->kind == OMEN_WL_MIXED && !out->is_insert)) {
        omen_workload_free(out);
        return omen_errorf(err, OMEN_ENOMEM, "not enough memory for %zu lookups", count);
    }
    omen_rng r;
    omen_rng_seed(&r, seed ^ ((uint64_t)spec->kind << 56));
    zipf z = {0};
    if (spec->kind == OMEN_WL_ZIPF || spec->kind == OMEN_WL_RECENT)
        zipf_init(&z, spec->param, (double)d->n);
    size_t w = (size_t)spec->param;
    for (size_t i = 0; i < count; i++) {
        switch (spec->kind) {
        case OMEN_WL_POINT:
            out->keys[i] = d->keys[omen_rng_below(&r, d->n)];
            break;
        case OMEN_WL_ABSENT:
            if (!absent_key(d, &r, &out->keys[i])) {
                omen_workload_free(out);
                return omen_errorf(err, OMEN_EINVAL,
                                   "dataset %s leaves no room for absent keys", d->name);
            }
            break;
        case OMEN_WL_ZIPF: {
            /* Scatter ranks with a multiplicative permutation mod n. */
            uint64_t k = zipf_draw(&z, &r) - 1;
            out->keys[i] = d->keys[(size_t)(((unsigned __int128)k * 0x9E3779B97F4A7C15ull +
                                             seed) % d->n)];
            break;
        }
        case OMEN_WL_RECENT: /* rank 1 is the largest key: time-ordered data */
            out->keys[i] = d->keys[d->n - (size_t)zipf_draw(&z, &r)];
            break;
        case OMEN_WL_RANGE: {
            size_t a = (size_t)omen_rng_below(&r, d->n);
            size_t b = a + w - 1 < d->n ? a + w - 1 : d->n - 1;
            out->keys[i] = d->keys[a];
            out->his[i] = d->keys[b];
            break;
        }
        case OMEN_WL_MIXED:
            out->is_insert[i] = omen_rng_below(&r, 10000) < (uint64_t)(spec->param * 100);
            if (out->is_insert[i]) {
                /* New keys only, so lookups of existing keys keep the answers
                 * the oracle computes on the original data. */
                if (!absent_key(d, &r, &out->keys[i])) {
                    omen_workload_free(out);
                    return omen_errorf(err, OMEN_EINVAL,
                                       "dataset %s leaves no room for new keys to insert",
                                       d->name);
                }
            } else {
                out->keys[i] = d->keys[omen_rng_below(&r, d->n)];
            }
            break;
        default: /* the read-write kinds: omen_workload_make_rw */
            break;
        }
    }
    return OMEN_OK;
}

void omen_workload_free(omen_workload *w)
{
    omen_free(w->keys);
    omen_free(w->his);
    omen_free(w->is_insert);
    omen_free(w->ops);
    omen_free(w->bulk_keys);
    omen_free(w->bulk_payloads);
    omen_free(w->expect_at);
    omen_free(w->keys_at);
    memset(w, 0, sizeof *w);
}
