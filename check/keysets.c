#include "check/keysets.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/rng.h"
#include "datasets/dataset.h"

static uint64_t *add_set(omen_keysets *s, const char *label, size_t n)
{
    omen_keyset *k = &s->v[s->n];
    k->keys = malloc((n ? n : 1) * sizeof *k->keys);
    if (!k->keys)
        return NULL;
    snprintf(k->label, sizeof k->label, "%s", label);
    k->n = n;
    s->n++;
    return k->keys;
}

static int add_fixed(omen_keysets *s, const char *label, const uint64_t *v, size_t n)
{
    uint64_t *k = add_set(s, label, n);
    if (k)
        memcpy(k, v, n * sizeof *v);
    return k ? 0 : -1;
}

static int add_synthetic(omen_keysets *s, const char *name, omen_error *err)
{
    omen_synth_spec spec;
    if (omen_synth_parse(name, &spec, err) != OMEN_OK)
        return -1;
    uint64_t *k = add_set(s, name, spec.n);
    if (!k)
        return omen_errorf(err, OMEN_ENOMEM, "key set %s: out of memory", name);
    return omen_synth_fill(&spec, k, err) == OMEN_OK ? 0 : -1;
}

static int make(omen_keysets *s, omen_error *err)
{
    if (!add_set(s, "empty", 0) || add_fixed(s, "one", (uint64_t[]){42}, 1) ||
        add_fixed(s, "one-zero", (uint64_t[]){0}, 1) ||
        add_fixed(s, "one-max", (uint64_t[]){UINT64_MAX}, 1) ||
        add_fixed(s, "two", (uint64_t[]){5, 9}, 2) ||
        add_fixed(s, "two-equal", (uint64_t[]){7, 7}, 2) ||
        add_fixed(s, "extremes", (uint64_t[]){0, 0, 1, 2, UINT64_MAX - 1, UINT64_MAX, UINT64_MAX},
                  7))
        return omen_errorf(err, OMEN_ENOMEM, "key sets: out of memory");

    uint64_t *k = add_set(s, "all-equal", 1000);
    if (!k)
        return omen_errorf(err, OMEN_ENOMEM, "key sets: out of memory");
    for (size_t i = 0; i < 1000; i++)
        k[i] = 123456789;

    omen_rng r;
    omen_rng_seed(&r, 99);
    if (!(k = add_set(s, "duplicate-runs", 50000)))
        return omen_errorf(err, OMEN_ENOMEM, "key sets: out of memory");
    for (size_t i = 0; i < 50000;) {
        uint64_t v = (i ? k[i - 1] : 0) + 1 + omen_rng_below(&r, 1000);
        size_t run = 1 + (size_t)omen_rng_below(&r, 600);
        for (; run && i < 50000; run--)
            k[i++] = v;
    }
    if (!(k = add_set(s, "top-bit", 20000)))
        return omen_errorf(err, OMEN_ENOMEM, "key sets: out of memory");
    for (size_t i = 0; i < 20000; i++)
        k[i] = (1ull << 63) + i * 3;

    static const char *const synth[] = {
        "uniform_dense:20K", "uniform_sparse:20K", "normal:20K",  "lognormal:20K",
        "zipf_gaps:20K",     "clustered:200K",     "sequential:20K", "outliers:20K",
        "outliers:10",       "lognormal:1M",       "uniform_sparse:1M", "zipf_gaps:1M",
        "dups:200K",         "dups:200K:97",       "steps:200K",
    };
    for (size_t i = 0; i < sizeof synth / sizeof synth[0]; i++)
        if (add_synthetic(s, synth[i], err))
            return -1;
    return 0;
}

int omen_keysets_make(omen_keysets *sets, omen_error *err)
{
    memset(sets, 0, sizeof *sets);
    omen_error_clear(err);
    if (make(sets, err) == 0)
        return OMEN_OK;
    omen_keysets_free(sets);
    return err->code ? err->code : OMEN_EINVAL;
}

void omen_keysets_free(omen_keysets *sets)
{
    for (size_t i = 0; i < sets->n; i++)
        free(sets->v[i].keys);
    sets->n = 0;
}
