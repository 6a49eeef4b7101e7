/* SIMD kernels behind one dispatch table, chosen once at start-up.
 *
 * Organised the way xxHash and zstd organise their SIMD code: a portable
 * scalar reference (kernels_scalar.c) that every ISA's variant is tested
 * against, each ISA in its own file compiled with its own flags, and
 * OMEN_ISA=scalar|avx2|avx512|neon to force one. */
#ifndef OMEN_KERNELS_H
#define OMEN_KERNELS_H

#include <stddef.h>
#include <stdint.h>

#include "common/error.h"

typedef struct omen_kernel_table {
    const char *isa;
    /* First i in [lo, hi) with keys[i] >= key, or hi when there is none. */
    size_t (*lower_bound)(const uint64_t *keys, size_t lo, size_t hi, uint64_t key);
    /* Sum of v[i..j), wrapping modulo 2^64. */
    uint64_t (*sum)(const uint64_t *v, size_t i, size_t j);
} omen_kernel_table;

/* The dispatch table in use. Starts as scalar; omen_kernels_init() picks
 * the best the CPU supports (or the one OMEN_ISA names). */
extern const omen_kernel_table *omen_kernels;

/* Scalar reference; always present. */
extern const omen_kernel_table omen_kernels_scalar;

/* Selects the ISA: name == NULL means OMEN_ISA from the environment, or the
 * best available when that is unset. Asking for an ISA this CPU or build
 * lacks is an error. Not thread-safe: call before starting threads. */
int omen_kernels_init(const char *name, omen_error *err);

/* The table for an ISA name, or NULL when it is unknown or unsupported here. */
const omen_kernel_table *omen_kernels_lookup(const char *name);

/* Comma-separated list of ISAs usable on this machine, best last. */
const char *omen_kernels_available(void);

#endif
