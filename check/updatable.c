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

#include "check/updatable_run.h"
#include "common/rng.h"
#include "datasets/dataset.h"

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

long conformance_updatable(const omen_index_vtable *vt, const char *params, size_t scale,
                           int verbose)
{
    long bad = 0;
    run r;
    omen_rng g;
    omen_rng_seed(&g, 2024);

    /* Empty, then writes over a tiny domain: long duplicate runs. */
    if (run_start(&r, vt, params, "empty+dups", NULL, 0, verbose))
        random_ops(&r, &g, 8000 / scale, 45, 30, 64);
    bad += run_finish(&r);

    /* Empty, then writes anywhere in the key space. */
    if (run_start(&r, vt, params, "empty+wide", NULL, 0, verbose))
        random_ops(&r, &g, 20000 / scale, 60, 20, 0);
    bad += run_finish(&r);

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
        if (run_start(&r, vt, params, sets[s], keys, spec.n, verbose)) {
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
    if (run_start(&r, vt, params, "extremes", ext, 6, verbose)) {
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
    if (run_start(&r, vt, params, "grow-drain", NULL, 0, verbose)) {
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
