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
#include "check/conformance.h"
#include "check/updatable.h"
#include "check/oracle.h"

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
            long bad = conformance_updatable(vt, params, scale, 5);
            CHECK(bad == 0, "%s:%s: %ld wrong answers", vt->name, params, bad);
            printf("  %-10s %-28s %s, %ld wrong answers\n", vt->name, params[0] ? params : "(defaults)",
                   vt->erase ? "insert+erase" : "insert only", bad);
        }
        tested++;
    }
    conformance_set_range_stride(1);
    CHECK(tested >= 3, "only %zu variants have insert", tested);

    long caught = conformance_updatable(&wrong_vtable, "", 4, 0);
    CHECK(caught > 0, "the deliberately wrong (LIFO) variant passed");
    printf("  wrong-lifo variant rejected with %ld wrong answers\n", caught);
    return check_report("test_updatable");
}
