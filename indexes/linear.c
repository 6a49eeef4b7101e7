/* linear: the simplest learned index, and the template for new variants.
 *
 * The key space is cut into `segments` pieces holding equal numbers of keys.
 * Each piece has a line from key to rank and the largest error that line
 * makes on its keys, so a lookup is: find the piece (binary search over the
 * pieces' first keys, a small array that stays in cache), evaluate one line,
 * then a bounded search of [pred - err, pred + err] in the key array.
 *
 * To write a new variant: copy this file, rename the functions and the
 * vtable, describe the parameters in params_help, and add one line to
 * indexes/registry.c. The conformance tests pick it up with no change. */
#include "common/alloc.h"
#include "indexes/batch.h"
#include "indexes/params.h"
#include "indexes/sorted_array.h"

typedef struct segment {
    /* The line, over key - base with base the piece's first key, in the
     * kernels' form (kernels/kernels.h), so single and batched lookups make
     * the very same prediction on every ISA. Its intercept is the rank of
     * base, an integer. */
    omen_segment m;
    uint64_t end;    /* rank one past the piece: predictions are clamped to it */
    uint64_t err_lo; /* how far a prediction may be above the true rank */
    uint64_t err_hi; /* how far it may be below */
} segment;

struct omen_index {
    const uint64_t *keys; /* borrowed from the dataset */
    const uint64_t *payloads;
    size_t n;
    size_t nseg;
    size_t group; /* keys a batched lookup interleaves */
    uint64_t *firsts; /* firsts[s] = segs[s].m.base, searched to pick a piece */
    segment *segs;
};

/* Predicted rank of key within the whole array. Monotone in key, which is
 * what makes the recorded errors valid bounds for keys that are not in the
 * data. */
static inline size_t predict(const omen_index *ix, const segment *s, uint64_t key)
{
    return omen_line_pos(s->m.line, key - s->m.base, omen_pos_max(ix->n));
}

/* The window [lo, hi) of piece s that holds the rank of key, given the
 * prediction p for it. Clamping p into the piece first only moves it toward
 * the true rank, so the error bounds still hold. */
static inline void window(const segment *g, size_t p, size_t *lo, size_t *hi)
{
    size_t start = (size_t)g->m.line.intercept, end = g->end;
    p = p < start ? start : p > end ? end : p;
    *lo = p - start > g->err_lo ? p - g->err_lo : start;
    *hi = end - p > g->err_hi ? p + g->err_hi + 1 : end;
}

/* Keys a batched lookup interleaves unless group= says otherwise (see
 * linear_lower_bound_batch). */
enum { GROUP_DEFAULT = 32 };

static int linear_build(const uint64_t *keys, const uint64_t *payloads, size_t n,
                        const char *params, omen_index **out, omen_error *err)
{
    omen_param spec[] = {
        {.name = "segments", .kind = OMEN_PARAM_INT, .min = 1, .max = 1 << 24, .i = 16384},
        {.name = "group", .kind = OMEN_PARAM_INT, .min = 1, .max = OMEN_BATCH_GROUP_MAX,
         .i = GROUP_DEFAULT},
    };
    int rc = omen_params_parse("linear", params, spec, 2, err);
    if (rc)
        return rc;
    size_t nseg = (size_t)spec[0].i;
    if (nseg > n)
        nseg = n ? n : 1;

    omen_index *ix = omen_calloc(1, sizeof *ix);
    if (!ix)
        return omen_errorf(err, OMEN_ENOMEM, "linear: out of memory");
    ix->keys = keys;
    ix->payloads = payloads;
    ix->n = n;
    ix->nseg = nseg;
    ix->group = (size_t)spec[1].i;
    ix->firsts = omen_alloc(nseg * sizeof *ix->firsts);
    ix->segs = omen_alloc(nseg * sizeof *ix->segs);
    if (!ix->firsts || !ix->segs) {
        omen_free(ix->firsts);
        omen_free(ix->segs);
        omen_free(ix);
        return omen_errorf(err, OMEN_ENOMEM, "linear: out of memory for %zu segments",
                           nseg);
    }

    for (size_t s = 0; s < nseg; s++) {
        /* Piece s holds ranks [a, b); its line runs through its first key and
         * the first key of the next piece (or its own last key at the end). */
        size_t a = s * n / nseg, b = (s + 1) * n / nseg;
        segment *g = &ix->segs[s];
        if (n == 0) {
            *g = (segment){0};
            ix->firsts[s] = 0;
            continue;
        }
        size_t last = b < n ? b : n - 1;
        uint64_t dx = keys[last] - keys[a];
        g->m.base = keys[a];
        g->m.line.intercept = (double)a;
        g->m.line.slope = dx ? (double)(last - a) / (double)dx : 0.0;
        g->end = b;
        ix->firsts[s] = keys[a];

        /* The bound must also hold at rank b (the next piece's first key),
         * because a key just above this piece's last key has rank b. */
        g->err_lo = g->err_hi = 0;
        for (size_t i = a; i <= last; i++) {
            size_t p = predict(ix, g, keys[i]);
            if (p > i && p - i > g->err_lo)
                g->err_lo = p - i;
            if (i > p && i - p > g->err_hi)
                g->err_hi = i - p;
        }
    }
    *out = ix;
    return OMEN_OK;
}

/* Windows of up to this many keys have every line requested before the
 * search starts, so they arrive in one memory latency rather than one per
 * probe. Non-temporally: a lookup's window is seldom read again, and fetched
 * the normal way the windows pushed the pieces out of L2. At 100M keys this
 * and the payload prefetch in linear_get made lookups 25-32 % faster. */
enum { PREFETCH_MAX = 256 };

/* The window [lo, hi) of the key array that holds key's rank. */
static void locate(const omen_index *ix, uint64_t key, size_t *lo, size_t *hi)
{
    /* The piece is the last one whose first key is < key; none means every
     * key is >= key, so the rank is 0. Strictly less matters with duplicates:
     * a run of equal keys can straddle two pieces. */
    size_t s = omen_kernels->lower_bound(ix->firsts, 0, ix->nseg, key);
    if (s == 0) {
        *lo = *hi = 0;
        return;
    }
    const segment *g = &ix->segs[s - 1];
    window(g, predict(ix, g, key), lo, hi);
    omen_sorted_prefetch_window(ix->keys, *lo, *hi, PREFETCH_MAX, 1);
}

static size_t linear_lower_bound(const omen_index *ix, uint64_t key)
{
    size_t lo, hi;
    locate(ix, key, &lo, &hi);
    return omen_kernels->lower_bound(ix->keys, lo, hi, key);
}

/* Batched lookups (indexes/batch.h) in groups of `group` keys: pick every
 * key's piece (the firsts are small and in cache), evaluate all the lines
 * in one kernel call (predict_segments), request the line of every
 * window's middle, then search the windows a line per round
 * (omen_batch_search), then fetch the payloads. A single lookup
 * waits for each of its cache misses; here a group's are in flight
 * together. The group's default by measurement at 100M keys (lognormal,
 * --batch 64). */
static void linear_lower_bound_batch(const omen_index *ix, const uint64_t *keys, size_t count,
                                     size_t *ranks)
{
    const omen_kernel_table *k = omen_kernels;
    for (size_t c = 0; c < count; c += ix->group) {
        size_t m = count - c < ix->group ? count - c : ix->group;
        const uint64_t *q = keys + c;
        size_t piece[OMEN_BATCH_GROUP_MAX], pos[OMEN_BATCH_GROUP_MAX];
        size_t lo[OMEN_BATCH_GROUP_MAX], hi[OMEN_BATCH_GROUP_MAX];
        for (size_t i = 0; i < m; i++) {
            size_t s = k->lower_bound(ix->firsts, 0, ix->nseg, q[i]);
            /* No piece (s == 0) means rank 0; evaluate piece 0 anyway and
             * let the window below come out empty at 0. */
            piece[i] = s ? s - 1 : 0;
            lo[i] = s == 0;
        }
        k->predict_segments(&ix->segs[0].m, sizeof(segment), piece, ix->n, q, m, pos);
        for (size_t i = 0; i < m; i++) {
            if (lo[i]) {
                lo[i] = hi[i] = pos[i] = 0;
                continue;
            }
            const segment *g = &ix->segs[piece[i]];
            window(g, pos[i], &lo[i], &hi[i]);
            omen_batch_window_start(ix->keys, lo[i], hi[i]);
        }
        omen_batch_search(ix->keys, q, m, lo, hi, ranks + c);
    }
}

static void linear_get_batch(const omen_index *ix, const uint64_t *keys, size_t count,
                             uint64_t *payloads, uint8_t *found)
{
    omen_batch_get(ix, linear_lower_bound_batch, ix->group, ix->keys, ix->payloads, ix->n, keys,
                   count, payloads, found);
}

static int linear_get(const omen_index *ix, uint64_t key, uint64_t *payload)
{
    size_t lo, hi;
    locate(ix, key, &lo, &hi);
    /* The window's payload lines as well, so the one read after the search
     * is already on its way: a line at the prediction alone missed too
     * often, the errors being tens of keys. */
    omen_sorted_prefetch_window(ix->payloads, lo, hi, PREFETCH_MAX, 1);
    return omen_sorted_get_at(ix->keys, ix->payloads, ix->n,
                              omen_kernels->lower_bound(ix->keys, lo, hi, key), key, payload);
}

static omen_range_result linear_range(const omen_index *ix, uint64_t lo, uint64_t hi)
{
    return omen_sorted_range(ix, linear_lower_bound, ix->payloads, ix->n, lo, hi);
}

static size_t linear_size_bytes(const omen_index *ix)
{
    return sizeof *ix + ix->nseg * (sizeof *ix->firsts + sizeof *ix->segs);
}

static int linear_stats(const omen_index *ix, omen_index_stats *st)
{
    double total = 0;
    st->max_abs_error = 0;
    for (size_t s = 0; s < ix->nseg && ix->n; s++) {
        const segment *g = &ix->segs[s];
        for (size_t i = (size_t)g->m.line.intercept; i < g->end; i++) {
            size_t p = predict(ix, g, ix->keys[i]);
            size_t e = p > i ? p - i : i - p;
            total += (double)e;
            if (e > st->max_abs_error)
                st->max_abs_error = e;
        }
    }
    st->mean_abs_error = ix->n ? total / (double)ix->n : 0;
    st->models = ix->nseg;
    st->size_bytes = linear_size_bytes(ix);
    return OMEN_OK;
}

static void linear_free(omen_index *ix)
{
    omen_free(ix->firsts);
    omen_free(ix->segs);
    omen_free(ix);
}

static const char *const linear_test_params[] = {"segments=1", "segments=3", "segments=1000",
                                                 "group=1", "group=7", "group=256", NULL};

const omen_index_vtable omen_linear_vtable = {
    .version = OMEN_INDEX_VERSION,
    .name = "linear",
    .description = "learned: equal-count pieces, one line and error bound each",
    .params_help = "segments=K (1..16777216, default 16384), "
                   "group=G (keys a batched lookup interleaves, 1..256, default 32)",
    .caps = OMEN_CAP_LOWER_BOUND,
    .build = linear_build,
    .get = linear_get,
    .lower_bound = linear_lower_bound,
    .range = linear_range,
    .size_bytes = linear_size_bytes,
    .free = linear_free,
    .get_batch = linear_get_batch,
    .lower_bound_batch = linear_lower_bound_batch,
    .stats = linear_stats,
    .test_params = linear_test_params,
};
