#include "common/alloc.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

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

/* -1: not yet read from OMEN_HUGEPAGES; 0 off; 1 on. */
static int hugepages = -1;

void omen_alloc_set_hugepages(int on)
{
    hugepages = on != 0;
}

int omen_alloc_hugepages(void)
{
    if (hugepages < 0) {
        const char *e = getenv("OMEN_HUGEPAGES");
        hugepages = !(e && (!strcmp(e, "0") || !strcmp(e, "off") || !strcmp(e, "no")));
    }
    return hugepages;
}

enum { HUGE_PAGE = 1u << 21 };

void *omen_alloc(size_t bytes)
{
    if (injected_failure())
        return NULL;
    /* Big blocks (key arrays, model tables) are aligned to 2 MiB and marked
     * for transparent huge pages: a random probe into 1.6 GB of keys then
     * misses the TLB far less often. The kernel may decline; that is fine. */
    int huge = bytes >= HUGE_PAGE && omen_alloc_hugepages();
    size_t align = huge ? HUGE_PAGE : bytes >= HUGE_PAGE ? 4096 : 64;
    if (bytes > SIZE_MAX - align)
        return NULL;
    size_t rounded = (bytes + align - 1) / align * align;
    if (rounded == 0)
        rounded = align;
    void *p = aligned_alloc(align, rounded);
#ifdef MADV_HUGEPAGE
    if (p && huge)
        madvise(p, rounded, MADV_HUGEPAGE);
#endif
    return p;
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
