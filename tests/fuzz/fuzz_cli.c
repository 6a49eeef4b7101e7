/* omen-bench's argument parser on arbitrary argument vectors (the bytes
 * split at NUL); it must accept or refuse with a message, never crash. */
#include <stdlib.h>
#include <string.h>

#include "harness/bench.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 4096)
        return 0;
    char *buf = malloc(size + 1);
    memcpy(buf, data, size);
    buf[size] = '\0';
    char *argv[64];
    int argc = 0;
    argv[argc++] = "omen-bench";
    for (char *s = buf; s < buf + size && argc < 63; s += strlen(s) + 1)
        argv[argc++] = s;
    argv[argc] = NULL;
    bench_opts o;
    omen_error err;
    omen_error_clear(&err);
    if (bench_parse_args(argc, argv, &o, &err) != OMEN_OK && err.msg[0] == '\0')
        abort();
    bench_opts_free(&o);
    free(buf);
    return 0;
}
