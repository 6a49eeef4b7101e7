/* Prints the sizes and offsets a C compiler gives omen.h's structs, as
 * JSON, so python/tests/test_layout.py can hold the ctypes declarations
 * of python/omen/_lib.py to them. */
#include <stddef.h>
#include <stdio.h>

#include "omen.h"

#define FIELD(s, f) printf("%s\"%s\": [%zu, %zu]", first++ ? ", " : "", #f, \
                           offsetof(s, f), sizeof(((s *)0)->f))

int main(void)
{
    int first = 0;
    printf("{\"omen_stats\": {\"size\": %zu, \"fields\": {", sizeof(omen_stats));
    FIELD(omen_stats, n); FIELD(omen_stats, size_bytes); FIELD(omen_stats, mean_abs_error);
    FIELD(omen_stats, max_abs_error); FIELD(omen_stats, models); FIELD(omen_stats, note);
    first = 0;
    printf("}},\n \"omen_bench_opts\": {\"size\": %zu, \"fields\": {", sizeof(omen_bench_opts));
    FIELD(omen_bench_opts, threads); FIELD(omen_bench_opts, ops); FIELD(omen_bench_opts, repeat);
    FIELD(omen_bench_opts, isa);
    first = 0;
    printf("}},\n \"omen_bench_result\": {\"size\": %zu, \"fields\": {", sizeof(omen_bench_result));
    FIELD(omen_bench_result, dataset); FIELD(omen_bench_result, n); FIELD(omen_bench_result, index);
    FIELD(omen_bench_result, params); FIELD(omen_bench_result, workload);
    FIELD(omen_bench_result, threads); FIELD(omen_bench_result, isa); FIELD(omen_bench_result, ops);
    FIELD(omen_bench_result, ns_per_op); FIELD(omen_bench_result, ns_min);
    FIELD(omen_bench_result, ns_max); FIELD(omen_bench_result, mops);
    FIELD(omen_bench_result, build_ms); FIELD(omen_bench_result, size_bytes);
    FIELD(omen_bench_result, valid); FIELD(omen_bench_result, cv);
    FIELD(omen_bench_result, p50_ns); FIELD(omen_bench_result, p99_ns);
    FIELD(omen_bench_result, p999_ns); FIELD(omen_bench_result, keys_after);
    printf("}}}\n");
    return 0;
}
