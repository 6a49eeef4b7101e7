/* Every updatable variant (insert, maybe erase) through random insert /
 * erase / get / range sequences, against a dynamic oracle simple enough to
 * be obviously right: a sorted array kept with memmove, where an inserted
 * entry goes after the equal keys and erase removes the first equal one.
 * Covers empty builds, bulk loads followed by writes, duplicates (long
 * runs, checked entry by entry in FIFO order), keys 0 and UINT64_MAX, and
 * draining to empty. Shared by test_updatable and omen-check. */
#include "check/updatable.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check/conformance.h"
#include "check/oracle.h"
#include "common/rng.h"
#include "datasets/dataset.h"

/* ---- The sequences. ---- */
typedef struct run {
    const omen_index_vtable *vt;
    const char *params, *label;
    omen_index *ix;
    oracle_dyn d;
    long bad;
    uint64_t next_pay;
    int verbose;
} run;

static void fail(run *r, const char *what, uint64_t key, uint64_t got, uint64_t want)
{
    if (++r->bad <= r->verbose)
        fprintf(stderr, "  %s:%s [%s, n=%zu]: %s(%llu) = %llu, oracle says %llu\n", r->vt->name,
                r->params, r->label, r->d.n, what, (unsigned long long)key,
                (unsigned long long)got, (unsigned long long)want);
}

static void check_get(run *r, uint64_t key)
{
    size_t at = oracle_lower_bound(r->d.k, r->d.n, key);
    int want = at < r->d.n && r->d.k[at] == key;
    uint64_t p = 0xDEAD;
    int got = omen_index_get(r->vt, r->ix, key, &p);
    if (got != want)
        fail(r, "get.found", key, (uint64_t)got, (uint64_t)want);
    else if (got && p != r->d.p[at])
        fail(r, "get.payload", key, p, r->d.p[at]);
}

static void check_range(run *r, uint64_t lo, uint64_t hi)
{
    omen_range_result want = {0, 0};
    if (lo <= hi)
        for (size_t i = oracle_lower_bound(r->d.k, r->d.n, lo); i < r->d.n && r->d.k[i] <= hi;
             i++)
            want.count++, want.sum += r->d.p[i];
    omen_range_result got = omen_index_range(r->vt, r->ix, lo, hi);
    if (got.count != want.count)
        fail(r, "range.count", lo, got.count, want.count);
    else if (got.sum != want.sum)
        fail(r, "range.sum", lo, got.sum, want.sum);
}

static void do_insert(run *r, uint64_t key)
{
    uint64_t pay = r->next_pay++ * 0x9E3779B97F4A7C15ull;
    omen_error err;
    omen_error_clear(&err);
    int rc = r->vt->insert(r->ix, key, pay, &err);
    if (rc != OMEN_OK) {
        fail(r, "insert.rc", key, (uint64_t)rc, 0);
        return;
    }
    oracle_dyn_insert(&r->d, key, pay);
    check_get(r, key);
}

static void do_erase(run *r, uint64_t key)
{
    if (!r->vt->erase)
        return;
    omen_error err;
    omen_error_clear(&err);
    int got = r->vt->erase(r->ix, key, &err);
    int want = oracle_dyn_erase(&r->d, key);
    if (got != want)
        fail(r, "erase", key, (uint64_t)got, (uint64_t)want);
    check_get(r, key);
}

/* Everything at once: the conformance check over the oracle's arrays (all
 * keys and neighbours of small sets, a sample of large ones, wide ranges). */
static void checkpoint(run *r, uint64_t seed)
{
    long bad = conformance_check_built(r->vt, r->ix, r->d.k, r->d.p, r->d.n, r->label, 300,
                                       seed, r->verbose - (int)r->bad);
    r->bad += bad;
    omen_index_stats st;
    if (r->vt->stats && r->vt->stats(r->ix, &st) == OMEN_OK &&
        st.mean_abs_error > (double)st.max_abs_error + 1e-9)
        fail(r, "stats: mean error above max", r->d.n, (uint64_t)st.mean_abs_error,
             st.max_abs_error);
    size_t bytes = r->vt->size_bytes(r->ix);
    if (r->d.n && bytes < r->d.n * 16 && strcmp(r->vt->name, "rocksdb") != 0 &&
        strcmp(r->vt->name, "hotcold") != 0)
        fail(r, "size_bytes below the data it owns", r->d.n, bytes, r->d.n * 16);
}

/* A key near the data: present, a neighbour, a corner, or anywhere. */
static uint64_t pick(run *r, omen_rng *g, uint64_t domain)
{
    uint64_t u = omen_rng_below(g, 100);
    if (r->d.n && u < 40) {
        uint64_t k = r->d.k[omen_rng_below(g, r->d.n)];
        return u < 30 ? k : u < 35 ? k + 1 : k - 1;
    }
    if (u < 44)
        return u < 42 ? 0 : UINT64_MAX;
    if (u < 46)
        return u < 45 ? 1 : UINT64_MAX - 1;
    return domain ? omen_rng_below(g, domain) : omen_rng_next(g);
}

/* ops random operations: ins% inserts, era% erases, the rest lookups and
 * short ranges; a checkpoint every ops/4. */
static void random_ops(run *r, omen_rng *g, size_t ops, unsigned ins, unsigned era,
                       uint64_t domain)
{
    for (size_t i = 0; i < ops; i++) {
        unsigned u = (unsigned)omen_rng_below(g, 100);
        uint64_t k = pick(r, g, domain);
        if (u < ins)
            do_insert(r, k);
        else if (u < ins + era)
            do_erase(r, k);
        else if (u % 4)
            check_get(r, k);
        else
            check_range(r, k, k + omen_rng_below(g, domain ? domain / 64 + 1 : 1ull << 58));
        if ((i + 1) % (ops / 4 + 1) == 0)
            checkpoint(r, i);
    }
    checkpoint(r, ops);
}

static int start(run *r, const omen_index_vtable *vt, const char *params, const char *label,
                 const uint64_t *keys, size_t n, int verbose)
{
    memset(r, 0, sizeof *r);
    r->vt = vt, r->params = params, r->label = label;
    r->verbose = verbose;
    uint64_t *pay = malloc((n ? n : 1) * sizeof *pay);
    for (size_t i = 0; i < n; i++) {
        pay[i] = omen_payload_of_rank(i);
        oracle_dyn_insert(&r->d, keys[i], pay[i]);
    }
    r->next_pay = n + 1;
    omen_error err;
    omen_error_clear(&err);
    int rc = vt->build(keys, pay, n, params, &r->ix, &err);
    free(pay);
    if (rc != OMEN_OK) {
        fprintf(stderr, "  %s:%s [%s]: build failed: %s\n", vt->name, params, label, err.msg);
        r->bad++;
        return 0;
    }
    checkpoint(r, 1);
    return 1;
}

static long finish(run *r)
{
    if (r->ix)
        r->vt->free(r->ix);
    free(r->d.k);
    free(r->d.p);
    return r->bad;
}

long conformance_updatable(const omen_index_vtable *vt, const char *params, size_t scale,
                           int verbose)
{
    long bad = 0;
    run r;
    omen_rng g;
    omen_rng_seed(&g, 2024);

    /* Empty, then writes over a tiny domain: long duplicate runs. */
    if (start(&r, vt, params, "empty+dups", NULL, 0, verbose))
        random_ops(&r, &g, 8000 / scale, 45, 30, 64);
    bad += finish(&r);

    /* Empty, then writes anywhere in the key space. */
    if (start(&r, vt, params, "empty+wide", NULL, 0, verbose))
        random_ops(&r, &g, 20000 / scale, 60, 20, 0);
    bad += finish(&r);

    /* Bulk loads, then writes near their keys. */
    static const char *const sets[] = {"lognormal:20K", "dups:20K", "uniform_sparse:5K",
                                       "sequential:5K"};
    for (size_t s = 0; s < sizeof sets / sizeof sets[0]; s++) {
        omen_synth_spec spec;
        omen_error err;
        uint64_t *keys = NULL;
        if (omen_synth_parse(sets[s], &spec, &err) != OMEN_OK ||
            !(keys = malloc(spec.n * sizeof *keys)) ||
            omen_synth_fill(&spec, keys, &err) != OMEN_OK) {
            fprintf(stderr, "  %s: key set %s: %s\n", vt->name, sets[s], keys ? err.msg :
                    "cannot make it");
            free(keys);
            bad++;
            continue;
        }
        uint64_t span = keys[spec.n - 1] - keys[0];
        if (start(&r, vt, params, sets[s], keys, spec.n, verbose)) {
            random_ops(&r, &g, 20000 / scale, 40, 40, 0);
            /* Inserts clustered in the data's span (node splits, expansions). */
            for (size_t i = 0; i < 6000 / scale; i++)
                do_insert(&r, keys[0] + omen_rng_below(&g, span / 50 + 1));
            checkpoint(&r, 7);
        }
        bad += finish(&r);
        free(keys);
    }

    /* Extremes bulk-loaded, then many more of them. */
    static const uint64_t ext[] = {0, 0, 1, UINT64_MAX - 1, UINT64_MAX, UINT64_MAX};
    if (start(&r, vt, params, "extremes", ext, 6, verbose)) {
        for (size_t i = 0; i < 500; i++)
            do_insert(&r, i % 3 ? (i % 3 == 1 ? 0 : UINT64_MAX) : i);
        checkpoint(&r, 3);
        for (size_t i = 0; i < 600; i++)
            do_erase(&r, i % 2 ? 0 : UINT64_MAX);
        checkpoint(&r, 4);
    }
    bad += finish(&r);

    /* Ascending then descending growth, drained to empty in random order and
     * grown again; one key 3000 times, erased one by one (FIFO payloads). */
    if (start(&r, vt, params, "grow-drain", NULL, 0, verbose)) {
        size_t m = 6000 / scale;
        for (size_t i = 0; i < m; i++)
            do_insert(&r, 1000 + 7 * i);
        for (size_t i = 0; i < m; i++)
            do_insert(&r, 999 - i / 7);
        checkpoint(&r, 5);
        while (r.vt->erase && r.d.n)
            do_erase(&r, r.d.k[omen_rng_below(&g, r.d.n)]);
        checkpoint(&r, 6);
        for (size_t i = 0; i < 3000 / scale; i++)
            do_insert(&r, 77);
        do_insert(&r, 76);
        do_insert(&r, 78);
        checkpoint(&r, 8);
        while (r.vt->erase && r.d.n > 2)
            do_erase(&r, 77);
        do_erase(&r, 77);
        checkpoint(&r, 9);
    }
    bad += finish(&r);
    return bad;
}
