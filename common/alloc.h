/* Every allocation the library makes for datasets and index structures goes
 * through here, so that one place decides alignment and huge pages, and the
 * fault-injection tests can make the N-th allocation fail. */
#ifndef OMEN_ALLOC_H
#define OMEN_ALLOC_H

#include <stddef.h>

/* 64-byte aligned (a cache line); NULL on failure. Large blocks are
 * page-aligned so the kernel can back them with huge pages. */
void *omen_alloc(size_t bytes);
void *omen_calloc(size_t count, size_t size);
/* Like realloc, but keeps the alignment guarantee. */
void *omen_realloc(void *p, size_t old_bytes, size_t new_bytes);
void omen_free(void *p);

/* Transparent huge pages for blocks of 2 MiB and more: on unless
 * OMEN_HUGEPAGES=0 or set off here (before allocating). */
void omen_alloc_set_hugepages(int on);
int omen_alloc_hugepages(void);

/* Test hook: the N-th allocation from now fails (N >= 1); 0 disables.
 * Returns how many allocations have been made since the last call. */
unsigned long omen_alloc_fail_after(unsigned long n);

#endif
