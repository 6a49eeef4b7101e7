/* The conformance check every index must pass: get, lower_bound and range
 * against the tests' oracle on one key set. Shared by the conformance suite,
 * the thread test and the fuzzers. */
#ifndef OMEN_CHECK_CONFORMANCE_H
#define OMEN_CHECK_CONFORMANCE_H

#include <stddef.h>
#include <stdint.h>

#include "indexes/index.h"

/* Builds vt with params over keys[0..n) (payloads = omen_payload_of_rank) and
 * returns how many answers differ from the oracle; -1 if the build failed.
 * Prints up to `verbose` mismatches to stderr. probes = random probes to add. */
long conformance_run(const omen_index_vtable *vt, const char *params, const uint64_t *keys,
                     size_t n, const char *label, size_t probes, int verbose);

/* Checks only every stride-th range probe (1, the default, checks all of
 * them); the point probes and the ranges reaching outside the data are
 * always checked. For variants whose range() walks stored entries one by
 * one (RocksDB: about 100 ns each), where the full set of wide ranges would
 * take minutes. */
void conformance_set_range_stride(unsigned stride);

/* Checks answers of a built index; the same as above without building. */
long conformance_check_built(const omen_index_vtable *vt, const omen_index *ix,
                             const uint64_t *keys, const uint64_t *payloads, size_t n,
                             const char *label, size_t probes, uint64_t seed, int verbose);

#endif
