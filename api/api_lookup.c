/* Lookups and writes on a handle: the vtable's entries, with its defaults
 * (omen_index_get/omen_index_range) and a loop where a batch entry is
 * absent. Read paths check arguments only: the hot loop stays the index's. */
#include <stdio.h>
#include <string.h>

#include "api/api_internal.h"
#include "registry/registry.h"

int omen_get(const omen_handle *h, uint64_t key, uint64_t *payload)
{
    if (!h || !payload)
        return api_fail(OMEN_EINVAL, "omen_get: %s is NULL", h ? "payload" : "h"), 0;
    return omen_index_get(h->vt, h->ix, key, payload);
}

static int no_ranks(const omen_handle *h, const char *fn)
{
    return api_fail(OMEN_ENOTSUP,
                    "%s: index %s keeps its own data and has no ranks into the key array "
                    "(use omen_get or omen_range)", fn, h->vt->name);
}

int omen_lower_bound(const omen_handle *h, uint64_t key, size_t *rank)
{
    API_NONNULL(h, "omen_lower_bound");
    API_NONNULL(rank, "omen_lower_bound");
    if (!h->vt->lower_bound)
        return no_ranks(h, "omen_lower_bound");
    *rank = h->vt->lower_bound(h->ix, key);
    return OMEN_OK;
}

int omen_range(const omen_handle *h, uint64_t lo, uint64_t hi, uint64_t *count, uint64_t *sum)
{
    API_NONNULL(h, "omen_range");
    API_NONNULL(count, "omen_range");
    API_NONNULL(sum, "omen_range");
    omen_range_result r = omen_index_range(h->vt, h->ix, lo, hi);
    *count = r.count;
    *sum = r.sum;
    return OMEN_OK;
}

int omen_get_batch(const omen_handle *h, const uint64_t *keys, size_t count,
                   uint64_t *payloads, uint8_t *found)
{
    API_NONNULL(h, "omen_get_batch");
    if (count && (!keys || !payloads || !found))
        return api_fail(OMEN_EINVAL, "omen_get_batch: %s is NULL with count = %zu",
                        !keys ? "keys" : !payloads ? "payloads" : "found", count);
    if (h->vt->get_batch) {
        h->vt->get_batch(h->ix, keys, count, payloads, found);
        return OMEN_OK;
    }
    for (size_t i = 0; i < count; i++)
        found[i] = (uint8_t)omen_index_get(h->vt, h->ix, keys[i], &payloads[i]);
    return OMEN_OK;
}

int omen_lower_bound_batch(const omen_handle *h, const uint64_t *keys, size_t count,
                           size_t *ranks)
{
    API_NONNULL(h, "omen_lower_bound_batch");
    if (count && (!keys || !ranks))
        return api_fail(OMEN_EINVAL, "omen_lower_bound_batch: %s is NULL with count = %zu",
                        !keys ? "keys" : "ranks", count);
    if (!h->vt->lower_bound)
        return no_ranks(h, "omen_lower_bound_batch");
    if (h->vt->lower_bound_batch) {
        h->vt->lower_bound_batch(h->ix, keys, count, ranks);
        return OMEN_OK;
    }
    for (size_t i = 0; i < count; i++)
        ranks[i] = h->vt->lower_bound(h->ix, keys[i]);
    return OMEN_OK;
}

/* Names the variants that do take the write, from the registry. */
static int no_writes(const omen_handle *h, const char *fn, const char *what, int erase)
{
    size_t count;
    const omen_index_vtable *const *all = omen_registry(&count);
    char can[512] = "";
    for (size_t i = 0; i < count; i++)
        if (erase ? all[i]->erase != NULL : all[i]->insert != NULL)
            snprintf(can + strlen(can), sizeof can - strlen(can), "%s%s", can[0] ? ", " : "",
                     all[i]->name);
    return api_fail(OMEN_ENOTSUP, "%s: index %s cannot %s; these can: %s", fn, h->vt->name,
                    what, can);
}

int omen_insert(omen_handle *h, uint64_t key, uint64_t payload)
{
    API_NONNULL(h, "omen_insert");
    if (!h->vt->insert)
        return no_writes(h, "omen_insert", "insert", 0);
    omen_error err;
    omen_error_clear(&err);
    int rc = h->vt->insert(h->ix, key, payload, &err);
    if (rc)
        return api_fail(err.code ? err.code : rc, "omen_insert: index %s: %s", h->vt->name,
                        err.msg[0] ? err.msg : "insert failed");
    h->n++;
    return OMEN_OK;
}

int omen_erase(omen_handle *h, uint64_t key)
{
    if (!h)
        return api_fail(OMEN_EINVAL, "omen_erase: h is NULL"), -1;
    if (!h->vt->erase)
        return no_writes(h, "omen_erase", "erase", 1), -1;
    omen_error err;
    omen_error_clear(&err);
    int rc = h->vt->erase(h->ix, key, &err);
    if (rc < 0)
        return api_fail(err.code ? err.code : OMEN_EINTERNAL, "omen_erase: index %s: %s",
                        h->vt->name, err.msg[0] ? err.msg : "erase failed"), -1;
    h->n -= (size_t)rc;
    return rc;
}
