/* libomen_ffi_probe.so: claim 8's C side, loaded into the Python process
 * that times the Python calls (scripts/ffi_cost.py), so C and Python
 * measure the same get on the same handle, interleaved within each repeat
 * and subtracted pairwise. Each function times `calls` calls from C in one
 * loop (the one ctypes call that starts it is noise on ~1e5 calls) and
 * returns ns per call (per key for batches):
 *   through the address of libomen's exported omen_get (what an FFI calls),
 *   through an index's vtable (its own static registry: the library's
 *     symbols are hidden, so the two copies never meet),
 *   a call that does nothing (C's floor). */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "common/error.h"
#include "indexes/index.h"
#include "registry/registry.h"

#define PROBE_API __attribute__((visibility("default")))

typedef int (*get_fn)(const void *, uint64_t, uint64_t *);
typedef int (*get_batch_fn)(const void *, const uint64_t *, size_t, uint64_t *, uint8_t *);

/* The sum of every answer, so no loop can be dropped; read by the caller. */
static volatile uint64_t probe_sink;

__attribute__((noinline)) static int noop_get(const void *ix, uint64_t key, uint64_t *payload)
{
    __asm__ volatile("" ::"r"(ix), "r"(payload));
    return (int)(key & 1);
}
static get_fn volatile noop_ptr = noop_get;

static double now_ns(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec * 1e9 + (double)t.tv_nsec;
}

PROBE_API double omen_ffi_time_call(void *fn, const void *h, const uint64_t *q, size_t nq,
                                    size_t calls)
{
    get_fn get = fn ? (get_fn)fn : noop_ptr;
    uint64_t sink = 0, p = 0;
    double t = now_ns();
    for (size_t i = 0; i < calls; i++)
        sink += (uint64_t)get(h, q[i % nq], &p) + p;
    t = now_ns() - t;
    probe_sink += sink;
    return t / (double)calls;
}

PROBE_API double omen_ffi_time_batch(void *fn, const void *h, const uint64_t *q, size_t nq,
                                     size_t batch, size_t calls, uint64_t *payloads, uint8_t *found)
{
    get_batch_fn get_batch = (get_batch_fn)fn;
    size_t rounds = calls / batch ? calls / batch : 1;
    uint64_t sink = 0;
    double t = now_ns();
    for (size_t i = 0; i < rounds; i++) {
        get_batch(h, q + (i * batch) % (nq - batch + 1), batch, payloads, found);
        sink += payloads[0] + found[batch - 1];
    }
    t = now_ns() - t;
    probe_sink += sink;
    return t / (double)(rounds * batch);
}

typedef struct probe_index {
    const omen_index_vtable *vt;
    omen_index *ix;
} probe_index;

/* The same variant built from this module's own registry; NULL and a
 * message in err (>= 512 bytes) when it cannot be. */
PROBE_API void *omen_ffi_vtable_build(const char *name, const uint64_t *keys,
                                      const uint64_t *payloads, size_t n, char *err)
{
    omen_error e = {0};
    probe_index *p = calloc(1, sizeof *p);
    if (p)
        p->vt = omen_registry_find(name);
    if (!p || !p->vt || p->vt->build(keys, payloads, n, "", &p->ix, &e) != OMEN_OK) {
        snprintf(err, 512, "%.64s: %.400s", name, !p ? "out of memory" : !p->vt ? "not built in" : e.msg);
        free(p);
        return NULL;
    }
    return p;
}

PROBE_API double omen_ffi_time_vtable(void *probe, const uint64_t *q, size_t nq, size_t calls)
{
    probe_index *p = probe;
    uint64_t sink = 0, payload = 0;
    double t = now_ns();
    for (size_t i = 0; i < calls; i++)
        sink += (uint64_t)omen_index_get(p->vt, p->ix, q[i % nq], &payload) + payload;
    t = now_ns() - t;
    probe_sink += sink;
    return t / (double)calls;
}

PROBE_API void omen_ffi_vtable_free(void *probe)
{
    probe_index *p = probe;
    if (p) {
        p->vt->free(p->ix);
        free(p);
    }
}
