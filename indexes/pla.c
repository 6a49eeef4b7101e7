/* pla: a PGM-style learned index (Ferragina & Vinciguerra, VLDB 2020).
 *
 * Level 0 is an optimal piecewise-linear approximation of the map from key
 * to rank: the fewest segments such that every segment's line is within eps
 * of the rank of each key it covers. The first keys of those segments form a
 * new, much smaller sorted array, approximated the same way (with
 * eps_internal) as level 1, and so on until at most `top` first keys are
 * left. A lookup binary-searches that small root array, then at each level
 * evaluates one line and searches a window of about 2*eps around the
 * prediction in the array below, down to the data.
 *
 * The segments come from the streaming algorithm the paper builds on
 * (O'Rourke's optimal line fitting): every point (x, y) stands for the
 * vertical interval [y - eps, y + eps]; the lines that cross all intervals
 * seen so far form a convex set bounded by a steepest and a flattest line,
 * each resting on one point of a convex hull of interval ends. A new point
 * either fits between the two lines, and may rotate them (walking the hulls
 * forward, so each point is touched O(1) times amortised), or it does not,
 * and then no line fits and the segment ends. Greedy extension is optimal
 * for this problem, so the number of segments is the minimum for eps. The
 * geometry is exact: coordinates are relative to the segment's first point,
 * and every orientation test is decided in floating point only when the
 * estimate is far from a tie, otherwise in 128-bit integers, so keys near
 * UINT64_MAX and huge gaps need no care. A segment's line is the mean of
 * the two extreme lines, which fits because the set of fitting lines is
 * convex (the paper's choice).
 *
 * What a lookup needs is not the rank at the keys but lower_bound for any
 * key: a step function that, between two consecutive distinct keys, already
 * equals the rank of the upper one. Its left end matters after a run of
 * duplicates (the first key past a run of c equal keys has rank c higher
 * than the run's start), so a run of equal keys contributes its first rank
 * and, when c > 1, a second point "run key + 1 -> rank after the run". The
 * window bounds are not taken on trust from eps: they are measured by
 * evaluating the stored line, in the same floating-point code the lookup
 * runs, at the ends of every step of lower_bound in the segment (the
 * prediction is monotone, so the ends are the extremes). They are therefore
 * exact for every possible key, whatever rounding did, plus one rank of
 * slack on each side in case a compiler contracts the lookup's multiply-add
 * differently from the build's; in practice they come out at eps + 1 and
 * eps + 2. Predictions are clamped to the next segment's intercept (within
 * about eps of the rank where it starts), so a key in a huge gap after a
 * segment (the outliers near UINT64_MAX) cannot send the search far past
 * it; the paper does the same, and it spares a field: a segment is 24 bytes
 * with its first key. */
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "common/alloc.h"
#include "indexes/batch.h"
#include "indexes/params.h"
#include "indexes/pla.h"
#include "indexes/pla_fit.h"
#include "indexes/sorted_array.h"

/* Each level has at most half the entries of the one below. */
enum { MAX_LEVELS = 66 };

struct omen_index {
    const uint64_t *keys; /* borrowed from the dataset */
    const uint64_t *payloads;
    size_t n;
    uint64_t first, last; /* keys[0], keys[n-1] (0 when n == 0) */
    unsigned nlevels;     /* 0 when n == 0 */
    size_t group;         /* keys a batched lookup interleaves */
    pla_level lv[MAX_LEVELS];
    char note[160]; /* how eps was chosen, for --stats; last, off the hot lines */
};
OMEN_SORTED_VIEW_FIRST(struct omen_index);

/* The window [*lo, *hi) of lv->keys that holds the lower_bound of key,
 * knowing key falls in segment s. */
static inline void level_window(const pla_level *lv, size_t s, uint64_t key, size_t *lo,
                                size_t *hi)
{
    const pla_seg *g = &lv->segs[s];
    size_t p = omen_pla_predict(g, key - lv->firsts[s]);
    /* The bounds were verified for every key, so lo <= rank <= hi. */
    *lo = p > lv->err_lo ? p - lv->err_lo : 0;
    *hi = p + lv->err_hi < lv->n ? p + lv->err_hi : lv->n;
}

/* Descends from the root to the window of the data that holds the
 * lower_bound of key; keys[0] < key <= keys[n-1]. */
static inline void locate(const omen_index *ix, uint64_t key, size_t *lo, size_t *hi)
{
    /* Every level's first entry is keys[0] < key, so the segment holding
     * key always exists. */
    const pla_level *top = &ix->lv[ix->nlevels - 1];
    size_t i = omen_kernels->lower_bound(top->firsts, 0, top->nseg, key);
    for (unsigned l = ix->nlevels - 1;; l--) {
        const pla_level *lv = &ix->lv[l];
        /* The segment is the last one starting at or below key. */
        size_t s = i < lv->nseg && lv->firsts[i] == key ? i : i - 1;
        level_window(lv, s, key, lo, hi);
        if (l == 0)
            return;
        /* The segment found next is one of those of the window (or the one
         * before it), and its line (and the next one's intercept) lives in
         * another array than the window's keys: request those lines now, so
         * that they arrive with the window's instead of after the search. */
        const pla_seg *next = ix->lv[l - 1].segs;
        size_t from = *lo ? *lo - 1 : 0;
        for (size_t a = from; a < *hi; a += 64 / sizeof *next)
            __builtin_prefetch(next + a);
        __builtin_prefetch(next + *hi); /* segs holds a sentinel at nseg >= *hi */
        i = omen_kernels->lower_bound(lv->keys, *lo, *hi, key);
    }
}

/* The window is a few cache lines of the data, usually not in cache:
 * asking for all of them at once costs one memory latency instead of one
 * per probe of the binary search. Past a bound (a large eps) the search is
 * long anyway and the traffic would not pay. */
enum { PREFETCH_MAX = 256 };

static size_t pla_lower_bound(const omen_index *ix, uint64_t key)
{
    if (key <= ix->first)
        return 0;
    if (key > ix->last)
        return ix->n;
    size_t lo, hi;
    locate(ix, key, &lo, &hi);
    omen_sorted_prefetch_window(ix->keys, lo, hi, PREFETCH_MAX, 0);
    return omen_kernels->lower_bound(ix->keys, lo, hi, key);
}

static int pla_get(const omen_index *ix, uint64_t key, uint64_t *payload)
{
    if (key <= ix->first || key > ix->last)
        return omen_sorted_get_at(ix->keys, ix->payloads, ix->n, key <= ix->first ? 0 : ix->n,
                                  key, payload);
    size_t lo, hi;
    locate(ix, key, &lo, &hi);
    omen_sorted_prefetch_window(ix->keys, lo, hi, PREFETCH_MAX, 0);
    /* One line of payloads, where the model expects the key: often the
     * right one, and then the read after the search does not wait a memory
     * latency of its own. (All of the window's payload lines measured
     * slower: too much traffic for the one line that is used.) */
    __builtin_prefetch(ix->payloads + lo + (hi - lo) / 2);
    size_t r = omen_kernels->lower_bound(ix->keys, lo, hi, key);
    return omen_sorted_get_at(ix->keys, ix->payloads, ix->n, r, key, payload);
}

/* Batched lookups (indexes/batch.h): the models of a group of keys are
 * evaluated first (the upper levels are small and in cache) and the middle
 * line of every data window requested, then the windows are searched a line
 * per round over the group (omen_batch_search) and the payloads fetched in
 * one more round, so the memory latencies overlap and a window costs about
 * log2(its lines) + 1 lines instead of all of them. */
enum { GROUP_DEFAULT = 32 };

static void pla_lower_bound_batch(const omen_index *ix, const uint64_t *keys, size_t count,
                                  size_t *ranks)
{
    size_t G = ix->group;
    for (size_t at = 0; at < count; at += G) {
        size_t m = count - at < G ? count - at : G;
        const uint64_t *k = keys + at;
        size_t lo[OMEN_BATCH_GROUP_MAX], hi[OMEN_BATCH_GROUP_MAX];
        for (size_t i = 0; i < m; i++) {
            if (k[i] <= ix->first || k[i] > ix->last) {
                lo[i] = hi[i] = k[i] <= ix->first ? 0 : ix->n;
                continue;
            }
            locate(ix, k[i], &lo[i], &hi[i]);
            omen_batch_window_start(ix->keys, lo[i], hi[i]);
        }
        omen_batch_search(ix->keys, k, m, lo, hi, ranks + at);
    }
}

static void pla_get_batch(const omen_index *ix, const uint64_t *keys, size_t count,
                          uint64_t *payloads, uint8_t *found)
{
    omen_batch_get(ix, pla_lower_bound_batch, ix->group, ix->keys, ix->payloads, ix->n, keys, count,
                   payloads, found);
}

static void free_levels(omen_index *ix)
{
    for (unsigned l = 0; l < MAX_LEVELS; l++) {
        omen_free(ix->lv[l].firsts);
        omen_free(ix->lv[l].segs);
    }
    memset(ix->lv, 0, sizeof ix->lv);
    ix->nlevels = 0;
}

static void pla_free(omen_index *ix)
{
    free_levels(ix);
    omen_free(ix);
}

static size_t pla_size_bytes(const omen_index *ix);

/* Level 0 over the keys at eps, then upper levels at eps_in until at most
 * top first keys are left. */
static int build_levels(omen_index *ix, size_t eps, size_t eps_in, size_t top, unsigned parts,
                        omen_error *err)
{
    int rc = omen_pla_fit_level(&ix->lv[0], ix->keys, ix->n, eps, parts, err);
    ix->nlevels = 1;
    while (!rc && ix->lv[ix->nlevels - 1].nseg > top) {
        const pla_level *below = &ix->lv[ix->nlevels - 1];
        rc = omen_pla_fit_level(&ix->lv[ix->nlevels], below->firsts, below->nseg, eps_in, 1,
                                err);
        ix->nlevels++;
    }
    return rc;
}

/* The size budget of issue 16: 2% of the key array (8n bytes). Small sets
 * get room for 64 segments besides the fixed header, or they would need an
 * eps near n. */
static double budget_bytes(size_t n)
{
    double b = 0.02 * 8 * (double)n, least = (double)(sizeof(omen_index) + 64 * 24);
    return b > least ? b : least;
}

/* Largest eps the default reaches: past it the window is a long search and
 * no budget needs more. */
enum { EPS_AUTO_MAX = 1 << 16 };

/* eps not given: the smallest of 16, 32, 64, ... whose index fits the
 * budget. 16 is built first, since it fits on most data and is the fastest
 * (see pla_build); if it does not fit, the next eps comes from a sample
 * (pla_eps.c) and the index is built again, so choosing costs about one
 * more build. A rebuild that still does not fit goes round again. */
static int fit_budget(omen_index *ix, size_t eps, size_t eps_in, size_t top, unsigned parts,
                      omen_error *err)
{
    double budget = budget_bytes(ix->n), pct = 100.0 / (8.0 * (double)ix->n);
    size_t len = 0, cap = sizeof ix->note;
    double size = (double)pla_size_bytes(ix);
    if (size <= budget) {
        if (size * pct <= 2)
            snprintf(ix->note, cap, "eps=%zu (default): %.2f%% of the keys, within the 2%% "
                     "budget", eps, size * pct);
        else
            snprintf(ix->note, cap, "eps=%zu (default): %.2f%% of the keys, within a small "
                     "set's budget: the fixed %zu-byte header and 64 segments", eps, size * pct,
                     sizeof *ix);
        return OMEN_OK;
    }
    len = (size_t)snprintf(ix->note, cap, "eps=%zu: %.2f%%", eps, size * pct);
    while (size > budget && eps < EPS_AUTO_MAX) {
        /* Bytes per level-0 segment, upper levels included, as measured. */
        double fixed = (double)sizeof *ix, nseg = (double)ix->lv[0].nseg;
        double per = (size - fixed) / nseg, target = (budget - fixed) / per, est;
        size_t next;
        int rc = omen_pla_next_eps(ix->keys, ix->n, eps, ix->lv[0].nseg, target, EPS_AUTO_MAX,
                                   &next, &est, err);
        free_levels(ix);
        if (!rc)
            rc = build_levels(ix, next, eps_in, top, parts, err);
        if (rc)
            return rc;
        eps = next;
        size = (double)pla_size_bytes(ix);
        if (len < cap)
            len += (size_t)snprintf(ix->note + len, cap - len, ", eps=%zu: %.2f%% (est. %.2f%%)",
                                    eps, size * pct, (fixed + est * per) * pct);
    }
    if (len < cap)
        snprintf(ix->note + len, cap - len, "; eps=%zu chosen for the 2%% budget", eps);
    return OMEN_OK;
}

/* The parameters, their ranges and defaults: build parses a copy, and
 * --list prints its help from this table. */
static const omen_param pla_params[] = {
    {.name = "eps", .what = "max error of a data segment", .kind = OMEN_PARAM_INT, .min = 1,
     .max = 1 << 20, .i = 16,
     .dflt = "the smallest of 16, 32, 64, ... that keeps the index within 2% of the keys"},
    {.name = "eps_internal", .what = "of the upper levels", .kind = OMEN_PARAM_INT, .min = 1,
     .max = 1 << 20, .i = 4},
    {.name = "top", .what = "root size searched directly", .kind = OMEN_PARAM_INT, .min = 1,
     .max = 1 << 20, .i = 1024},
    {.name = "threads", .what = "level 0 streamed in parts on that many threads",
     .kind = OMEN_PARAM_INT, .min = 0, .max = OMEN_PLA_MAX_PARTS, .i = 0,
     .dflt = "0: every core for 4M keys and more"},
    {.name = "group", .what = "keys a batched lookup interleaves", .kind = OMEN_PARAM_INT,
     .min = 1, .max = OMEN_BATCH_GROUP_MAX, .i = GROUP_DEFAULT},
};

static int pla_build(const uint64_t *keys, const uint64_t *payloads, size_t n,
                     const char *params, omen_index **out, omen_error *err)
{
    /* eps = 16: the fastest lookups measured, raised by fit_budget where
     * it passes the 2% budget; eps_internal = 4 keeps the upper levels'
     * windows smallest; top = 1024 saves skewed sets a level. Numbers:
     * docs/decisions.md, "pla: defaults". */
    omen_param spec[sizeof pla_params / sizeof pla_params[0]];
    memcpy(spec, pla_params, sizeof spec);
    int rc = OMEN_PARAMS_PARSE("pla", params, spec, err);
    if (rc)
        return rc;
    size_t eps = (size_t)spec[0].i, eps_in = (size_t)spec[1].i, top = (size_t)spec[2].i;
    /* threads=0: every core, for arrays of 4M keys and more, with parts of
     * at least 1M keys (below that a thread costs more than it saves). */
    unsigned parts = (unsigned)spec[3].i;
    if (parts == 0) {
        long cpus = sysconf(_SC_NPROCESSORS_ONLN);
        size_t most = n >= ((size_t)4 << 20) ? n / ((size_t)1 << 20) : 1;
        parts = cpus < 1 ? 1 : cpus > OMEN_PLA_MAX_PARTS ? OMEN_PLA_MAX_PARTS : (unsigned)cpus;
        parts = parts > most ? (unsigned)most : parts;
    }

    omen_index *ix = omen_calloc(1, sizeof *ix);
    if (!ix)
        return omen_errorf(err, OMEN_ENOMEM, "pla: out of memory");
    ix->keys = keys;
    ix->payloads = payloads;
    ix->n = n;
    ix->group = (size_t)spec[4].i;
    ix->first = n ? keys[0] : 0;
    ix->last = n ? keys[n - 1] : 0;
    if (n) {
        rc = build_levels(ix, eps, eps_in, top, parts, err);
        if (!rc && !spec[0].given)
            rc = fit_budget(ix, eps, eps_in, top, parts, err);
        else
            snprintf(ix->note, sizeof ix->note, "eps=%zu as given", eps);
        if (rc) {
            pla_free(ix);
            return rc;
        }
    }
    *out = ix;
    return OMEN_OK;
}

static size_t pla_size_bytes(const omen_index *ix)
{
    size_t s = sizeof *ix;
    for (unsigned l = 0; l < ix->nlevels; l++)
        s += ix->lv[l].cap * sizeof *ix->lv[l].firsts +
             (ix->lv[l].cap + 1) * sizeof *ix->lv[l].segs;
    return s;
}

/* Position error of level 0 over the keys: |prediction - rank of the key's
 * first occurrence|, the rank a lookup of that key must find. */
static int pla_stats(const omen_index *ix, omen_index_stats *st)
{
    double total = 0;
    st->max_abs_error = 0;
    st->models = 0;
    for (unsigned l = 0; l < ix->nlevels; l++)
        st->models += ix->lv[l].nseg;
    if (ix->n) {
        const pla_level *lv = &ix->lv[0];
        size_t s = 0, first = 0;
        for (size_t i = 0; i < ix->n; i++) {
            uint64_t k = ix->keys[i];
            if (i == 0 || k != ix->keys[i - 1])
                first = i;
            while (s + 1 < lv->nseg && lv->firsts[s + 1] <= k)
                s++;
            size_t p = omen_pla_predict(&lv->segs[s], k - lv->firsts[s]);
            size_t e = p > first ? p - first : first - p;
            total += (double)e;
            if (e > st->max_abs_error)
                st->max_abs_error = e;
        }
    }
    st->mean_abs_error = ix->n ? total / (double)ix->n : 0;
    st->size_bytes = pla_size_bytes(ix);
    snprintf(st->note, sizeof st->note, "%s", ix->note);
    return OMEN_OK;
}

static const char *const pla_test_params[] = {"eps=1,eps_internal=1,top=1",
                                              "eps=100000,eps_internal=3",
                                              "threads=3", "eps=2,threads=16",
                                              "group=1", "group=7", "group=256", NULL};

const omen_index_vtable omen_pla_vtable = {
    .version = OMEN_INDEX_VERSION,
    .name = "pla",
    .description = "learned: PGM-style optimal piecewise-linear levels with error bound eps",
    OMEN_VTABLE_PARAMS(pla_params),
    .caps = 0,
    .build = pla_build,
    .get = pla_get,
    .lower_bound = pla_lower_bound,
    .range = NULL, /* v2: the default from lower_bound */
    .size_bytes = pla_size_bytes,
    .free = pla_free,
    .get_batch = pla_get_batch,
    .lower_bound_batch = pla_lower_bound_batch,
    .stats = pla_stats,
    .test_params = pla_test_params,
    .tune_grid = "eps=8|16|32|64|128|256",
};
