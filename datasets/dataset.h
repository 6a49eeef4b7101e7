/* Datasets: sorted uint64 keys with one uint64 payload each.
 *
 * A dataset is named either by a file in SOSD format (little-endian uint64
 * count N, then N uint64 keys, ascending) or by a synthetic name
 * DIST:N[:seed], e.g. "lognormal:10M" or "uniform_sparse:200M:7". The same
 * name gives the same bits on every machine. */
#ifndef OMEN_DATASET_H
#define OMEN_DATASET_H

#include <stddef.h>
#include <stdint.h>

#include "common/error.h"

/* Positions are 64-bit (size_t) throughout, but some index layouts keep
 * 32-bit window widths; datasets are limited to 2^32 - 1 keys. */
#define OMEN_MAX_KEYS 4294967295ull

typedef struct omen_dataset {
    char name[512];      /* as given */
    const uint64_t *keys; /* n keys, ascending (read-only: may be a file map) */
    uint64_t *payloads;  /* payloads[i] = omen_payload_of_rank(i) */
    size_t n;
    uint64_t hash;       /* content hash of the count and the keys */
    /* Ownership, private to the loader. */
    void *map;
    size_t map_len;
    uint64_t *owned_keys;
} omen_dataset;

/* Opens a synthetic name or, otherwise, a SOSD file. */
int omen_dataset_open(const char *spec, omen_dataset *out, omen_error *err);
int omen_dataset_load_sosd(const char *path, omen_dataset *out, omen_error *err);
/* Checks what a SOSD file's header and size can tell (the same messages as
 * the loader) without reading its keys: for validating a sweep's inputs
 * before the one load that also checks their order. */
int omen_dataset_check_sosd(const char *path, omen_error *err);
int omen_dataset_generate(const char *spec, omen_dataset *out, omen_error *err);
/* Wraps caller-owned sorted keys (tests); payloads are allocated. */
int omen_dataset_from_keys(const char *name, const uint64_t *keys, size_t n,
                           omen_dataset *out, omen_error *err);
void omen_dataset_free(omen_dataset *d);

/* Writes a SOSD file through a temporary name and a rename, so a failure
 * never leaves a partial file at path. */
int omen_sosd_write(const char *path, const uint64_t *keys, size_t n, omen_error *err);

/* Synthetic names. */
typedef struct omen_synth_spec {
    int dist; /* index into omen_synth_names() */
    uint64_t n;
    uint64_t seed;
    unsigned share; /* dups: percent of keys equal to the key before them */
} omen_synth_spec;

/* NULL-terminated list of distribution names. */
const char *const *omen_synth_names(void);
/* Returns 1 if spec starts with a known distribution name and ':'. */
int omen_synth_is_name(const char *spec);
int omen_synth_parse(const char *spec, omen_synth_spec *out, omen_error *err);
/* Fills keys[0..n) ascending; fails only when sort scratch is missing. */
int omen_synth_fill(const omen_synth_spec *spec, uint64_t *keys, omen_error *err);

uint64_t omen_payload_of_rank(size_t rank);
uint64_t omen_keys_hash(const uint64_t *keys, size_t n);
/* In-place ascending sort of n keys; tmp holds n keys of scratch. */
void omen_radix_sort(uint64_t *keys, uint64_t *tmp, size_t n);

#endif
