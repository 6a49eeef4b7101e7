/* Build + lookup of every registered index on fuzzer-chosen small sorted key
 * sets: the bytes become keys (sorted), every answer is checked against the
 * oracle, so the fuzzer finds wrong answers, not just crashes.
 * Byte 0 picks the index, byte 1 its parameter set (defaults or one of its
 * test_params), byte 2 how keys are spread (raw 64-bit, small deltas). */
#include <stdlib.h>
#include <string.h>

#include "datasets/dataset.h"
#include "indexes/index.h"
#include "registry/registry.h"
#include "check/conformance.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return (x > y) - (x < y);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 3)
        return 0;
    size_t count;
    const omen_index_vtable *const *all = omen_registry(&count);
    const omen_index_vtable *vt = all[data[0] % count];
    size_t np = 0;
    while (vt->test_params && vt->test_params[np])
        np++;
    size_t pick = data[1] % (np + 1);
    const char *params = pick == 0 ? "" : vt->test_params[pick - 1];
    int deltas = data[2] & 1;
    data += 3;
    size -= 3;
    size_t n = size / 8;
    if (n > 4096)
        n = 4096;
    uint64_t *keys = malloc((n ? n : 1) * sizeof *keys);
    uint64_t acc = 0;
    for (size_t i = 0; i < n; i++) {
        uint64_t v;
        memcpy(&v, data + 8 * i, 8);
        if (deltas) {
            acc += v >> 40; /* small gaps with duplicates and long runs */
            keys[i] = acc;
        } else {
            keys[i] = v;
        }
    }
    qsort(keys, n, sizeof *keys, cmp_u64);
    long bad = conformance_run(vt, params, keys, n, "fuzz", 64, 3);
    free(keys);
    if (bad != 0)
        abort(); /* a wrong answer (or a build failure on valid keys) */
    return 0;
}
