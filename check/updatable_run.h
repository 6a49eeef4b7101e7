/* One updatable index run beside the dynamic oracle (check/oracle.h): every
 * write goes to both and every answer is compared; wrong answers are
 * counted in bad and the first `verbose` of them printed. */
#ifndef OMEN_CHECK_UPDATABLE_RUN_H
#define OMEN_CHECK_UPDATABLE_RUN_H

#include <stdint.h>

#include "indexes/index.h"
#include "check/oracle.h"

typedef struct run {
    const omen_index_vtable *vt;
    const char *params, *label;
    omen_index *ix;
    oracle_dyn d;
    long bad;
    uint64_t next_pay;
    int verbose;
} run;

/* Builds vt over keys[0..n) (payloads omen_payload_of_rank) and checks it;
 * 0 (with the failure counted) if the build failed. The first `verbose`
 * wrong answers are printed. */
int run_start(run *r, const omen_index_vtable *vt, const char *params, const char *label,
              const uint64_t *keys, size_t n, int verbose);
/* The index's answer against the oracle's. */
void run_check_get(run *r, uint64_t key);
void run_check_range(run *r, uint64_t lo, uint64_t hi);
/* A write to both, then get(key) checked. Erase is skipped without vt->erase. */
void run_insert(run *r, uint64_t key);
void run_erase(run *r, uint64_t key);
/* Everything at once (conformance_check_built over the oracle's arrays),
 * stats and size_bytes. */
void run_checkpoint(run *r, uint64_t seed);
void run_fail(run *r, const char *what, uint64_t key, uint64_t got, uint64_t want);
/* Frees both; returns the wrong answers counted. */
long run_finish(run *r);

#endif
