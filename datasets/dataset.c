/* What every dataset source shares: payloads, hashing, freeing. */
#include "datasets/dataset.h"

#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#define XXH_STATIC_LINKING_ONLY /* XXH3_state_t on the stack */
#include <xxhash.h>

#include "common/alloc.h"
#include "common/rng.h"

uint64_t omen_payload_of_rank(size_t rank)
{
    return omen_mix64((uint64_t)rank);
}

uint64_t omen_keys_hash(const uint64_t *keys, size_t n)
{
    /* Hash exactly the bytes of the SOSD file, so a generated dataset and
     * the same keys written to disk have the same hash. */
    XXH3_state_t st;
    uint64_t count = n;
    XXH3_64bits_reset(&st);
    XXH3_64bits_update(&st, &count, sizeof count);
    if (n)
        XXH3_64bits_update(&st, keys, n * sizeof *keys);
    return XXH3_64bits_digest(&st);
}

/* Finishes a dataset whose keys are in place: payloads and hash. */
static int dataset_finish(omen_dataset *d, omen_error *err)
{
    if (!d->payloads)
        d->payloads = omen_alloc((d->n ? d->n : 1) * sizeof *d->payloads);
    if (!d->payloads)
        return omen_errorf(err, OMEN_ENOMEM,
                           "not enough memory for dataset %s (needs ~%.1f GiB for payloads)",
                           d->name, (double)d->n * 8 / (1u << 30));
    for (size_t i = 0; i < d->n; i++)
        d->payloads[i] = omen_payload_of_rank(i);
    d->hash = omen_keys_hash(d->keys, d->n);
    return OMEN_OK;
}

int omen_dataset_from_keys(const char *name, const uint64_t *keys, size_t n,
                           omen_dataset *out, omen_error *err)
{
    memset(out, 0, sizeof *out);
    snprintf(out->name, sizeof out->name, "%s", name);
    out->keys = keys;
    out->n = n;
    int rc = dataset_finish(out, err);
    if (rc)
        omen_dataset_free(out);
    return rc;
}

/* Shared by the loader and the generator (declared in dataset_internal.h). */
int omen_dataset_finish(omen_dataset *d, omen_error *err)
{
    int rc = dataset_finish(d, err);
    if (rc)
        omen_dataset_free(d);
    return rc;
}

void omen_dataset_free(omen_dataset *d)
{
    if (d->map)
        munmap(d->map, d->map_len);
    omen_free(d->owned_keys);
    omen_free(d->payloads);
    memset(d, 0, sizeof *d);
}
