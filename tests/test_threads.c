/* Every registered index's read operations from 2, 4 and 8 threads at once
 * against one built index, every answer checked against the oracle. Plain
 * pthreads, so ThreadSanitizer (make test-tsan) sees real races only. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#include "datasets/dataset.h"
#include "indexes/index.h"
#include "registry/registry.h"
#include "tests/check.h"
#include "check/conformance.h"

typedef struct job {
    const omen_index_vtable *vt;
    const omen_index *ix;
    const omen_dataset *d;
    uint64_t seed;
    long bad;
} job;

static void *reader(void *p)
{
    job *j = p;
    j->bad = conformance_check_built(j->vt, j->ix, j->d->keys, j->d->payloads, j->d->n,
                                     "threads", 3000, j->seed, 3);
    return NULL;
}

int main(void)
{
    static const char *const sets[] = {"lognormal:200K", "zipf_gaps:200K", "outliers:100K"};
    size_t count;
    const omen_index_vtable *const *all = omen_registry(&count);
    for (size_t s = 0; s < sizeof sets / sizeof sets[0]; s++) {
        omen_dataset d;
        omen_error err;
        if (omen_dataset_open(sets[s], &d, &err) != OMEN_OK) {
            CHECK(0, "%s", err.msg);
            continue;
        }
        for (size_t i = 0; i < count; i++) {
            omen_index *ix = NULL;
            if (all[i]->build(d.keys, d.payloads, d.n, "", &ix, &err) != OMEN_OK) {
                CHECK(0, "%s: %s", all[i]->name, err.msg);
                continue;
            }
            /* RocksDB-backed variants walk their entries in range(); this
             * test is about sharing, not range coverage (the conformance
             * suite has that), so they check a sample of the ranges. */
            conformance_set_range_stride(all[i]->caps & OMEN_CAP_OWNS_DATA ? 31 : 1);
            for (int nt = 2; nt <= 8; nt *= 2) {
                pthread_t th[8];
                job jobs[8];
                for (int t = 0; t < nt; t++) {
                    jobs[t] = (job){all[i], ix, &d, (uint64_t)(t * 7 + nt), 0};
                    CHECK(pthread_create(&th[t], NULL, reader, &jobs[t]) == 0, "pthread_create");
                }
                long bad = 0;
                for (int t = 0; t < nt; t++) {
                    pthread_join(th[t], NULL);
                    bad += jobs[t].bad;
                }
                CHECK(bad == 0, "%s on %s with %d threads: %ld wrong answers", all[i]->name,
                      sets[s], nt, bad);
            }
            all[i]->free(ix);
        }
        printf("  %s: %zu indexes read from 2, 4 and 8 threads at once\n", sets[s], count);
        omen_dataset_free(&d);
    }
    return check_report("test_threads");
}
