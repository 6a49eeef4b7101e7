#include "check/suite.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "check/conformance.h"
#include "check/updatable.h"

static long check_unknown_param(const omen_index_vtable *vt)
{
    uint64_t keys[3] = {1, 2, 3}, pay[3] = {0, 0, 0};
    omen_index *ix = NULL;
    omen_error err;
    omen_error_clear(&err);
    int rc = vt->build(keys, pay, 3, "no_such_parameter=1", &ix, &err);
    if (rc == OMEN_OK) {
        vt->free(ix);
        fprintf(stderr, "  %s: build accepted the unknown parameter no_such_parameter=1; "
                        "refuse it with OMEN_EINVAL and a message naming it\n", vt->name);
        return 1;
    }
    if (rc != OMEN_EINVAL || !strstr(err.msg, "no_such_parameter")) {
        fprintf(stderr, "  %s: an unknown parameter gave code %d and '%s'; expected OMEN_EINVAL "
                        "and a message naming no_such_parameter\n", vt->name, rc, err.msg);
        return 1;
    }
    return 0;
}

typedef struct reader {
    const omen_index_vtable *vt;
    const omen_index *ix;
    const uint64_t *keys, *payloads;
    size_t n;
    uint64_t seed;
    int verbose;
    long bad;
} reader;

static void *read_all(void *p)
{
    reader *r = p;
    r->bad = conformance_check_built(r->vt, r->ix, r->keys, r->payloads, r->n, "threads", 2000,
                                     r->seed, r->verbose);
    return NULL;
}

/* One built index read from 4 threads at once, each checking its answers. */
static long check_threads(const omen_index_vtable *vt, const omen_keyset *k, int verbose)
{
    enum { T = 4 };
    uint64_t *pay = malloc((k->n ? k->n : 1) * sizeof *pay);
    if (!pay)
        return 1;
    for (size_t i = 0; i < k->n; i++)
        pay[i] = i * 0x9E3779B97F4A7C15ull + 1;
    omen_index *ix = NULL;
    omen_error err;
    omen_error_clear(&err);
    if (vt->build(k->keys, pay, k->n, "", &ix, &err) != OMEN_OK) {
        fprintf(stderr, "  %s [%s]: build failed: %s\n", vt->name, k->label, err.msg);
        free(pay);
        return 1;
    }
    pthread_t th[T];
    reader rd[T];
    int started[T] = {0};
    for (int t = 0; t < T; t++) {
        rd[t] = (reader){vt, ix, k->keys, pay, k->n, (uint64_t)t * 31 + 5, verbose, 0};
        started[t] = pthread_create(&th[t], NULL, read_all, &rd[t]) == 0;
        if (!started[t])
            read_all(&rd[t]);
    }
    long bad = 0;
    for (int t = 0; t < T; t++) {
        if (started[t])
            pthread_join(th[t], NULL);
        bad += rd[t].bad;
    }
    vt->free(ix);
    free(pay);
    return bad;
}

static long over_keysets(const omen_index_vtable *vt, const char *params, const omen_keysets *ks,
                         int verbose, FILE *out)
{
    long bad = 0;
    for (size_t s = 0; s < ks->n; s++) {
        long b = conformance_run(vt, params, ks->v[s].keys, ks->v[s].n, ks->v[s].label, 2000,
                                 verbose);
        bad += b < 0 ? 1 : b;
    }
    fprintf(out, "  %-16s %-24s %zu key sets: %ld failures\n", vt->name,
            params[0] ? params : "(defaults)", ks->n, bad);
    return bad;
}

long omen_check_variant(const omen_index_vtable *vt, const omen_keysets *ks, int verbose,
                        FILE *out)
{
    omen_error err;
    if (omen_index_check(vt, &err) != OMEN_OK) {
        fprintf(stderr, "  %s\n", err.msg);
        return 1;
    }
    long bad = check_unknown_param(vt);
    /* A variant that owns its data may walk entries in range(); a stride of
     * 11 (coprime with the 3 or 4 ranges per sample) reaches every kind. */
    conformance_set_range_stride(vt->caps & OMEN_CAP_OWNS_DATA ? 11 : 1);
    bad += over_keysets(vt, "", ks, verbose, out);
    for (size_t p = 0; vt->test_params && vt->test_params[p]; p++)
        bad += over_keysets(vt, vt->test_params[p], ks, verbose, out);

    long tb = 0;
    size_t sets = 0;
    for (size_t s = 0; s < ks->n; s++)
        if (!strcmp(ks->v[s].label, "clustered:200K") || !strcmp(ks->v[s].label, "dups:200K"))
            tb += check_threads(vt, &ks->v[s], verbose), sets++;
    fprintf(out, "  %-16s %-24s %zu key sets from 4 threads: %ld failures\n", vt->name,
            "(threads)", sets, tb);
    bad += tb;

    if (vt->insert) {
        for (size_t p = 0; p == 0 || (vt->test_params && vt->test_params[p - 1]); p++) {
            const char *params = p == 0 ? "" : vt->test_params[p - 1];
            long wb = conformance_updatable(vt, params, 1, verbose);
            fprintf(out, "  %-16s %-24s writes (%s): %ld failures\n", vt->name,
                    params[0] ? params : "(defaults)", vt->erase ? "insert+erase" : "insert",
                    wb);
            bad += wb;
        }
    }
    conformance_set_range_stride(1);
    return bad;
}
