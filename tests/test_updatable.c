/* Every registered variant with insert(), through random insert / erase /
 * get / range sequences, against a dynamic oracle simple enough to be
 * obviously right: a sorted array kept with memmove, where an inserted
 * entry goes after the equal keys and erase removes the first equal one.
 * Covers empty builds, bulk loads followed by writes, duplicates (long
 * runs, checked entry by entry in FIFO order), keys 0 and UINT64_MAX, and
 * draining to empty. A deliberately wrong variant (duplicates inserted
 * before the equal keys) must be caught. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/rng.h"
#include "datasets/dataset.h"
#include "registry/registry.h"
#include "tests/check.h"
#include "tests/conformance.h"
#include "tests/oracle.h"
#include "tests/updatable_run.h"

/* ---- The wrong variant: the oracle with duplicates inserted first. ---- */
struct omen_index {
    oracle_dyn d;
};

static int w_build(const uint64_t *keys, const uint64_t *pay, size_t n, const char *params,
                   omen_index **out, omen_error *err)
{
    (void)params, (void)err;
    omen_index *ix = calloc(1, sizeof *ix);
    for (size_t i = 0; i < n; i++)
        oracle_dyn_insert(&ix->d, keys[i], pay[i]);
    *out = ix;
    return OMEN_OK;
}

static int w_get(const omen_index *ix, uint64_t key, uint64_t *pay)
{
    size_t at = oracle_lower_bound(ix->d.k, ix->d.n, key);
    if (at == ix->d.n || ix->d.k[at] != key)
        return 0;
    *pay = ix->d.p[at];
    return 1;
}

static omen_range_result w_range(const omen_index *ix, uint64_t lo, uint64_t hi)
{
    omen_range_result r = {0, 0};
    for (size_t i = oracle_lower_bound(ix->d.k, ix->d.n, lo); lo <= hi && i < ix->d.n &&
                                                              ix->d.k[i] <= hi; i++)
        r.count++, r.sum += ix->d.p[i];
    return r;
}

static int w_insert(omen_index *ix, uint64_t key, uint64_t pay, omen_error *err)
{
    (void)err;
    oracle_dyn_insert(&ix->d, key, pay);
    /* The bug: move the new entry in front of its equal keys. */
    size_t at = oracle_upper_bound(ix->d.k, ix->d.n, key) - 1;
    size_t first = oracle_lower_bound(ix->d.k, ix->d.n, key);
    uint64_t p = ix->d.p[at];
    memmove(ix->d.p + first + 1, ix->d.p + first, (at - first) * sizeof *ix->d.p);
    ix->d.p[first] = p;
    return OMEN_OK;
}

static int w_erase(omen_index *ix, uint64_t key, omen_error *err)
{
    (void)err;
    return oracle_dyn_erase(&ix->d, key);
}

static size_t w_size(const omen_index *ix)
{
    return ix->d.cap * 16;
}

static void w_free(omen_index *ix)
{
    free(ix->d.k);
    free(ix->d.p);
    free(ix);
}

static const omen_index_vtable wrong_vtable = {
    .version = OMEN_INDEX_VERSION, .name = "wrong-lifo", .description = "test only",
    .params_help = "", .caps = OMEN_CAP_OWNS_DATA | OMEN_CAP_TEST_ONLY,
    .build = w_build, .get = w_get, .range = w_range, .size_bytes = w_size, .free = w_free,
    .insert = w_insert, .erase = w_erase,
};

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
            run_insert(r, k);
        else if (u < ins + era)
            run_erase(r, k);
        else if (u % 4)
            run_check_get(r, k);
        else
            run_check_range(r, k, k + omen_rng_below(g, domain ? domain / 64 + 1 : 1ull << 58));
        if ((i + 1) % (ops / 4 + 1) == 0)
            run_checkpoint(r, i);
    }
    run_checkpoint(r, ops);
}

/* Returns the wrong answers over every scenario; scale shrinks the op
 * counts for variants whose every operation goes to disk. */
static long scenarios(const omen_index_vtable *vt, const char *params, size_t scale)
{
    long bad = 0;
    run r;
    omen_rng g;
    omen_rng_seed(&g, 2024);

    /* Empty, then writes over a tiny domain: long duplicate runs. */
    if (run_start(&r, vt, params, "empty+dups", NULL, 0))
        random_ops(&r, &g, 8000 / scale, 45, 30, 64);
    bad += run_finish(&r);

    /* Empty, then writes anywhere in the key space. */
    if (run_start(&r, vt, params, "empty+wide", NULL, 0))
        random_ops(&r, &g, 20000 / scale, 60, 20, 0);
    bad += run_finish(&r);

    /* Bulk loads, then writes near their keys. */
    static const char *const sets[] = {"lognormal:20K", "dups:20K", "uniform_sparse:5K",
                                       "sequential:5K"};
    for (size_t s = 0; s < sizeof sets / sizeof sets[0]; s++) {
        omen_synth_spec spec;
        omen_error err;
        CHECK(omen_synth_parse(sets[s], &spec, &err) == OMEN_OK, "%s", err.msg);
        uint64_t *keys = malloc(spec.n * sizeof *keys);
        CHECK(omen_synth_fill(&spec, keys, &err) == OMEN_OK, "%s", err.msg);
        uint64_t span = keys[spec.n - 1] - keys[0];
        if (run_start(&r, vt, params, sets[s], keys, spec.n)) {
            random_ops(&r, &g, 20000 / scale, 40, 40, 0);
            /* Inserts clustered in the data's span (node splits, expansions). */
            for (size_t i = 0; i < 6000 / scale; i++)
                run_insert(&r, keys[0] + omen_rng_below(&g, span / 50 + 1));
            run_checkpoint(&r, 7);
        }
        bad += run_finish(&r);
        free(keys);
    }

    /* Extremes bulk-loaded, then many more of them. */
    static const uint64_t ext[] = {0, 0, 1, UINT64_MAX - 1, UINT64_MAX, UINT64_MAX};
    if (run_start(&r, vt, params, "extremes", ext, 6)) {
        for (size_t i = 0; i < 500; i++)
            run_insert(&r, i % 3 ? (i % 3 == 1 ? 0 : UINT64_MAX) : i);
        run_checkpoint(&r, 3);
        for (size_t i = 0; i < 600; i++)
            run_erase(&r, i % 2 ? 0 : UINT64_MAX);
        run_checkpoint(&r, 4);
    }
    bad += run_finish(&r);

    /* Ascending then descending growth, drained to empty in random order and
     * grown again; one key 3000 times, erased one by one (FIFO payloads). */
    if (run_start(&r, vt, params, "grow-drain", NULL, 0)) {
        size_t m = 6000 / scale;
        for (size_t i = 0; i < m; i++)
            run_insert(&r, 1000 + 7 * i);
        for (size_t i = 0; i < m; i++)
            run_insert(&r, 999 - i / 7);
        run_checkpoint(&r, 5);
        while (r.vt->erase && r.d.n)
            run_erase(&r, r.d.k[omen_rng_below(&g, r.d.n)]);
        run_checkpoint(&r, 6);
        for (size_t i = 0; i < 3000 / scale; i++)
            run_insert(&r, 77);
        run_insert(&r, 76);
        run_insert(&r, 78);
        run_checkpoint(&r, 8);
        while (r.vt->erase && r.d.n > 2)
            run_erase(&r, 77);
        run_erase(&r, 77);
        run_checkpoint(&r, 9);
    }
    bad += run_finish(&r);
    return bad;
}

int main(void)
{
    size_t count, tested = 0;
    const omen_index_vtable *const *all = omen_registry(&count);
    for (size_t i = 0; i < count; i++) {
        const omen_index_vtable *vt = all[i];
        if (!vt->insert)
            continue;
        /* RocksDB-backed variants: every operation is a disk-format read or
         * write and range() walks entries; fewer operations, same kinds. */
        int owns_disk = strcmp(vt->name, "rocksdb") == 0 || strcmp(vt->name, "hotcold") == 0;
        conformance_set_range_stride(owns_disk ? 11 : 1);
        size_t scale = owns_disk ? 8 : 1;
        for (size_t p = 0; p == 0 || (vt->test_params && vt->test_params[p - 1]); p++) {
            const char *params = p == 0 ? "" : vt->test_params[p - 1];
            long bad = scenarios(vt, params, scale);
            CHECK(bad == 0, "%s:%s: %ld wrong answers", vt->name, params, bad);
            printf("  %-10s %-28s %s, %ld wrong answers\n", vt->name, params[0] ? params : "(defaults)",
                   vt->erase ? "insert+erase" : "insert only", bad);
        }
        tested++;
    }
    conformance_set_range_stride(1);
    CHECK(tested >= 3, "only %zu variants have insert", tested);

    long caught = scenarios(&wrong_vtable, "", 4);
    CHECK(caught > 0, "the deliberately wrong (LIFO) variant passed");
    printf("  wrong-lifo variant rejected with %ld wrong answers\n", caught);
    return check_report("test_updatable");
}
