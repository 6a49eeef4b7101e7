/* omen-ffi-cost: claim 8's C side. The same get on the same small cached
 * index, called from C through the index's vtable and through libomen's
 * exported omen_get (resolved with dlsym, the address an FFI calls), plus
 * C's own call floor and omen_get_batch per key. scripts/ffi_cost.py runs
 * this beside the Python calls and writes the table.
 *
 *   omen-ffi-cost LIBOMEN.so INDEX N CALLS REPEAT BATCH[,BATCH...]
 * prints "method,batch,repeat,ns_per_key" rows, one per timed repeat; the
 * methods interleave within each repeat so drift hits them alike. The keys
 * and the query order are the ones scripts/ffi_cost.py builds. */
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "common/error.h"
#include "indexes/index.h"
#include "registry/registry.h"

typedef int (*build_fn)(const char *, const char *, const uint64_t *, const uint64_t *, size_t,
                        void **);
typedef int (*get_fn)(const void *, uint64_t, uint64_t *);
typedef int (*get_batch_fn)(const void *, const uint64_t *, size_t, uint64_t *, uint8_t *);
typedef const char *(*errmsg_fn)(void);
typedef void (*close_fn)(void *);

enum { NQ = 4096, MAXB = 16 };

/* C's floor: a call that does nothing, through a pointer the compiler cannot
 * see through. */
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

/* keys[i] = (i + 1) * 1000003; queries visit them in a fixed scattered
 * order (scripts/ffi_cost.py: keys_and_queries). */
static void make_keys(uint64_t *keys, size_t n, uint64_t *q)
{
    for (size_t i = 0; i < n; i++)
        keys[i] = (uint64_t)(i + 1) * 1000003u;
    for (size_t j = 0; j < NQ; j++)
        q[j] = keys[(j * 2654435761u) % n];
}

static void *sym(void *lib, const char *name)
{
    void *p = dlsym(lib, name);
    if (!p) {
        fprintf(stderr, "omen-ffi-cost: libomen has no %s: %s\n", name, dlerror());
        exit(1);
    }
    return p;
}

int main(int argc, char **argv)
{
    if (argc != 7) {
        fprintf(stderr, "usage: omen-ffi-cost LIBOMEN.so INDEX N CALLS REPEAT BATCH[,BATCH...]\n");
        return 2;
    }
    size_t n = strtoull(argv[3], NULL, 10), calls = strtoull(argv[4], NULL, 10);
    int repeat = atoi(argv[5]);
    size_t batches[MAXB], nb = 0;
    for (char *s = strtok(argv[6], ","); s && nb < MAXB; s = strtok(NULL, ","))
        batches[nb++] = strtoull(s, NULL, 10);
    if (n == 0 || calls == 0 || repeat <= 0 || nb == 0) {
        fprintf(stderr, "omen-ffi-cost: N, CALLS, REPEAT and each BATCH must be positive\n");
        return 2;
    }
    for (size_t b = 0; b < nb; b++)
        if (batches[b] == 0 || batches[b] > NQ) {
            fprintf(stderr, "omen-ffi-cost: a BATCH must be 1..%d\n", NQ);
            return 2;
        }
    void *lib = dlopen(argv[1], RTLD_NOW | RTLD_LOCAL);
    if (!lib) {
        fprintf(stderr, "omen-ffi-cost: cannot load %s: %s\n", argv[1], dlerror());
        return 1;
    }
    build_fn api_build = (build_fn)sym(lib, "omen_build");
    get_fn api_get = (get_fn)sym(lib, "omen_get");
    get_batch_fn api_get_batch = (get_batch_fn)sym(lib, "omen_get_batch");
    errmsg_fn api_errmsg = (errmsg_fn)sym(lib, "omen_errmsg");
    close_fn api_close = (close_fn)sym(lib, "omen_close");

    uint64_t *keys = malloc(n * sizeof *keys), q[NQ], out[NQ];
    uint8_t found[NQ];
    if (!keys)
        return 1;
    make_keys(keys, n, q);
    void *h = NULL;
    if (api_build(argv[2], "", keys, NULL, n, &h) != 0) {
        fprintf(stderr, "omen-ffi-cost: omen_build %s: %s\n", argv[2], api_errmsg());
        return 1;
    }
    const omen_index_vtable *vt = omen_registry_find(argv[2]);
    omen_index *ix = NULL;
    omen_error err = {0};
    if (!vt || vt->build(keys, NULL, n, "", &ix, &err) != OMEN_OK) {
        fprintf(stderr, "omen-ffi-cost: %s: not built in (%s)\n", argv[2], vt ? err.msg : "unknown");
        return 1;
    }

    uint64_t sink = 0, p = 0;
    printf("method,batch,repeat,ns_per_key\n");
    for (int r = 0; r < repeat; r++) {
        double t0 = now_ns();
        for (size_t i = 0; i < calls; i++)
            sink += (uint64_t)noop_ptr(h, q[i % NQ], &p);
        double t1 = now_ns();
        for (size_t i = 0; i < calls; i++)
            sink += (uint64_t)omen_index_get(vt, ix, q[i % NQ], &p) + p;
        double t2 = now_ns();
        for (size_t i = 0; i < calls; i++)
            sink += (uint64_t)api_get(h, q[i % NQ], &p) + p;
        double t3 = now_ns();
        printf("c_noop_call,1,%d,%.3f\nc_vtable,1,%d,%.3f\nc_api,1,%d,%.3f\n", r,
               (t1 - t0) / (double)calls, r, (t2 - t1) / (double)calls, r, (t3 - t2) / (double)calls);
        for (size_t b = 0; b < nb; b++) {
            size_t B = batches[b], rounds = calls / B ? calls / B : 1;
            double s = now_ns();
            for (size_t i = 0; i < rounds; i++) {
                api_get_batch(h, q + (i * B) % (NQ - B + 1), B, out, found);
                sink += out[0] + found[B - 1];
            }
            printf("c_api_batch,%zu,%d,%.3f\n", B, r, (now_ns() - s) / (double)(rounds * B));
        }
    }
    fprintf(stderr, "omen-ffi-cost: checksum %llu\n", (unsigned long long)sink);
    vt->free(ix);
    api_close(h);
    free(keys);
    return 0;
}
