/* Fault injection: make the N-th allocation fail, for every N a build or a
 * load reaches. Each must return OMEN_ENOMEM with a message and leave
 * nothing allocated (the ASan build checks for leaks), never crash. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/alloc.h"
#include "datasets/dataset.h"
#include "datasets/workload.h"
#include "indexes/index.h"
#include "registry/registry.h"
#include "tests/check.h"

typedef int (*attempt_fn)(const void *ctx, omen_error *err);

/* Runs f with a failure injected at allocation 1, 2, ... until a run makes
 * fewer allocations than the failure point (every site has then failed once).
 * Returns the number of allocation sites. degrade_ok: the code may instead
 * carry on without the block (an optional copy), which must then succeed. */
static unsigned long every_allocation(const char *what, attempt_fn f, const void *ctx,
                                      int degrade_ok)
{
    for (unsigned long k = 1; k < 100000; k++) {
        omen_error err;
        omen_error_clear(&err);
        omen_alloc_fail_after(k);
        int rc = f(ctx, &err);
        unsigned long made = omen_alloc_fail_after(0);
        if (made < k) {
            CHECK(rc == OMEN_OK, "%s: failed with no injected fault: %s", what, err.msg);
            return k - 1;
        }
        if (degrade_ok && rc == OMEN_OK)
            continue;
        CHECK(rc == OMEN_ENOMEM, "%s: allocation %lu of %lu failed, but the result was %d (%s)",
              what, k, made, rc, err.msg);
        CHECK(err.msg[0] != '\0', "%s: allocation %lu failed without a message", what, k);
    }
    CHECK(0, "%s: more than 100000 allocations", what);
    return 0;
}

typedef struct build_ctx {
    const omen_index_vtable *vt;
    const char *params;
    const omen_dataset *d;
} build_ctx;

static int attempt_build(const void *p, omen_error *err)
{
    const build_ctx *c = p;
    omen_index *ix = NULL;
    int rc = c->vt->build(c->d->keys, c->d->payloads, c->d->n, c->params, &ix, err);
    if (rc == OMEN_OK) {
        uint64_t pay;
        /* The built index must work even though earlier attempts failed. */
        if (!omen_index_get(c->vt, ix, c->d->keys[c->d->n / 2], &pay)) {
            c->vt->free(ix);
            return omen_errorf(err, OMEN_EINTERNAL, "built index misses a present key");
        }
        c->vt->free(ix);
    }
    return rc;
}

static int attempt_generate(const void *p, omen_error *err)
{
    omen_dataset d;
    int rc = omen_dataset_generate(p, &d, err);
    if (rc == OMEN_OK)
        omen_dataset_free(&d);
    return rc;
}

static int attempt_load(const void *p, omen_error *err)
{
    omen_dataset d;
    int rc = omen_dataset_load_sosd(p, &d, err);
    if (rc == OMEN_OK)
        omen_dataset_free(&d);
    return rc;
}

static int attempt_workload(const void *p, omen_error *err)
{
    const omen_dataset *d = p;
    static const char *const names[] = {"point", "range:10", "mixed:20"};
    for (int i = 0; i < 3; i++) {
        omen_workload_spec ws;
        omen_workload w;
        omen_workload_parse(names[i], &ws, err);
        int rc = omen_workload_make(&ws, d, 1000, 3, &w, err);
        if (rc)
            return rc;
        omen_workload_free(&w);
    }
    return OMEN_OK;
}

int main(void)
{
    omen_dataset d;
    omen_error err;
    if (omen_dataset_open("lognormal:300K", &d, &err) != OMEN_OK) {
        fprintf(stderr, "%s\n", err.msg);
        return 1;
    }
    size_t count;
    const omen_index_vtable *const *all = omen_registry(&count);
    for (size_t i = 0; i < count; i++) {
        build_ctx c = {all[i], "", &d};
        unsigned long sites = every_allocation(all[i]->name, attempt_build, &c, 0);
        printf("  %-12s build: %lu allocations, each failed once: clean ENOMEM\n",
               all[i]->name, sites);
        for (size_t p = 0; all[i]->test_params && all[i]->test_params[p]; p++) {
            build_ctx cp = {all[i], all[i]->test_params[p], &d};
            every_allocation(all[i]->name, attempt_build, &cp, 0);
        }
    }
    unsigned long s = every_allocation("generate", attempt_generate, "uniform_sparse:3M", 0);
    printf("  dataset generation: %lu allocations\n", s);
    const char *path = "/tmp/omen-test-faults.bin";
    CHECK(omen_sosd_write(path, d.keys, d.n, &err) == OMEN_OK, "%s", err.msg);
    /* The copy of the keys into huge-page memory is optional: without it the
     * file stays mapped. */
    s = every_allocation("load", attempt_load, path, 1);
    printf("  SOSD load: %lu allocations\n", s);
    remove(path);
    s = every_allocation("workloads", attempt_workload, &d, 0);
    printf("  workloads: %lu allocations\n", s);
    omen_dataset_free(&d);
    return check_report("test_faults");
}
