#include "check/conformance.h"

#include <stdio.h>
#include <stdlib.h>

#include "common/rng.h"
#include "datasets/dataset.h"
#include "check/oracle.h"

static unsigned range_stride = 1;

void conformance_set_range_stride(unsigned stride)
{
    range_stride = stride ? stride : 1;
}

typedef struct ctx {
    const omen_index_vtable *vt;
    const omen_index *ix;
    const uint64_t *keys, *payloads;
    size_t n;
    const char *label;
    long bad;
    int verbose;
    unsigned stride;
    unsigned long ranges;
} ctx;

static void report(ctx *c, const char *what, uint64_t a, uint64_t b, uint64_t got,
                   uint64_t want)
{
    c->bad++;
    if (c->bad <= c->verbose)
    {
        char args[64];
        if (a == b)
            snprintf(args, sizeof args, "%llu", (unsigned long long)a);
        else
            snprintf(args, sizeof args, "%llu, %llu", (unsigned long long)a,
                     (unsigned long long)b);
        fprintf(stderr, "  %s [%s, n=%zu]: %s(%s) = %llu, oracle says %llu\n", c->vt->name,
                c->label, c->n, what, args, (unsigned long long)got, (unsigned long long)want);
    }
}

static void probe(ctx *c, uint64_t key)
{
    size_t want = oracle_lower_bound(c->keys, c->n, key);
    if (c->vt->lower_bound) {
        size_t got = c->vt->lower_bound(c->ix, key);
        if (got != want)
            report(c, "lower_bound", key, key, got, want);
    }
    uint64_t p = 0xDEAD;
    int found = omen_index_get(c->vt, c->ix, key, &p);
    int want_found = want < c->n && c->keys[want] == key;
    if (found != want_found)
        report(c, "get.found", key, key, (uint64_t)found, (uint64_t)want_found);
    else if (found && p != c->payloads[want])
        report(c, "get.payload", key, key, p, c->payloads[want]);
}

static void probe_range(ctx *c, uint64_t lo, uint64_t hi)
{
    if (c->ranges++ % c->stride)
        return;
    uint64_t count = 0, sum = 0;
    if (lo <= hi) {
        size_t a = oracle_lower_bound(c->keys, c->n, lo);
        size_t b = oracle_upper_bound(c->keys, c->n, hi);
        count = b - a;
        for (size_t i = a; i < b; i++)
            sum += c->payloads[i];
    }
    omen_range_result r = omen_index_range(c->vt, c->ix, lo, hi);
    if (r.count != count)
        report(c, "range.count", lo, hi, r.count, count);
    else if (r.sum != sum)
        report(c, "range.sum", lo, hi, r.sum, sum);
}

long conformance_check_built(const omen_index_vtable *vt, const omen_index *ix,
                             const uint64_t *keys, const uint64_t *payloads, size_t n,
                             const char *label, size_t probes, uint64_t seed, int verbose)
{
    ctx c = {vt, ix, keys, payloads, n, label, 0, verbose, range_stride, 0};
    omen_rng r;
    omen_rng_seed(&r, seed);
    /* Corners of the key space. */
    const uint64_t corners[] = {0, 1, 2, UINT64_MAX, UINT64_MAX - 1, 1ull << 63,
                                (1ull << 63) - 1};
    for (size_t i = 0; i < sizeof corners / sizeof corners[0]; i++)
        probe(&c, corners[i]);
    /* Present keys and their neighbours (absent unless duplicated/adjacent):
     * all of them for small sets, a sample otherwise, always the ends. */
    size_t samples = n <= 4096 ? n : 4096 + 2;
    for (size_t s = 0; s < samples; s++) {
        size_t i = n <= 4096 ? s : s == 0 ? 0 : s == 1 ? n - 1 : (size_t)omen_rng_below(&r, n);
        uint64_t k = keys[i];
        probe(&c, k);
        if (k > 0)
            probe(&c, k - 1);
        if (k < UINT64_MAX)
            probe(&c, k + 1);
        /* A partner key near i keeps range sums cheap; every 64th is anywhere. */
        size_t j = s % 64 ? i + (size_t)omen_rng_below(&r, 1000) : (size_t)omen_rng_below(&r, n);
        uint64_t k2 = keys[j < n ? j : n - 1];
        probe_range(&c, k < k2 ? k : k2, k < k2 ? k2 : k); /* present ends */
        probe_range(&c, k2, k);                            /* maybe lo > hi */
        probe_range(&c, k, k);                             /* lo == hi */
        if (k > 0 && k < UINT64_MAX)
            probe_range(&c, k - 1, k + 1 > k2 ? k + 1 : k2);
    }
    /* Random probes and ranges across the whole key space and the data's span. */
    uint64_t lo = n ? keys[0] : 0, hi = n ? keys[n - 1] : 0;
    for (size_t s = 0; s < probes; s++) {
        uint64_t a = omen_rng_next(&r);
        uint64_t b = hi > lo ? lo + omen_rng_below(&r, hi - lo + (hi - lo < UINT64_MAX))
                             : lo;
        probe(&c, a);
        probe(&c, b);
        if (s % 64 == 0)
            probe_range(&c, a < b ? a : b, a < b ? b : a);
        else
            probe_range(&c, b, b + omen_rng_below(&r, 1 + (hi - lo) / (n + 1) * 500));
    }
    /* Ranges reaching outside the data on either side. */
    c.stride = 1;
    probe_range(&c, 0, UINT64_MAX);
    probe_range(&c, 0, lo);
    probe_range(&c, hi, UINT64_MAX);
    probe_range(&c, UINT64_MAX, 0);
    probe_range(&c, UINT64_MAX, UINT64_MAX);
    probe_range(&c, 0, 0);
    return c.bad;
}

long conformance_run(const omen_index_vtable *vt, const char *params, const uint64_t *keys,
                     size_t n, const char *label, size_t probes, int verbose)
{
    uint64_t *payloads = malloc((n ? n : 1) * sizeof *payloads);
    if (!payloads)
        return -1;
    for (size_t i = 0; i < n; i++)
        payloads[i] = omen_payload_of_rank(i);
    omen_index *ix = NULL;
    omen_error err;
    omen_error_clear(&err);
    if (vt->build(keys, payloads, n, params, &ix, &err) != OMEN_OK) {
        fprintf(stderr, "  %s:%s [%s]: build failed: %s\n", vt->name, params, label, err.msg);
        free(payloads);
        return -1;
    }
    long bad = conformance_check_built(vt, ix, keys, payloads, n, label, probes, n * 31 + 7,
                                       verbose);
    /* The optional batched entries must agree with the single-key ones. */
    if (vt->get_batch && n) {
        enum { B = 37 };
        uint64_t q[B], pay[B];
        uint8_t found[B];
        for (size_t i = 0; i < B; i++)
            q[i] = keys[(i * 7919) % n] + (i % 3 == 0);
        vt->get_batch(ix, q, B, pay, found);
        for (size_t i = 0; i < B; i++) {
            uint64_t p = 0;
            int f = omen_index_get(vt, ix, q[i], &p);
            if (f != found[i] || (f && p != pay[i])) {
                bad++;
                if (bad <= verbose)
                    fprintf(stderr, "  %s [%s]: get_batch differs from get for key %llu\n",
                            vt->name, label, (unsigned long long)q[i]);
            }
        }
    }
    if (vt->lower_bound_batch && n) {
        enum { B = 37 };
        uint64_t q[B];
        size_t ranks[B];
        for (size_t i = 0; i < B; i++)
            q[i] = keys[(i * 104729) % n] - (i % 2);
        vt->lower_bound_batch(ix, q, B, ranks);
        for (size_t i = 0; i < B; i++)
            if (ranks[i] != oracle_lower_bound(keys, n, q[i])) {
                bad++;
                if (bad <= verbose)
                    fprintf(stderr, "  %s [%s]: lower_bound_batch wrong for key %llu\n",
                            vt->name, label, (unsigned long long)q[i]);
            }
    }
    /* A batch longer than the largest group (256), mixing corners of the key
     * space, present keys and their absent neighbours, checked against the
     * oracle: partial groups, keys outside the model's domain, empty windows. */
    if ((vt->get_batch || vt->lower_bound_batch) && n) {
        enum { B = 301 };
        uint64_t q[B], pay[B];
        uint8_t found[B];
        size_t ranks[B];
        omen_rng r;
        omen_rng_seed(&r, n * 13 + 5);
        for (size_t i = 0; i < B; i++) {
            uint64_t k = keys[(size_t)omen_rng_below(&r, n)];
            switch (i % 5) {
            case 0: q[i] = k; break;
            case 1: q[i] = k - 1; break;
            case 2: q[i] = k + 1; break;
            case 3: q[i] = omen_rng_next(&r); break;
            default: q[i] = i % 2 ? UINT64_MAX - i / 10 : i / 10; break;
            }
        }
        if (vt->get_batch)
            vt->get_batch(ix, q, B, pay, found);
        if (vt->lower_bound_batch)
            vt->lower_bound_batch(ix, q, B, ranks);
        for (size_t i = 0; i < B; i++) {
            size_t want = oracle_lower_bound(keys, n, q[i]);
            int want_found = want < n && keys[want] == q[i];
            int ok = 1;
            if (vt->get_batch)
                ok &= found[i] == want_found && (!want_found || pay[i] == payloads[want]);
            if (vt->lower_bound_batch)
                ok &= ranks[i] == want;
            if (!ok) {
                bad++;
                if (bad <= verbose)
                    fprintf(stderr, "  %s [%s]: batched answer wrong for key %llu\n", vt->name,
                            label, (unsigned long long)q[i]);
            }
        }
    }
    (void)vt->size_bytes(ix);
    /* Every read above was good: a storage-backed variant must not report
     * a read error it did not have. */
    if (vt->read_error && vt->read_error(ix, &err) != OMEN_OK) {
        bad++;
        fprintf(stderr, "  %s [%s]: read_error after good reads: %s\n", vt->name, label,
                err.msg);
    }
    if (vt->stats) {
        omen_index_stats st = {0};
        if (vt->stats(ix, &st) == OMEN_OK && st.mean_abs_error > (double)st.max_abs_error + 1e-9) {
            bad++;
            fprintf(stderr, "  %s [%s]: stats mean error %.2f > max %llu\n", vt->name, label,
                    st.mean_abs_error, (unsigned long long)st.max_abs_error);
        }
    }
    vt->free(ix);
    free(payloads);
    return bad;
}
