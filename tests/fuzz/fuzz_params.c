/* Index parameter strings for every registered index: a build either
 * succeeds or fails with EINVAL and a message naming the index. The first
 * byte picks the index. */
#include <stdlib.h>
#include <string.h>

#include "indexes/index.h"
#include "registry/registry.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    size_t count;
    const omen_index_vtable *const *all = omen_registry(&count);
    const omen_index_vtable *vt = all[data[0] % count];
    char params[256];
    size_t len = size - 1 < sizeof params - 1 ? size - 1 : sizeof params - 1;
    memcpy(params, data + 1, len);
    params[len] = '\0';
    /* dir= names a place in the file system (rocksdb, hotcold): a fuzzer
     * must not create directories wherever its bytes point, and whether a
     * path is usable is a fact about the machine, not about the string. */
    if (strstr(params, "dir="))
        return 0;
    static const uint64_t keys[5] = {1, 2, 2, 40, UINT64_MAX}, pay[5] = {5, 6, 7, 8, 9};
    omen_index *ix = NULL;
    omen_error err;
    omen_error_clear(&err);
    int rc = vt->build(keys, pay, 5, params, &ix, &err);
    if (rc == OMEN_OK) {
        uint64_t p;
        if (!omen_index_get(vt, ix, 40, &p) || p != 8 || omen_index_get(vt, ix, 3, &p))
            abort();
        vt->free(ix);
    } else if (rc != OMEN_EINVAL || !strstr(err.msg, vt->name)) {
        abort();
    }
    return 0;
}
