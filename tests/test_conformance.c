/* Every registered index, with its default parameters and its test_params,
 * against the oracle on edge-case and synthetic key sets. Also shows that
 * the suite rejects a deliberately wrong variant. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "datasets/dataset.h"
#include "kernels/kernels.h"
#include "tests/check.h"
#include "check/conformance.h"
#include "check/keysets.h"
#include "check/oracle.h"
#include "registry/registry.h"

static omen_keysets ks; /* check/keysets.c */

/* A deliberately wrong variant: binary search that is off by one for keys
 * absent from the data. The suite must reject it. */
struct omen_index {
    const uint64_t *keys, *payloads;
    size_t n;
};

static int wrong_build(const uint64_t *keys, const uint64_t *payloads, size_t n,
                       const char *params, omen_index **out, omen_error *err)
{
    (void)params, (void)err;
    omen_index *ix = malloc(sizeof *ix);
    ix->keys = keys;
    ix->payloads = payloads;
    ix->n = n;
    *out = ix;
    return OMEN_OK;
}

static size_t wrong_lower_bound(const omen_index *ix, uint64_t key)
{
    size_t r = oracle_lower_bound(ix->keys, ix->n, key);
    return r < ix->n && ix->keys[r] != key ? r + 1 : r;
}

static int wrong_get(const omen_index *ix, uint64_t key, uint64_t *p)
{
    size_t r = wrong_lower_bound(ix, key);
    if (r < ix->n && ix->keys[r] == key) {
        *p = ix->payloads[r];
        return 1;
    }
    return 0;
}

static omen_range_result wrong_range(const omen_index *ix, uint64_t lo, uint64_t hi)
{
    omen_range_result res = {0, 0};
    if (lo > hi)
        return res;
    size_t a = wrong_lower_bound(ix, lo), b = oracle_upper_bound(ix->keys, ix->n, hi);
    for (size_t i = a; i < b; i++)
        res.count++, res.sum += ix->payloads[i];
    return res;
}

static size_t wrong_size(const omen_index *ix)
{
    (void)ix;
    return 0;
}

static void wrong_free(omen_index *ix)
{
    free(ix);
}

static const omen_index_vtable wrong_vtable = {
    .version = OMEN_INDEX_VERSION,
    .name = "wrong",
    .description = "test only: off by one on absent keys",
    .params_help = "",
    .caps = OMEN_CAP_TEST_ONLY,
    .build = wrong_build,
    .get = wrong_get,
    .lower_bound = wrong_lower_bound,
    .range = wrong_range,
    .size_bytes = wrong_size,
    .free = wrong_free,
};

static void check_variant(const omen_index_vtable *vt, const char *params)
{
    long total = 0;
    for (size_t s = 0; s < ks.n; s++) {
        long bad = conformance_run(vt, params, ks.v[s].keys, ks.v[s].n, ks.v[s].label, 2000, 5);
        CHECK(bad == 0, "%s:%s on %s: %ld wrong answers (or build failure)", vt->name, params,
              ks.v[s].label, bad);
        total += bad < 0 ? 0 : bad;
    }
    printf("  %-12s %-24s %zu key sets, %ld wrong answers\n", vt->name,
           params[0] ? params : "(defaults)", ks.n, total);
}

static void check_rejects_unknown_params(const omen_index_vtable *vt)
{
    uint64_t keys[3] = {1, 2, 3}, pay[3] = {0};
    omen_index *ix = NULL;
    omen_error err;
    omen_error_clear(&err);
    int rc = vt->build(keys, pay, 3, "no_such_parameter=1", &ix, &err);
    CHECK(rc == OMEN_EINVAL, "%s accepted an unknown parameter", vt->name);
    CHECK(strstr(err.msg, "no_such_parameter") != NULL, "%s: message does not name the "
          "parameter: %s", vt->name, err.msg);
    if (rc == OMEN_OK)
        vt->free(ix);
}

/* The registry's check rejects a version it does not know, and a NULL get
 * with nothing to build the default from, each with a message naming it. */
static void check_vtable_check(void)
{
    omen_index_vtable v = wrong_vtable;
    omen_error err;
    v.version = OMEN_INDEX_VERSION + 1;
    CHECK(omen_index_check(&v, &err) == OMEN_EINVAL && strstr(err.msg, "wrong") &&
              strstr(err.msg, "version"),
          "unknown version accepted or message unclear: %s", err.msg);
    v = wrong_vtable;
    v.get = NULL;
    v.lower_bound = NULL;
    CHECK(omen_index_check(&v, &err) == OMEN_EINVAL && strstr(err.msg, "lower_bound"),
          "NULL get without lower_bound accepted: %s", err.msg);
    v = wrong_vtable;
    v.get = NULL;
    v.range = NULL;
    CHECK(omen_index_check(&v, &err) == OMEN_OK, "defaults refused: %s", err.msg);
}

/* With a name (test_conformance NAME), only that variant is checked: the
 * README's recipe for a new variant ends with it (tests/test_template.sh). */
int main(int argc, char **argv)
{
    const char *only = argc > 1 ? argv[1] : NULL;
    if (only && !omen_registry_find(only)) {
        fprintf(stderr, "test_conformance: no variant named '%s' is registered; see "
                        "registry/registry.c\n", only);
        return 1;
    }
    omen_error kerr;
    if (omen_keysets_make(&ks, &kerr) != OMEN_OK) {
        fprintf(stderr, "test_conformance: %s\n", kerr.msg);
        return 1;
    }
    check_vtable_check();
    size_t count;
    const omen_index_vtable *const *all = omen_registry(&count);
    CHECK(count >= 2, "registry has %zu variants", count);
    for (size_t i = 0; i < count; i++) {
        const omen_index_vtable *vt = all[i];
        if (only && strcmp(vt->name, only) != 0)
            continue;
        omen_error verr;
        CHECK(omen_index_check(vt, &verr) == OMEN_OK, "%s", verr.msg);
        CHECK(omen_registry_find(vt->name) == vt, "%s: registry lookup", vt->name);
        check_rejects_unknown_params(vt);
        /* Indexes call the kernels, so every variant is checked with every
         * kernel ISA this machine has; a variant that owns its data (RocksDB)
         * does not use them and runs once. Such a variant walks its entries in
         * range(), about 100 ns each, and the full set of wide ranges would
         * take half a minute per configuration; a stride of 11 (coprime with
         * the 3 or 4 ranges per sample) still reaches every kind of range. */
        int owns = (vt->caps & OMEN_CAP_OWNS_DATA) != 0;
        conformance_set_range_stride(owns ? 11 : 1);
        static const char *const isa[] = {"scalar", "avx2", "avx512", "neon"};
        for (size_t k = 0; k < sizeof isa / sizeof isa[0]; k++) {
            omen_error err;
            /* Owners of their data: once, with the machine's default ISA. */
            const char *name = owns ? NULL : isa[k];
            if (owns && k > 0)
                break;
            if (name && !omen_kernels_lookup(name))
                continue;
            CHECK(omen_kernels_init(name, &err) == OMEN_OK, "%s", err.msg);
            printf("  [isa %s]\n", omen_kernels->isa);
            check_variant(vt, "");
            for (size_t p = 0; vt->test_params && vt->test_params[p]; p++)
                check_variant(vt, vt->test_params[p]);
        }
        conformance_set_range_stride(1);
    }

    /* The suite must catch the wrong variant. */
    long caught = 0;
    for (size_t s = 0; s < ks.n; s++) {
        long bad = conformance_run(&wrong_vtable, "", ks.v[s].keys, ks.v[s].n, ks.v[s].label,
                                   2000, 0);
        caught += bad > 0;
    }
    CHECK(caught > 0, "the deliberately wrong variant passed every key set");
    printf("  wrong variant rejected on %ld of %zu key sets\n", caught, ks.n);

    omen_keysets_free(&ks);
    return check_report("test_conformance");
}
