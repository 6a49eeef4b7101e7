/* SIMD kernels behind one dispatch table, chosen once at start-up.
 *
 * Organised the way xxHash and zstd organise their SIMD code: a portable
 * scalar reference (kernels_scalar.c) that every ISA's variant is tested
 * against, each ISA in its own file compiled with its own flags, and
 * OMEN_ISA=scalar|avx2|avx512|neon to force one.
 *
 * Every entry gives bit-for-bit the answer of the scalar reference for every
 * input its contract allows, on every ISA: an index may mix a table's batched
 * and single-key entries, or build with one ISA and look up with another. */
#ifndef OMEN_KERNELS_H
#define OMEN_KERNELS_H

#include <stddef.h>
#include <stdint.h>

#include "common/error.h"

/* A line from keys to positions in a sorted array. A key k is first turned
 * into x = (double)(k - base) (k - base wraps modulo 2^64 as unsigned
 * arithmetic does; the conversion rounds to nearest, ties to even), then
 *
 *     position = trunc(clamp(intercept + slope * x, 0, n - 1))
 *
 * with the product and the sum each rounded to double (never fused into one
 * FMA: the build passes -ffp-contract=off) and NaN clamped to 0. n is the
 * number of positions (keys, or leaves for an RMI root); n = 0 gives 0. n
 * must be at most 2^52 so every position is exact in a double.
 * omen_line_pos() below is that definition; the kernels vectorise it. */
typedef struct omen_line {
    double slope;     /* positions per key unit */
    double intercept; /* position of key == base */
} omen_line;

/* A line with its own origin: one piece of a piecewise-linear model (the
 * linear index's pieces, PLA segments, spline knots). Indexes may embed it
 * at the start of a larger record; see predict_segments. */
typedef struct omen_segment {
    uint64_t base;
    omen_line line;
} omen_segment;

/* A two-stage recursive model index: the root line maps x to a leaf index in
 * [0, nleaves), that leaf's line maps the same x to a position in [0, n). */
typedef struct omen_rmi_model {
    uint64_t base;           /* both stages see x = (double)(key - base) */
    omen_line root;          /* positions are leaf indexes: clamped to [0, nleaves) */
    const omen_line *leaves; /* nleaves >= 1 of them */
    size_t nleaves;
    size_t n; /* leaf predictions are clamped to [0, n) */
} omen_rmi_model;

/* The largest position of n, as the double every kernel clamps to. */
static inline double omen_pos_max(size_t n)
{
    return n ? (double)(n - 1) : 0.0;
}

/* The position a line gives for dx = key - base: the reference definition. */
static inline size_t omen_line_pos(omen_line m, uint64_t dx, double pos_max)
{
    double p = m.intercept + m.slope * (double)dx;
    /* Written so NaN fails the first test and lands on 0, like every ISA. */
    p = p >= 0 ? p : 0;
    p = p <= pos_max ? p : pos_max;
    return (size_t)p;
}

typedef struct omen_kernel_table {
    const char *isa;

    /* Last-mile search: the first i in [lo, hi) with keys[i] >= key, or hi
     * when there is none. keys[lo..hi) is sorted ascending (duplicates
     * allowed); nothing outside it is read. Any window length, including 0. */
    size_t (*lower_bound)(const uint64_t *keys, size_t lo, size_t hi, uint64_t key);

    /* B-tree node search: the first i in [0, width) with node[i] >= key, or
     * width when there is none; node[0..width) is sorted ascending. Fastest
     * for width 8, 16, 32 and 64; any width up to 64 works. A node whose
     * unused slots are padded with UINT64_MAX stays sorted, so it can always
     * be searched at its full width. */
    size_t (*node_rank)(const uint64_t *node, size_t width, uint64_t key);

    /* Batched model evaluation, one line for every key:
     * pos[i] = omen_line_pos(*m, keys[i] - base, omen_pos_max(n)). */
    void (*predict)(const omen_line *m, uint64_t base, size_t n, const uint64_t *keys,
                    size_t count, size_t *pos);

    /* Two-stage (RMI) evaluation. With x = keys[i] - m->base:
     *   leaf[i] = omen_line_pos(m->root, x, omen_pos_max(m->nleaves))
     *   pos[i]  = omen_line_pos(m->leaves[leaf[i]], x, omen_pos_max(m->n))
     * leaf may be NULL when the caller needs only the positions. */
    void (*predict_rmi)(const omen_rmi_model *m, const uint64_t *keys, size_t count,
                        size_t *leaf, size_t *pos);

    /* Piecewise evaluation, each key with the segment the caller found for it
     * (the second stage of linear, PLA or a radix spline). Segment s is the
     * omen_segment at the start of the record (const char *)segs + s * stride;
     * stride is a multiple of 8, so records can carry more fields after it.
     * pos[i] = omen_line_pos(S.line, keys[i] - S.base, omen_pos_max(n)) with
     * S the segment which[i]. */
    void (*predict_segments)(const omen_segment *segs, size_t stride, const size_t *which,
                             size_t n, const uint64_t *keys, size_t count, size_t *pos);

    /* Range aggregation: the sum of v[i..j), wrapping modulo 2^64 (the count
     * is j - i). 0 when j <= i. */
    uint64_t (*sum)(const uint64_t *v, size_t i, size_t j);
} omen_kernel_table;

/* The dispatch table in use. Starts as scalar; omen_kernels_init() picks
 * the best the CPU supports (or the one OMEN_ISA names). Hidden in its
 * declaration too: every lookup reads it, and -fPIC code would otherwise
 * reach it through the GOT as if another shared object could own it. */
#if defined(__GNUC__)
extern const omen_kernel_table *omen_kernels __attribute__((visibility("hidden")));
#else
extern const omen_kernel_table *omen_kernels;
#endif

/* Scalar reference; always present. */
extern const omen_kernel_table omen_kernels_scalar;

/* Selects the ISA: name == NULL means OMEN_ISA from the environment, or the
 * best available when that is unset. Asking for an ISA this CPU or build
 * lacks is an error that says what is missing. Not thread-safe: call before
 * starting threads. */
int omen_kernels_init(const char *name, omen_error *err);

/* The table for an ISA name, or NULL when it is unknown or unsupported here. */
const omen_kernel_table *omen_kernels_lookup(const char *name);

/* OMEN_OK when `name` can run here, else an error saying why: an unknown
 * name, an ISA this build has no code for, or a CPU/OS that lacks it. */
int omen_kernels_check(const char *name, omen_error *err);

/* Comma-separated list of ISAs usable on this machine, best last. */
const char *omen_kernels_available(void);

#endif
