/* The per-ISA tables. Private to kernels/: everyone else reaches them through
 * omen_kernels_lookup(), which checks that the CPU can run them first. Each
 * is defined in its own file, compiled with its ISA's flags, and only on the
 * architecture it belongs to. */
#ifndef OMEN_KERNELS_ISA_H
#define OMEN_KERNELS_ISA_H

#include "kernels/kernels.h"

#if defined(__x86_64__)
extern const omen_kernel_table omen_kernels_avx2;   /* kernels_avx2.c */
extern const omen_kernel_table omen_kernels_avx512; /* kernels_avx512.c */
#endif
#if defined(__aarch64__)
extern const omen_kernel_table omen_kernels_neon; /* kernels_neon.c */
#endif

#endif
