/* Synthetic dataset names DIST:N[:seed] and workload names: parse anything;
 * what parses with a small N must generate sorted keys. */
#include <stdlib.h>
#include <string.h>

#include "datasets/dataset.h"
#include "datasets/workload.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char s[128];
    if (size >= sizeof s)
        size = sizeof s - 1;
    memcpy(s, data, size);
    s[size] = '\0';
    omen_error err;
    omen_synth_spec spec;
    if (omen_synth_parse(s, &spec, &err) == OMEN_OK) {
        if (spec.n == 0 || !omen_synth_is_name(s))
            abort();
        if (spec.n <= 5000) {
            uint64_t *keys = malloc(spec.n * sizeof *keys);
            if (omen_synth_fill(&spec, keys, &err) != OMEN_OK)
                abort();
            for (size_t i = 1; i < spec.n; i++)
                if (keys[i] < keys[i - 1])
                    abort();
            free(keys);
        }
    } else if (err.msg[0] == '\0') {
        abort();
    }
    omen_workload_spec ws;
    if (omen_workload_parse(s, &ws, &err) != OMEN_OK && err.msg[0] == '\0')
        abort();
    return 0;
}
