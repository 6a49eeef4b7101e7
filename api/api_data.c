/* Datasets through the API: a synthetic name or a SOSD file, opened with the
 * same loader omen-bench uses (same bits, same payloads). */
#include <stdlib.h>

#include "api/api_internal.h"
#include "datasets/dataset.h"

struct omen_data {
    omen_dataset ds;
};

int omen_data_open(const char *spec, omen_data **out)
{
    API_NONNULL(out, "omen_data_open");
    *out = NULL;
    API_NONNULL(spec, "omen_data_open");
    omen_data *d = calloc(1, sizeof *d);
    if (!d)
        return api_fail(OMEN_ENOMEM, "omen_data_open: out of memory");
    omen_error err;
    omen_error_clear(&err);
    if (omen_dataset_open(spec, &d->ds, &err) != OMEN_OK) {
        free(d);
        return api_fail_err(&err);
    }
    *out = d;
    return OMEN_OK;
}

size_t omen_data_size(const omen_data *d)
{
    return d ? d->ds.n : 0;
}

const uint64_t *omen_data_keys(const omen_data *d)
{
    return d ? d->ds.keys : NULL;
}

const uint64_t *omen_data_payloads(const omen_data *d)
{
    return d ? d->ds.payloads : NULL;
}

void omen_data_close(omen_data *d)
{
    if (!d)
        return;
    omen_dataset_free(&d->ds);
    free(d);
}
