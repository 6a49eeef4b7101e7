/* pla's levels and their fitting (indexes/pla_fit.c), shared by the
 * lookups in indexes/pla.c. */
#ifndef OMEN_PLA_FIT_H
#define OMEN_PLA_FIT_H

#include <stddef.h>
#include <stdint.h>

#include "common/error.h"

typedef struct pla_seg {
    double slope; /* ranks per key unit */
    double icept; /* predicted rank at the segment's first key */
} pla_seg;

typedef struct pla_level {
    const uint64_t *keys; /* the array predicted into: the data or the level below's firsts */
    size_t n;
    uint64_t *firsts; /* first key of every segment: the array of the level above */
    pla_seg *segs;    /* nseg + 1: a sentinel with icept = n follows the last */
    size_t nseg, cap; /* cap: room in firsts; segs has one more */
    size_t err_lo; /* true rank >= prediction - err_lo */
    size_t err_hi; /* true rank <= prediction + err_hi */
} pla_level;

/* Predicted rank for a key dx above the first key of segment g (g[1] is
 * the next one, or the sentinel). Monotone in dx (every step is), which is
 * what makes bounds measured at the ends of the lower_bound steps valid for
 * every key between them. */
static inline size_t omen_pla_predict(const pla_seg *g, uint64_t dx)
{
    double p = g->icept + g->slope * (double)dx;
    double e = g[1].icept;
    p = p > e ? e : p;
    p = p < 0 ? 0 : p;
    return (size_t)p;
}

/* The most parts level 0 is streamed in (threads=). */
enum { OMEN_PLA_MAX_PARTS = 16 };

/* Fits one level over the sorted array A[0, m), m >= 1, at eps: the
 * fewest segments, each with its measured bounds (see indexes/pla.c). With
 * parts > 1 it is streamed in that many parts on as many threads. On
 * failure lv may hold partial arrays: free lv->firsts and lv->segs. */
int omen_pla_fit_level(pla_level *lv, const uint64_t *A, size_t m, size_t eps, unsigned parts,
                       omen_error *err);

#endif
