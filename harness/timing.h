/* harness/timing.c: running a lookup stream, timed and checksummed. */
#ifndef OMEN_TIMING_H
#define OMEN_TIMING_H

#include <stdint.h>

#include "datasets/workload.h"
#include "harness/bench.h"
#include "indexes/index.h"

/* Monotonic seconds. */
double bench_now_sec(void);
/* qsort comparator for doubles. */
int bench_cmp_double(const void *a, const void *b);
/* One timed pass: `loops` times over the stream with `threads` threads;
 * returns wall seconds and sets *cs. */
double bench_timed_pass(const bench_opts *o, const omen_index_vtable *vt, omen_index *ix,
                        const omen_workload *w, int threads, unsigned loops, uint64_t *cs);
/* The checksum the oracle gives stream w: what every timed run must match. */
uint64_t bench_oracle_checksum(const omen_index_vtable *oracle, const omen_index *oix,
                               const omen_workload *w);

#endif
