/* Chooses the kernel table once. The only mutable global besides the index
 * registry, and written only by omen_kernels_init().
 *
 * An ISA is usable when this build has code for it (its file is compiled on
 * this architecture only) and the CPU and OS support it. On x86-64 cpuid
 * says what the CPU has, but a vector register file the OS does not save on
 * a context switch is unusable all the same, so XCR0 (xgetbv) must show the
 * YMM (and for AVX-512 the opmask and ZMM) state enabled too. */
#include <stdlib.h>
#include <string.h>

#include "kernels/kernels_isa.h"

#if defined(__x86_64__)
#include <cpuid.h>
#endif
#if defined(__aarch64__) && defined(__linux__)
#include <sys/auxv.h>
#endif

const omen_kernel_table *omen_kernels = &omen_kernels_scalar;

/* Every ISA name omen knows, worst first, whether or not this build has it. */
static const char *const known[] = {"scalar", "avx2", "avx512", "neon"};
enum { NKNOWN = sizeof known / sizeof known[0] };

static const omen_kernel_table *table_of(const char *name)
{
    if (strcmp(name, "scalar") == 0)
        return &omen_kernels_scalar;
#if defined(__x86_64__)
    if (strcmp(name, "avx2") == 0)
        return &omen_kernels_avx2;
    if (strcmp(name, "avx512") == 0)
        return &omen_kernels_avx512;
#endif
#if defined(__aarch64__)
    if (strcmp(name, "neon") == 0)
        return &omen_kernels_neon;
#endif
    return NULL;
}

#if defined(__x86_64__)
static uint64_t xcr0(void)
{
    uint32_t lo, hi;
    /* The instruction, not _xgetbv(), which would need -mxsave for this file. */
    __asm__ volatile("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
    return (uint64_t)hi << 32 | lo;
}

/* NULL when the CPU and OS can run the ISA, else what is missing. */
static const char *x86_missing(int avx512)
{
    enum {
        L1C_POPCNT = 1u << 23, L1C_OSXSAVE = 1u << 27, L1C_AVX = 1u << 28,
        L7B_AVX2 = 1u << 5, L7B_AVX512F = 1u << 16, L7B_AVX512DQ = 1u << 17,
        L7B_AVX512BW = 1u << 30,
    };
    const unsigned L7B_AVX512VL = 1u << 31;
    const uint64_t XCR0_YMM = 0x6, XCR0_ZMM = 0xE0; /* SSE+AVX; opmask+ZMM_Hi256+Hi16_ZMM */
    unsigned a, b, c, d;
    if (!__get_cpuid(1, &a, &b, &c, &d))
        return "cpuid leaf 1 is not available";
    if (!(c & L1C_AVX))
        return "the CPU lacks AVX";
    if (!(c & L1C_POPCNT))
        return "the CPU lacks POPCNT";
    if (!(c & L1C_OSXSAVE))
        return "the OS has not enabled XSAVE, so it does not save AVX registers";
    uint64_t x = xcr0();
    if ((x & XCR0_YMM) != XCR0_YMM)
        return "the OS does not save the YMM registers (XCR0)";
    if (!__get_cpuid_count(7, 0, &a, &b, &c, &d))
        return "cpuid leaf 7 is not available";
    if (!(b & L7B_AVX2))
        return "the CPU lacks AVX2";
    if (!avx512)
        return NULL;
    if (!(b & L7B_AVX512F))
        return "the CPU lacks AVX-512F";
    if (!(b & L7B_AVX512DQ))
        return "the CPU lacks AVX-512DQ";
    if (!(b & L7B_AVX512BW))
        return "the CPU lacks AVX-512BW";
    if (!(b & L7B_AVX512VL))
        return "the CPU lacks AVX-512VL";
    if ((x & XCR0_ZMM) != XCR0_ZMM)
        return "the OS does not save the AVX-512 opmask and ZMM registers (XCR0)";
    return NULL;
}
#endif

/* NULL when `name` (a known ISA this build has code for) runs here. */
static const char *cpu_missing(const char *name)
{
#if defined(__x86_64__)
    if (strcmp(name, "avx2") == 0)
        return x86_missing(0);
    if (strcmp(name, "avx512") == 0)
        return x86_missing(1);
#endif
#if defined(__aarch64__) && defined(__linux__)
#ifndef HWCAP_ASIMD
#define HWCAP_ASIMD (1 << 1)
#endif
    if (strcmp(name, "neon") == 0 && !(getauxval(AT_HWCAP) & HWCAP_ASIMD))
        return "the CPU lacks AdvSIMD (AT_HWCAP)";
#endif
    (void)name;
    return NULL;
}

const omen_kernel_table *omen_kernels_lookup(const char *name)
{
    const omen_kernel_table *t = name ? table_of(name) : NULL;
    return t && !cpu_missing(name) ? t : NULL;
}

int omen_kernels_check(const char *name, omen_error *err)
{
    int is_known = 0;
    for (size_t k = 0; k < NKNOWN; k++)
        is_known |= name && strcmp(name, known[k]) == 0;
    if (!is_known)
        return omen_errorf(err, OMEN_EINVAL,
                           "unknown ISA '%s': known ISAs are scalar, avx2, avx512 and neon; "
                           "available here: %s",
                           name ? name : "(null)", omen_kernels_available());
    if (!table_of(name))
        return omen_errorf(err, OMEN_ENOTSUP,
                           "ISA '%s' is not available in this build: its kernels exist "
                           "only for another CPU architecture (available: %s)",
                           name, omen_kernels_available());
    const char *why = cpu_missing(name);
    if (why)
        return omen_errorf(err, OMEN_ENOTSUP,
                           "ISA '%s' is not available on this machine: %s (available: %s)",
                           name, why, omen_kernels_available());
    return OMEN_OK;
}

const char *omen_kernels_available(void)
{
    static char list[64];
    list[0] = '\0';
    for (size_t k = 0; k < NKNOWN; k++)
        if (omen_kernels_lookup(known[k])) {
            if (list[0])
                strcat(list, ",");
            strcat(list, known[k]);
        }
    return list;
}

int omen_kernels_init(const char *name, omen_error *err)
{
    const char *from = "";
    if (!name || !*name) {
        name = getenv("OMEN_ISA");
        from = "OMEN_ISA: ";
    }
    if (name && *name) {
        omen_error why;
        if (omen_kernels_check(name, &why) != OMEN_OK)
            return omen_errorf(err, why.code, "%s%s%s", from, why.msg,
                               *from ? "; unset OMEN_ISA or set it to one of those" : "");
        omen_kernels = omen_kernels_lookup(name);
        return OMEN_OK;
    }
    const omen_kernel_table *best = &omen_kernels_scalar;
    for (size_t k = 0; k < NKNOWN; k++)
        if (omen_kernels_lookup(known[k]))
            best = omen_kernels_lookup(known[k]);
    omen_kernels = best;
    return OMEN_OK;
}
