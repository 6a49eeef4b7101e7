#include "common/alloc.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Fault injection state: tests only; never touched in normal runs. */
static unsigned long fail_countdown;
static unsigned long alloc_count;

unsigned long omen_alloc_fail_after(unsigned long n)
{
    unsigned long made = alloc_count;
    fail_countdown = n;
    alloc_count = 0;
    return made;
}

static int injected_failure(void)
{
    alloc_count++;
    if (fail_countdown == 0)
        return 0;
    return --fail_countdown == 0;
}

void *omen_alloc(size_t bytes)
{
    if (injected_failure())
        return NULL;
    size_t align = bytes >= (1u << 21) ? 4096 : 64;
    size_t rounded = (bytes + align - 1) / align * align;
    if (rounded == 0)
        rounded = align;
    return aligned_alloc(align, rounded);
}

void *omen_calloc(size_t count, size_t size)
{
    if (size && count > SIZE_MAX / size)
        return NULL;
    void *p = omen_alloc(count * size);
    if (p)
        memset(p, 0, count * size);
    return p;
}

void *omen_realloc(void *p, size_t old_bytes, size_t new_bytes)
{
    void *q = omen_alloc(new_bytes);
    if (!q)
        return NULL;
    if (p) {
        memcpy(q, p, old_bytes < new_bytes ? old_bytes : new_bytes);
        free(p);
    }
    return q;
}

void omen_free(void *p)
{
    free(p);
}
