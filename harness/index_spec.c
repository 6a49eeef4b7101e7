#include "harness/index_spec.h"

#include <stdio.h>
#include <string.h>

#include "registry/registry.h"

void omen_index_spec_split(const char *text, omen_index_spec *out)
{
    const char *colon = strchr(text, ':');
    size_t len = colon ? (size_t)(colon - text) : strlen(text);
    snprintf(out->name, sizeof out->name, "%.*s", (int)len, text);
    out->params = colon ? colon + 1 : "";
    out->vt = omen_registry_find(out->name);
}

int omen_index_spec_resolve(const char *text, omen_index_spec *out, omen_error *err)
{
    omen_index_spec_split(text, out);
    if (out->vt)
        return OMEN_OK;
    size_t count;
    const omen_index_vtable *const *all = omen_registry(&count);
    char known[512] = "";
    for (size_t i = 0; i < count; i++)
        snprintf(known + strlen(known), sizeof known - strlen(known), "%s%s", i ? ", " : "",
                 all[i]->name);
    return omen_errorf(err, OMEN_EINVAL, "unknown index '%s'; registered: %s (see --list)",
                       out->name, known);
}
