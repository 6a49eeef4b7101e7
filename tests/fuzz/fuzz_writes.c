/* Random write sequences on every in-memory updatable variant (those with
 * insert and erase whose reads cannot fail: btree_dyn, dpgm, gapped; the
 * RocksDB-backed ones are left to test_updatable, a build there costs
 * milliseconds of disk). Every answer is checked against the dynamic oracle
 * (check/updatable_run.h), so the fuzzer finds wrong answers, not just
 * crashes.
 *
 * Input: byte 0 picks the variant, byte 1 its parameter set (defaults or
 * one of its test_params), byte 2 the key scale (how far apart small keys
 * are: duplicates and dense runs, or spread), byte 3 the bulk load (up to
 * 255 * 4 keys from a seed). Then operations of one byte each, followed by
 * the bytes their key takes: insert, erase, get, range, a run of inserts
 * (splits, expansions, merges) and a run of erases of present keys. */
#include <stdlib.h>
#include <string.h>

#include "common/rng.h"
#include "indexes/index.h"
#include "registry/registry.h"
#include "check/conformance.h"
#include "check/updatable_run.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

enum { MAX_ENTRIES = 1 << 12 };

typedef struct input {
    const uint8_t *p;
    size_t left;
} input;

static uint8_t take(input *in)
{
    if (!in->left)
        return 0;
    in->left--;
    return *in->p++;
}

/* A key: small (times the scale) for duplicates and neighbours, a present
 * key or its neighbour, a corner of the key space, or 8 raw bytes. */
static uint64_t key_of(input *in, const run *r, uint64_t scale)
{
    uint8_t b = take(in);
    if (b < 160)
        return (uint64_t)b * scale;
    if (b < 208) {
        if (!r->d.n)
            return b;
        uint64_t k = r->d.k[(((size_t)take(in) << 8) | take(in)) % r->d.n];
        return b % 3 == 0 ? k : b % 3 == 1 ? k + 1 : k - 1;
    }
    switch (b) {
    case 208: return 0;
    case 209: return 1;
    case 210: return UINT64_MAX;
    case 211: return UINT64_MAX - 1;
    case 212: return 1ull << 63;
    default: break;
    }
    uint64_t k = 0;
    for (int i = 0; i < 8; i++)
        k = k << 8 | take(in);
    return k;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 4)
        return 0;
    size_t count, nvar = 0;
    const omen_index_vtable *const *all = omen_registry(&count);
    const omen_index_vtable *vars[64];
    for (size_t i = 0; i < count && nvar < 64; i++)
        if (all[i]->insert && all[i]->erase && !all[i]->read_error)
            vars[nvar++] = all[i];
    if (!nvar)
        abort(); /* the updatable variants went missing from the registry */
    /* Small sets and nodes reach the splits and merges; a range check in
     * eight keeps thousands of inputs a minute under the sanitizers. */
    conformance_set_range_stride(8);
    input in = {data, size};
    const omen_index_vtable *vt = vars[take(&in) % nvar];
    size_t np = 0;
    while (vt->test_params && vt->test_params[np])
        np++;
    size_t pick = take(&in) % (np + 1);
    const char *params = pick == 0 ? "" : vt->test_params[pick - 1];
    static const uint64_t scales[] = {1, 3, 1000, 1ull << 20, 1ull << 40, 1ull << 56};
    uint64_t scale = scales[take(&in) % (sizeof scales / sizeof scales[0])];

    /* The bulk load: n keys from a seed, ascending in steps of 0, 1 or 2
     * times the scale (duplicates and gaps), so later writes land among them. */
    size_t n = (size_t)take(&in) * 4;
    uint64_t *keys = malloc((n ? n : 1) * sizeof *keys);
    omen_rng g;
    omen_rng_seed(&g, size);
    for (size_t i = 0, v = 0; i < n; i++, v += omen_rng_below(&g, 3))
        if (__builtin_mul_overflow((uint64_t)v, scale, &keys[i]))
            keys[i] = UINT64_MAX; /* saturate: the bulk load must stay sorted */

    run r;
    int ok = run_start(&r, vt, params, "fuzz", keys, n, 5);
    free(keys);
    for (size_t op = 0; ok && in.left && op < 4096; op++) {
        uint8_t o = take(&in);
        uint64_t k = key_of(&in, &r, scale);
        switch (o % 8) {
        case 0:
        case 1:
        case 2:
            run_insert(&r, k);
            break;
        case 3:
            run_erase(&r, k);
            break;
        case 4:
            run_check_get(&r, k);
            break;
        case 5:
            run_check_range(&r, k, k + (uint64_t)take(&in) * scale);
            break;
        case 6: { /* a run of inserts: k, k + step, ... (or one key again and again) */
            size_t m = (size_t)take(&in) * 4;
            if (r.d.n + m > MAX_ENTRIES) /* the oracle's memmove keeps inputs fast */
                m = r.d.n < MAX_ENTRIES ? MAX_ENTRIES - r.d.n : 0;
            uint64_t step = (uint64_t)(o >> 3) * scale;
            for (size_t i = 0; i < m; i++)
                run_insert(&r, k + step * i);
            break;
        }
        default: /* a run of erases of present keys */
            for (size_t i = (size_t)take(&in) * 2; i > 0 && r.d.n; i--)
                run_erase(&r, r.d.k[(k + i * 7919) % r.d.n]);
            break;
        }
        if (r.bad)
            break;
    }
    if (ok && !r.bad)
        run_checkpoint(&r, size);
    if (run_finish(&r) != 0)
        abort(); /* a wrong answer, a failed write or a build failure on valid keys */
    return 0;
}
