/* The hot tier of hotcold (indexes/hotcold.c): an index over a sorted array
 * this tier owns, made updatable by a small sorted write buffer that is
 * merged into the array, and the index rebuilt, when it is full. No lock is
 * taken here: hotcold guards the tier. */
#ifndef OMEN_HOTCOLD_TIER_H
#define OMEN_HOTCOLD_TIER_H

#include <stddef.h>
#include <stdint.h>

#include "indexes/index.h"

typedef struct omen_hotcold_tier {
    const omen_index_vtable *vt;
    omen_index *ix;    /* over k/p[0..n) */
    uint64_t *k, *p;   /* the entries, sorted; owned, borrowed by ix */
    size_t n;
    uint64_t *bk, *bp; /* write buffer: sorted, equal keys in insertion order */
    size_t bn, bcap;
    unsigned long merges;
    char params[1024]; /* vt's, for every rebuild */
} omen_hotcold_tier;

/* Copies keys/payloads[0..n) and builds vt over them with params (built
 * even when n is 0, so bad parameters fail at once), with room for bcap
 * buffered entries. On failure frees what it made. */
int omen_hotcold_tier_build(omen_hotcold_tier *t, const omen_index_vtable *vt,
                            const char *params, const uint64_t *keys, const uint64_t *payloads,
                            size_t n, size_t bcap, omen_error *err);
void omen_hotcold_tier_free(omen_hotcold_tier *t);

/* The index first, then the buffer: buffered entries come after equal
 * indexed ones. */
int omen_hotcold_tier_get(const omen_hotcold_tier *t, uint64_t key, uint64_t *payload);
omen_range_result omen_hotcold_tier_range(const omen_hotcold_tier *t, uint64_t lo, uint64_t hi);

/* Merges the buffer into the entries and rebuilds the index; on failure
 * nothing changes. */
int omen_hotcold_tier_merge(omen_hotcold_tier *t, omen_error *err);
/* Adds an entry after its equal keys; the buffer must have room
 * (bn < bcap: merge first). */
void omen_hotcold_tier_buffer(omen_hotcold_tier *t, uint64_t key, uint64_t payload);
/* The entries, the buffer's capacity and the index's model. */
size_t omen_hotcold_tier_bytes(const omen_hotcold_tier *t);

/* Rewrites err's message with a prefix saying which tier failed; err may
 * be NULL (the harness's mixed workload counts failures, it does not read
 * messages). */
int omen_hotcold_tier_error(omen_error *err, int code, const char *what);

#endif
