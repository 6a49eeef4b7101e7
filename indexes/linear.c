/* linear: the simplest learned index, and the template for new variants.
 *
 * The key space is cut into `segments` pieces holding equal numbers of keys.
 * Each piece has a line from key to rank and the largest errors that line
 * makes on its keys, so a lookup is: find the piece (binary search over the
 * pieces' first keys, a small array that stays in cache), evaluate its line,
 * then a bounded search of [pred - err, pred + err] in the key array.
 *
 * To write a new variant: copy this file, rename the functions and the
 * vtable, describe the parameters in params_help, and add one line to
 * indexes/registry.c. The conformance tests pick it up with no change. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "common/alloc.h"
#include "indexes/batch.h"
#include "indexes/params.h"
#include "indexes/sorted_array.h"

/* A piece's error bounds. Its line is not stored: it runs through the
 * piece's first key and the next piece's, both in firsts[], which the search
 * for the piece has just read. So a piece costs 16 bytes where a record with
 * the line took 56, and a lookup reads one line of err[] where it read one of
 * the records: at 100M keys that made lookups 11-16 % faster. */
typedef struct bounds {
    uint32_t lo; /* how far a prediction may be above the true rank */
    uint32_t hi; /* how far it may be below */
} bounds;

struct omen_index {
    const uint64_t *keys; /* borrowed from the dataset */
    const uint64_t *payloads;
    size_t n;
    size_t nseg;
    size_t group;     /* keys a batched lookup interleaves */
    uint64_t *firsts; /* nseg + 1: each piece's first key, then the last key */
    bounds *err;      /* nseg */
    char note[160];   /* how the piece count was chosen, for --stats; last, off the hot lines */
};
OMEN_SORTED_VIEW_FIRST(struct omen_index);

/* Piece s holds ranks [start(s), start(s + 1)). s * n cannot overflow:
 * s < 2^24 and no dataset has 2^40 keys. */
static inline size_t start(const omen_index *ix, size_t s)
{
    return s * ix->n / ix->nseg;
}

/* The rank of firsts[s + 1]: the next piece's first key, or the last key. */
static inline size_t reach(const omen_index *ix, size_t s)
{
    size_t b = start(ix, s + 1);
    return b < ix->n ? b : ix->n - 1;
}

/* Piece s's line, in the kernels' form (kernels/kernels.h), so single and
 * batched lookups make the very same prediction on every ISA: from rank
 * start(s) at its first key to rank reach(s) at firsts[s + 1]. */
static inline omen_segment line_of(const omen_index *ix, size_t s)
{
    size_t a = start(ix, s), last = reach(ix, s);
    uint64_t dx = ix->firsts[s + 1] - ix->firsts[s];
    return (omen_segment){
        .base = ix->firsts[s],
        .line = {.slope = dx ? (double)(last - a) / (double)dx : 0.0, .intercept = (double)a},
    };
}

/* Predicted rank of key within the whole array. Monotone in key, which is
 * what makes the recorded errors valid bounds for keys that are not in the
 * data. */
static inline size_t predict(const omen_index *ix, omen_segment m, uint64_t key)
{
    return omen_line_pos(m.line, key - m.base, omen_pos_max(ix->n));
}

/* The window [lo, hi) of piece s that holds the rank of key, given the
 * prediction p for it. Clamping p into the piece first only moves it toward
 * the true rank, so the error bounds still hold. */
static inline void window(const omen_index *ix, size_t s, size_t p, size_t *lo, size_t *hi)
{
    size_t a = start(ix, s), b = start(ix, s + 1);
    bounds e = ix->err[s];
    p = p < a ? a : p > b ? b : p;
    *lo = p - a > e.lo ? p - e.lo : a;
    *hi = b - p > e.hi ? p + e.hi + 1 : b;
}

/* Keys a batched lookup interleaves unless group= says otherwise (see
 * linear_lower_bound_batch). */
enum { GROUP_DEFAULT = 32 };

/* Mean |prediction - rank of the key's first copy| over the keys of up to
 * 256 evenly spaced pieces, when n keys are cut into p pieces: about half
 * the window a lookup searches. */
static double sample_error(const uint64_t *keys, size_t n, size_t p)
{
    size_t step = p > 256 ? p / 256 : 1, count = 0;
    double total = 0;
    for (size_t s = 0; s < p; s += step) {
        size_t a = s * n / p, b = (s + 1) * n / p, last = b < n ? b : n - 1, first = a;
        double dx = (double)(keys[last] - keys[a]);
        double slope = dx > 0 ? (double)(last - a) / dx : 0;
        for (size_t i = a; i < b; i++) {
            first = keys[i] == keys[first] ? first : i;
            total += fabs((double)a + slope * (double)(keys[i] - keys[a]) - (double)first);
        }
        count += b - a;
    }
    return count ? total / (double)count : 0;
}

/* segments= not given: the power of two nearest n / 640 keys a piece, within
 * 1..65536 (best measured at 10M and 100M keys on smooth data, see
 * docs/decisions.md); then doubled, at most twice (the firsts, searched by
 * every lookup, grow with it), while the sampled error says windows are long
 * (mean > 16 keys, as on zipf_gaps), doubling shortens them by a quarter,
 * and the pieces stay within 2% of the key array. */
static size_t default_pieces(const uint64_t *keys, size_t n, char *note, size_t cap)
{
    size_t want = n / 640, p = 1;
    while (p < 65536 && 2 * want > 3 * p) /* want is nearer to 2p than to p */
        p *= 2;
    double e = n ? sample_error(keys, n, p) : 0;
    int len = snprintf(note, cap, "segments=%zu: the power of two nearest n/640, sampled "
                       "mean error %.1f keys", p, e);
    for (int k = 0; k < 2 && e > 16 && p * 2 * 16 <= n * 8 / 50; k++) {
        double e2 = sample_error(keys, n, p * 2);
        if (e2 > 0.75 * e)
            break;
        p *= 2;
        e = e2;
        if (len >= 0 && (size_t)len < cap)
            len += snprintf(note + len, cap - (size_t)len, "%s %zu: %.1f", k ? "," : "; > 16, so",
                            p, e);
    }
    return p;
}

static int linear_build(const uint64_t *keys, const uint64_t *payloads, size_t n,
                        const char *params, omen_index **out, omen_error *err)
{
    omen_param spec[] = {
        {.name = "segments", .kind = OMEN_PARAM_INT, .min = 1, .max = 1 << 24, .i = 0},
        {.name = "group", .kind = OMEN_PARAM_INT, .min = 1, .max = OMEN_BATCH_GROUP_MAX,
         .i = GROUP_DEFAULT},
    };
    int rc = OMEN_PARAMS_PARSE("linear", params, spec, err);
    if (rc)
        return rc;
    char note[160];
    snprintf(note, sizeof note, "segments=%lld as given", spec[0].i);
    size_t nseg = spec[0].given ? (size_t)spec[0].i : default_pieces(keys, n, note, sizeof note);
    if (nseg > n)
        nseg = n ? n : 1;
    if (n / nseg >= UINT32_MAX) /* errors, at most a piece's length, fit 32 bits */
        nseg = n / (UINT32_MAX - 1) + 1;

    omen_index *ix = omen_calloc(1, sizeof *ix);
    if (!ix)
        return omen_errorf(err, OMEN_ENOMEM, "linear: out of memory");
    ix->keys = keys;
    ix->payloads = payloads;
    ix->n = n;
    ix->nseg = nseg;
    ix->group = (size_t)spec[1].i;
    memcpy(ix->note, note, sizeof note);
    ix->firsts = omen_alloc((nseg + 1) * sizeof *ix->firsts);
    ix->err = omen_calloc(nseg, sizeof *ix->err);
    if (!ix->firsts || !ix->err) {
        omen_free(ix->firsts);
        omen_free(ix->err);
        omen_free(ix);
        return omen_errorf(err, OMEN_ENOMEM, "linear: out of memory for %zu segments",
                           nseg);
    }
    for (size_t s = 0; s < nseg; s++)
        ix->firsts[s] = n ? keys[start(ix, s)] : 0;
    ix->firsts[nseg] = n ? keys[n - 1] : 0;

    for (size_t s = 0; s < nseg && n; s++) {
        /* The bound must also hold at rank start(s + 1) (the next piece's
         * first key), because a key just above this piece's last key has
         * that rank. */
        omen_segment m = line_of(ix, s);
        size_t last = reach(ix, s);
        bounds *e = &ix->err[s];
        for (size_t i = start(ix, s); i <= last; i++) {
            size_t p = predict(ix, m, keys[i]);
            if (p > i && p - i > e->lo)
                e->lo = (uint32_t)(p - i);
            if (i > p && i - p > e->hi)
                e->hi = (uint32_t)(i - p);
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
    size_t p = predict(ix, line_of(ix, s - 1), key);
    window(ix, s - 1, p, lo, hi);
    omen_sorted_prefetch_window(ix->keys, *lo, *hi, PREFETCH_MAX, 1);
}

static size_t linear_lower_bound(const omen_index *ix, uint64_t key)
{
    size_t lo, hi;
    locate(ix, key, &lo, &hi);
    return omen_kernels->lower_bound(ix->keys, lo, hi, key);
}

/* Batched lookups (indexes/batch.h) in groups of `group` keys: pick every
 * key's piece (the firsts are small and in cache) and request its error
 * bounds, evaluate all the lines in one kernel call (predict_segments, over
 * the lines rebuilt from the firsts), request the line of every
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
        omen_segment line[OMEN_BATCH_GROUP_MAX]; /* key i's line is line[which[i] = i] */
        size_t which[OMEN_BATCH_GROUP_MAX];
        for (size_t i = 0; i < m; i++) {
            size_t s = k->lower_bound(ix->firsts, 0, ix->nseg, q[i]);
            /* No piece (s == 0) means rank 0; evaluate piece 0 anyway and
             * let the window below come out empty at 0. */
            piece[i] = s ? s - 1 : 0;
            lo[i] = s == 0;
            line[i] = line_of(ix, piece[i]);
            which[i] = i;
            __builtin_prefetch(&ix->err[piece[i]]);
        }
        k->predict_segments(line, sizeof line[0], which, ix->n, q, m, pos);
        for (size_t i = 0; i < m; i++) {
            if (lo[i]) {
                lo[i] = hi[i] = pos[i] = 0;
                continue;
            }
            window(ix, piece[i], pos[i], &lo[i], &hi[i]);
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

static size_t linear_size_bytes(const omen_index *ix)
{
    return sizeof *ix + (ix->nseg + 1) * sizeof *ix->firsts + ix->nseg * sizeof *ix->err;
}

static int linear_stats(const omen_index *ix, omen_index_stats *st)
{
    double total = 0;
    st->max_abs_error = 0;
    for (size_t s = 0; s < ix->nseg && ix->n; s++) {
        omen_segment m = line_of(ix, s);
        for (size_t i = start(ix, s); i < start(ix, s + 1); i++) {
            size_t p = predict(ix, m, ix->keys[i]);
            size_t e = p > i ? p - i : i - p;
            total += (double)e;
            if (e > st->max_abs_error)
                st->max_abs_error = e;
        }
    }
    st->mean_abs_error = ix->n ? total / (double)ix->n : 0;
    st->models = ix->nseg;
    st->size_bytes = linear_size_bytes(ix);
    snprintf(st->note, sizeof st->note, "%s", ix->note);
    return OMEN_OK;
}

static void linear_free(omen_index *ix)
{
    omen_free(ix->firsts);
    omen_free(ix->err);
    omen_free(ix);
}

static const char *const linear_test_params[] = {"segments=1", "segments=3", "segments=1000",
                                                 "group=1", "group=7", "group=256", NULL};

const omen_index_vtable omen_linear_vtable = {
    .version = OMEN_INDEX_VERSION,
    .name = "linear",
    .description = "learned: equal-count pieces, one line and error bound each",
    .params_help = "segments=K (1..16777216; default: the power of two nearest n/640, "
                   "within 1..65536, doubled while that shortens long windows, within 2% "
                   "of the keys), "
                   "group=G (keys a batched lookup interleaves, 1..256, default 32)",
    .caps = 0,
    .build = linear_build,
    .get = linear_get,
    .lower_bound = linear_lower_bound,
    .range = NULL, /* v2: the default from lower_bound */
    .size_bytes = linear_size_bytes,
    .free = linear_free,
    .get_batch = linear_get_batch,
    .lower_bound_batch = linear_lower_bound_batch,
    .stats = linear_stats,
    .test_params = linear_test_params,
    .tune_grid = "segments=1024|4096|16384|65536|262144",
};
