/* Chooses the kernel table once. The only mutable global besides the index
 * registry, and written only by omen_kernels_init(). */
#include <stdlib.h>
#include <string.h>

#include "kernels/kernels.h"

const omen_kernel_table *omen_kernels = &omen_kernels_scalar;

/* Candidate tables, worst first. SIMD entries are added by the kernel
 * issue; each is compiled only where its ISA can exist. */
static const omen_kernel_table *candidate(size_t k)
{
    static const omen_kernel_table *const all[] = {&omen_kernels_scalar};
    return k < sizeof all / sizeof all[0] ? all[k] : NULL;
}

static int supported(const omen_kernel_table *t)
{
    return strcmp(t->isa, "scalar") == 0;
}

const omen_kernel_table *omen_kernels_lookup(const char *name)
{
    for (size_t k = 0; candidate(k); k++)
        if (strcmp(candidate(k)->isa, name) == 0 && supported(candidate(k)))
            return candidate(k);
    return NULL;
}

const char *omen_kernels_available(void)
{
    static char list[64];
    list[0] = '\0';
    for (size_t k = 0; candidate(k); k++)
        if (supported(candidate(k))) {
            if (list[0])
                strcat(list, ",");
            strcat(list, candidate(k)->isa);
        }
    return list;
}

int omen_kernels_init(const char *name, omen_error *err)
{
    if (!name || !*name)
        name = getenv("OMEN_ISA");
    if (name && *name) {
        const omen_kernel_table *t = omen_kernels_lookup(name);
        if (!t)
            return omen_errorf(err, OMEN_ENOTSUP,
                               "ISA '%s' is not available on this machine or build "
                               "(available: %s); unset OMEN_ISA or pick one of those",
                               name, omen_kernels_available());
        omen_kernels = t;
        return OMEN_OK;
    }
    const omen_kernel_table *best = &omen_kernels_scalar;
    for (size_t k = 0; candidate(k); k++)
        if (supported(candidate(k)))
            best = candidate(k);
    omen_kernels = best;
    return OMEN_OK;
}
