/* Arbitrary bytes as a SOSD file: the loader must refuse bad files with a
 * message and accept good ones, never crash or read out of bounds. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "datasets/dataset.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static char path[64];
    if (!path[0])
        snprintf(path, sizeof path, "/tmp/omen-fuzz-sosd-%ld.bin", (long)getpid());
    FILE *f = fopen(path, "wb");
    if (!f)
        return 0;
    fwrite(data, 1, size, f);
    fclose(f);
    omen_dataset d;
    omen_error err;
    omen_error_clear(&err);
    if (omen_dataset_load_sosd(path, &d, &err) == OMEN_OK) {
        /* Accepted: it must be what the format says. */
        uint64_t n;
        memcpy(&n, data, 8);
        if (size != 8 + 8 * n || d.n != n)
            abort();
        for (size_t i = 1; i < d.n; i++)
            if (d.keys[i] < d.keys[i - 1])
                abort();
        omen_dataset_free(&d);
    } else if (err.msg[0] == '\0' || !strstr(err.msg, path)) {
        abort(); /* every refusal names the file */
    }
    return 0;
}
