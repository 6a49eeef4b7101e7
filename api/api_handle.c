/* Building and releasing an index handle, and what it can say about itself. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "api/api_internal.h"
#include "datasets/dataset.h"
#include "registry/registry.h"

/* The variants' builds assume ascending keys and answer wrongly, not
 * loudly, without them: checked here, once, with the place it breaks. */
static int check_sorted(const uint64_t *keys, size_t n)
{
    for (size_t i = 1; i < n; i++)
        if (keys[i] < keys[i - 1])
            return api_fail(OMEN_EINVAL,
                            "omen_build: keys are not ascending at position %zu: keys[%zu] = "
                            "%llu < keys[%zu] = %llu (sort them first; duplicates are allowed)",
                            i, i, (unsigned long long)keys[i], i - 1,
                            (unsigned long long)keys[i - 1]);
    return OMEN_OK;
}

static int unknown_variant(const char *index)
{
    size_t count;
    const omen_index_vtable *const *all = omen_registry(&count);
    char known[1024] = "";
    for (size_t i = 0; i < count; i++)
        snprintf(known + strlen(known), sizeof known - strlen(known), "%s%s", i ? ", " : "",
                 all[i]->name);
    return api_fail(OMEN_EINVAL, "omen_build: unknown index '%s'; registered: %s", index,
                    known);
}

int omen_build(const char *index, const char *params, const uint64_t *keys,
               const uint64_t *payloads, size_t n, omen_handle **out)
{
    API_NONNULL(out, "omen_build");
    *out = NULL;
    API_NONNULL(index, "omen_build");
    if (!keys && n)
        return api_fail(OMEN_EINVAL, "omen_build: keys is NULL but n = %zu", n);
    if (n > OMEN_MAX_KEYS)
        return api_fail(OMEN_EINVAL, "omen_build: n = %zu keys; at most %llu are supported", n,
                        OMEN_MAX_KEYS);
    int rc = api_init();
    if (rc)
        return rc;
    const omen_index_vtable *vt = omen_registry_find(index);
    if (!vt)
        return unknown_variant(index);
    if ((rc = check_sorted(keys, n)))
        return rc;
    omen_handle *h = calloc(1, sizeof *h);
    if (!h)
        return api_fail(OMEN_ENOMEM, "omen_build: out of memory");
    if (!payloads) {
        h->own_payloads = malloc((n ? n : 1) * sizeof *h->own_payloads);
        if (!h->own_payloads) {
            free(h);
            return api_fail(OMEN_ENOMEM, "omen_build: no memory for %zu payloads", n);
        }
        for (size_t i = 0; i < n; i++)
            h->own_payloads[i] = i;
        payloads = h->own_payloads;
    }
    /* A variant may keep the pointers: never hand it NULL for an empty set. */
    static const uint64_t none[1] = {0};
    omen_error err;
    omen_error_clear(&err);
    rc = vt->build(keys ? keys : none, payloads, n, params ? params : "", &h->ix, &err);
    if (rc) {
        free(h->own_payloads);
        free(h);
        const char *msg = err.msg[0] ? err.msg : "build failed";
        /* Most variants' messages name them already. */
        if (strstr(msg, vt->name))
            return api_fail(err.code ? err.code : rc, "omen_build: %s", msg);
        return api_fail(err.code ? err.code : rc, "omen_build: index %s: %s", vt->name, msg);
    }
    h->vt = vt;
    h->n = n;
    *out = h;
    return OMEN_OK;
}

int omen_stats_get(const omen_handle *h, omen_stats *out)
{
    API_NONNULL(h, "omen_stats_get");
    API_NONNULL(out, "omen_stats_get");
    memset(out, 0, sizeof *out);
    out->n = h->n;
    out->size_bytes = h->vt->size_bytes(h->ix);
    if (!h->vt->stats)
        return OMEN_OK; /* not a learned index: no model to describe */
    omen_index_stats st;
    memset(&st, 0, sizeof st);
    if (h->vt->stats(h->ix, &st) != OMEN_OK)
        return api_fail(OMEN_EINTERNAL, "omen_stats_get: index %s failed to report its "
                        "statistics", h->vt->name);
    out->mean_abs_error = st.mean_abs_error;
    out->max_abs_error = st.max_abs_error;
    out->models = st.models;
    snprintf(out->note, sizeof out->note, "%s", st.note);
    return OMEN_OK;
}

size_t omen_size_bytes(const omen_handle *h)
{
    return h ? h->vt->size_bytes(h->ix) : 0;
}

const char *omen_handle_variant(const omen_handle *h)
{
    return h ? h->vt->name : NULL;
}

void omen_close(omen_handle *h)
{
    if (!h)
        return;
    h->vt->free(h->ix);
    free(h->own_payloads);
    free(h);
}
