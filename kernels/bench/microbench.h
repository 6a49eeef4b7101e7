/* The microbenchmarks' C side, called by the Google Benchmark shim
 * (microbench_shim.cc, the project's only C++ file). A case is one kernel
 * with one argument (window, node width, batch size or range length); an
 * iteration runs that kernel over a fixed set of pre-generated inputs. */
#ifndef OMEN_MICROBENCH_H
#define OMEN_MICROBENCH_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct omen_mb_case {
    const char *kernel;   /* kernel table entry, e.g. "lower_bound" */
    const char *arg_name; /* what the argument is, e.g. "window" */
    const size_t *args;
    size_t nargs;
} omen_mb_case;

typedef struct omen_mb omen_mb;

/* Every case, in the order the table is printed. */
const omen_mb_case *omen_mb_cases(size_t *count);

/* 1 when the kernels of `isa` can run on this machine. */
int omen_mb_isa_available(const char *isa);

/* Inputs for case `kase` at argument `arg` (NULL when memory runs out).
 * They do not depend on the ISA, so one set serves every ISA in turn. */
omen_mb *omen_mb_new(size_t kase, size_t arg);

/* Selects the ISA whose kernels omen_mb_run() calls; 0 if unavailable. */
int omen_mb_use(omen_mb *m, const char *isa);

/* One iteration. Returns a checksum of the answers so none is optimised away. */
uint64_t omen_mb_run(omen_mb *m);

/* Answers (searches, predictions, sums) one iteration computes. */
size_t omen_mb_items(const omen_mb *m);

void omen_mb_free(omen_mb *m);

#ifdef __cplusplus
}
#endif

#endif
