/* One updatable index run beside the dynamic oracle (tests/oracle.h):
 * every write goes to both, every answer is compared. Shared by
 * test_updatable and the fuzz_writes fuzzer. */
#include "check/updatable_run.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "datasets/dataset.h"
#include "check/conformance.h"

void run_fail(run *r, const char *what, uint64_t key, uint64_t got, uint64_t want)
{
    if (++r->bad <= r->verbose)
        fprintf(stderr, "  %s:%s [%s, n=%zu]: %s(%llu) = %llu, oracle says %llu\n", r->vt->name,
                r->params, r->label, r->d.n, what, (unsigned long long)key,
                (unsigned long long)got, (unsigned long long)want);
}

void run_check_get(run *r, uint64_t key)
{
    size_t at = oracle_lower_bound(r->d.k, r->d.n, key);
    int want = at < r->d.n && r->d.k[at] == key;
    uint64_t p = 0xDEAD;
    int got = omen_index_get(r->vt, r->ix, key, &p);
    if (got != want)
        run_fail(r, "get.found", key, (uint64_t)got, (uint64_t)want);
    else if (got && p != r->d.p[at])
        run_fail(r, "get.payload", key, p, r->d.p[at]);
}

void run_check_range(run *r, uint64_t lo, uint64_t hi)
{
    omen_range_result want = {0, 0};
    if (lo <= hi)
        for (size_t i = oracle_lower_bound(r->d.k, r->d.n, lo); i < r->d.n && r->d.k[i] <= hi;
             i++)
            want.count++, want.sum += r->d.p[i];
    omen_range_result got = omen_index_range(r->vt, r->ix, lo, hi);
    if (got.count != want.count)
        run_fail(r, "range.count", lo, got.count, want.count);
    else if (got.sum != want.sum)
        run_fail(r, "range.sum", lo, got.sum, want.sum);
}

void run_insert(run *r, uint64_t key)
{
    uint64_t pay = r->next_pay++ * 0x9E3779B97F4A7C15ull;
    omen_error err;
    omen_error_clear(&err);
    int rc = r->vt->insert(r->ix, key, pay, &err);
    if (rc != OMEN_OK) {
        run_fail(r, "insert.rc", key, (uint64_t)rc, 0);
        return;
    }
    oracle_dyn_insert(&r->d, key, pay);
    run_check_get(r, key);
}

void run_erase(run *r, uint64_t key)
{
    if (!r->vt->erase)
        return;
    omen_error err;
    omen_error_clear(&err);
    int got = r->vt->erase(r->ix, key, &err);
    int want = oracle_dyn_erase(&r->d, key);
    if (got != want)
        run_fail(r, "erase", key, (uint64_t)got, (uint64_t)want);
    run_check_get(r, key);
}

/* Everything at once: the conformance check over the oracle's arrays (all
 * keys and neighbours of small sets, a sample of large ones, wide ranges). */
void run_checkpoint(run *r, uint64_t seed)
{
    long bad = conformance_check_built(r->vt, r->ix, r->d.k, r->d.p, r->d.n, r->label, 300,
                                       seed, r->verbose - (int)r->bad);
    r->bad += bad;
    omen_index_stats st;
    if (r->vt->stats && r->vt->stats(r->ix, &st) == OMEN_OK &&
        st.mean_abs_error > (double)st.max_abs_error + 1e-9)
        run_fail(r, "stats: mean error above max", r->d.n, (uint64_t)st.mean_abs_error,
             st.max_abs_error);
    size_t bytes = r->vt->size_bytes(r->ix);
    if (r->d.n && bytes < r->d.n * 16 && strcmp(r->vt->name, "rocksdb") != 0 &&
        strcmp(r->vt->name, "hotcold") != 0)
        run_fail(r, "size_bytes below the data it owns", r->d.n, bytes, r->d.n * 16);
}

int run_start(run *r, const omen_index_vtable *vt, const char *params, const char *label,
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
    run_checkpoint(r, 1);
    return 1;
}

long run_finish(run *r)
{
    if (r->ix)
        r->vt->free(r->ix);
    free(r->d.k);
    free(r->d.p);
    return r->bad;
}

