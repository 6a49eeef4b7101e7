/* linear: the simplest learned index, and the template for new variants.
 *
 * The keys are cut into `segments` pieces holding equal numbers of keys.
 * Each piece has a line from key to rank and the largest errors that line
 * makes on its keys, so a lookup is: find the piece (binary search over the
 * pieces' first keys), evaluate its line, then search the key array between
 * the prediction minus one error bound and plus the other.
 *
 * It fills only build, lower_bound, size_bytes and free (and stats for
 * --stats): get and range are the defaults built from lower_bound
 * (indexes/index.h). To start a new variant from it, follow "Adding an
 * index variant" in README.md; tests/test_template.sh runs those steps. */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "common/alloc.h"
#include "indexes/params.h"
#include "indexes/sorted_array.h"

typedef struct piece {
    omen_line line; /* from key - first key to rank, in the kernels' form so every ISA agrees */
    uint32_t above; /* how far a prediction may be above the true rank */
    uint32_t below; /* how far it may be below */
} piece;

struct omen_index {
    const uint64_t *keys; /* borrowed from the dataset; these three first, */
    const uint64_t *payloads; /* for the default get and range */
    size_t n;
    size_t nseg;
    int from_n;       /* nseg came from n, not from segments= (for --stats) */
    uint64_t *firsts; /* nseg: each piece's first key, searched for the piece */
    piece *pieces;    /* nseg */
};
OMEN_SORTED_VIEW_FIRST(struct omen_index);

/* Piece s holds ranks [start(s), start(s + 1)). s * n cannot overflow:
 * s < 2^24 and no dataset has 2^40 keys. */
static size_t start(const omen_index *ix, size_t s)
{
    return s * ix->n / ix->nseg;
}

/* Monotone in key, which is what makes the errors recorded on the keys
 * valid bounds for keys that are not in the data. */
static size_t predict(const omen_index *ix, size_t s, uint64_t key)
{
    return omen_line_pos(ix->pieces[s].line, key - ix->firsts[s], omen_pos_max(ix->n));
}

/* The L2 cache's size, or 1 MiB where the C library cannot tell. */
static size_t l2_bytes(void)
{
#ifdef _SC_LEVEL2_CACHE_SIZE
    long b = sysconf(_SC_LEVEL2_CACHE_SIZE);
    if (b > 0)
        return (size_t)b;
#endif
    return (size_t)1 << 20;
}

/* segments= not given: the largest power of two with a piece for every 256
 * keys or more (32 bytes a piece: under 1.6% of the keys' size) whose pieces
 * fit the L2 cache, within 1..2^20: on hard real data the error, so the
 * window, shrinks with the piece length, but at 100M keys a piece array
 * beyond L2 costs more misses than it saves (docs/decisions.md, "linear"). */
static size_t default_segments(size_t n)
{
    size_t p = 1, most = l2_bytes() / (sizeof(uint64_t) + sizeof(piece));
    while (p < ((size_t)1 << 20) && 2 * p <= n / 256 && 2 * p <= most)
        p *= 2;
    return p;
}

/* The parameters, their ranges and defaults: build parses a copy, and
 * --list prints its help from this table. */
static const omen_param linear_params[] = {
    {.name = "segments", .what = "pieces", .kind = OMEN_PARAM_INT, .min = 1, .max = 1 << 24,
     .dflt = "the largest power of two up to n/256 whose pieces fit L2, within 1..2^20"},
};

static int linear_build(const uint64_t *keys, const uint64_t *payloads, size_t n,
                        const char *params, omen_index **out, omen_error *err)
{
    omen_param spec[sizeof linear_params / sizeof linear_params[0]];
    memcpy(spec, linear_params, sizeof spec);
    int rc = OMEN_PARAMS_PARSE("linear", params, spec, err);
    if (rc)
        return rc;
    size_t nseg = spec[0].given ? (size_t)spec[0].i : default_segments(n);
    if (nseg > n)
        nseg = n ? n : 1;
    if (n / nseg >= UINT32_MAX) /* errors, at most a piece's length, fit 32 bits */
        nseg = n / (UINT32_MAX - 1) + 1;

    omen_index *ix = omen_calloc(1, sizeof *ix);
    if (ix) {
        ix->firsts = omen_alloc(nseg * sizeof *ix->firsts);
        ix->pieces = omen_calloc(nseg, sizeof *ix->pieces);
    }
    if (!ix || !ix->firsts || !ix->pieces) {
        if (ix) {
            omen_free(ix->firsts);
            omen_free(ix->pieces);
        }
        omen_free(ix);
        return omen_errorf(err, OMEN_ENOMEM, "linear: out of memory for %zu segments", nseg);
    }
    ix->keys = keys;
    ix->payloads = payloads;
    ix->n = n;
    ix->nseg = nseg;
    ix->from_n = !spec[0].given;
    for (size_t s = 0; s < nseg; s++) {
        /* The line runs from this piece's first key to the next piece's (the
         * last key for the last piece), and the bounds must hold there too:
         * a key just above this piece's last key has that rank. */
        size_t a = start(ix, s), b = start(ix, s + 1), last = b < n ? b : n - 1;
        ix->firsts[s] = n ? keys[a] : 0;
        if (!n)
            continue;
        uint64_t dx = keys[last] - keys[a];
        piece *p = &ix->pieces[s];
        p->line.slope = dx ? (double)(last - a) / (double)dx : 0.0;
        p->line.intercept = (double)a;
        for (size_t i = a; i <= last; i++) {
            size_t guess = predict(ix, s, keys[i]);
            if (guess > i && guess - i > p->above)
                p->above = (uint32_t)(guess - i);
            if (i > guess && i - guess > p->below)
                p->below = (uint32_t)(i - guess);
        }
    }
    *out = ix;
    return OMEN_OK;
}

static size_t linear_lower_bound(const omen_index *ix, uint64_t key)
{
    /* The piece is the last one whose first key is < key; none means every
     * key is >= key, so the rank is 0. Strictly less matters with duplicates:
     * a run of equal keys can straddle two pieces. */
    size_t s = omen_kernels->lower_bound(ix->firsts, 0, ix->nseg, key);
    if (s-- == 0)
        return 0;
    /* Clamping the prediction into the piece only moves it toward the true
     * rank, so the bounds still hold. */
    size_t a = start(ix, s), b = start(ix, s + 1), p = predict(ix, s, key);
    p = p < a ? a : p > b ? b : p;
    const piece *e = &ix->pieces[s];
    size_t lo = p - a > e->above ? p - e->above : a;
    size_t hi = b - p > e->below ? p + e->below + 1 : b;
    /* Every line of a window of up to 256 keys requested at once: it then
     * arrives in one memory latency, not one per probe of the search. */
    omen_sorted_prefetch_window(ix->keys, lo, hi, 256, 1);
    return omen_kernels->lower_bound(ix->keys, lo, hi, key);
}

static size_t linear_size_bytes(const omen_index *ix)
{
    return sizeof *ix + ix->nseg * (sizeof *ix->firsts + sizeof *ix->pieces);
}

static int linear_stats(const omen_index *ix, omen_index_stats *st)
{
    double total = 0;
    st->max_abs_error = 0;
    snprintf(st->note, sizeof st->note, ix->from_n ? "segments=%zu: the largest power of two up to n/256 whose pieces fit L2"
                                                   : "segments=%zu as given", ix->nseg);
    for (size_t s = 0; s < ix->nseg && ix->n; s++)
        for (size_t i = start(ix, s); i < start(ix, s + 1); i++) {
            size_t p = predict(ix, s, ix->keys[i]), e = p > i ? p - i : i - p;
            total += (double)e;
            st->max_abs_error = e > st->max_abs_error ? e : st->max_abs_error;
        }
    st->mean_abs_error = ix->n ? total / (double)ix->n : 0;
    st->models = ix->nseg;
    st->size_bytes = linear_size_bytes(ix);
    return OMEN_OK;
}

static void linear_free(omen_index *ix)
{
    omen_free(ix->firsts);
    omen_free(ix->pieces);
    omen_free(ix);
}

static const char *const linear_test_params[] = {"segments=1", "segments=3", "segments=1000",
                                                 NULL};

const omen_index_vtable omen_linear_vtable = {
    .version = OMEN_INDEX_VERSION,
    .name = "linear",
    .description = "learned: equal-count pieces, one line and error bound each",
    OMEN_VTABLE_PARAMS(linear_params),
    .build = linear_build,
    .lower_bound = linear_lower_bound,
    .size_bytes = linear_size_bytes,
    .free = linear_free,
    .stats = linear_stats,
    .test_params = linear_test_params,
    .tune_grid = "segments=1024|4096|16384|65536|262144",
};
