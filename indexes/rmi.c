/* rmi's lookups: one at a time and batched, and the vtable (the layout and
 * the model arithmetic: rmi.h; the build: rmi_build.c). */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "indexes/batch.h"
#include "indexes/rmi.h"
#include "indexes/sorted_array.h"

/* The ranks [lo, hi] that must hold key's rank. Keys outside the domain get
 * their whole tail, which is exact. */
static inline void rmi_window(const omen_index *ix, uint64_t key, size_t *lo, size_t *hi)
{
    if (key < ix->klo) {
        *lo = 0, *hi = ix->lo_rank;
    } else if (key > ix->khi) {
        *lo = ix->hi_rank, *hi = ix->n;
    } else {
        double u;
        size_t j = rmi_root_eval(&ix->root, key, &u);
        rmi_leaf_window(ix, &ix->leaves[j], u, lo, hi);
    }
}

static size_t rmi_lower_bound(const omen_index *ix, uint64_t key)
{
    size_t lo, hi;
    rmi_window(ix, key, &lo, &hi);
    return omen_sorted_search_checked(ix->keys, ix->n, lo, hi, key);
}

/* Batched lookups (indexes/batch.h), `group` keys at a time: every key's
 * root is evaluated and its leaf requested; then every leaf is read, its
 * window computed and its middle line requested; then the windows are
 * searched a line per round (omen_batch_search), and the payloads fetched
 * (requesting each payload as soon as its rank is known measured slower: it
 * competes with the other windows' lines). The final check reads the window's two neighbours,
 * most often from a line already read. */

/* Stage one for a group: each key's leaf (requested) and u, or the tail
 * window of a key outside the root's domain (lf NULL). */
static inline void rmi_batch_leaves(const omen_index *ix, const uint64_t *q, size_t m,
                                    const leaf **lf, double *u, size_t *lo, size_t *hi)
{
    for (size_t i = 0; i < m; i++) {
        uint64_t key = q[i];
        lf[i] = NULL;
        if (key < ix->klo) {
            lo[i] = 0, hi[i] = ix->lo_rank;
        } else if (key > ix->khi) {
            lo[i] = ix->hi_rank, hi[i] = ix->n;
        } else {
            lf[i] = &ix->leaves[rmi_root_eval(&ix->root, key, &u[i])];
            __builtin_prefetch(lf[i]);
        }
    }
}

/* Both batched entries: ranks (if not NULL) and, with payloads/found, get's
 * answers. Software-pipelined over groups: the next group's roots are
 * evaluated and its leaves requested while this group's windows are in
 * flight, so leaf latency hides behind a whole group's search. */
static void rmi_batch(const omen_index *ix, const uint64_t *keys, size_t count, size_t *ranks,
                      uint64_t *payloads, uint8_t *found)
{
    size_t G = ix->group;
    const leaf *lf[2][OMEN_BATCH_GROUP_MAX];
    double u[2][OMEN_BATCH_GROUP_MAX];
    size_t lo[2][OMEN_BATCH_GROUP_MAX], hi[2][OMEN_BATCH_GROUP_MAX];
    size_t a[OMEN_BATCH_GROUP_MAX], b[OMEN_BATCH_GROUP_MAX], r[OMEN_BATCH_GROUP_MAX];
    if (count)
        rmi_batch_leaves(ix, keys, count < G ? count : G, lf[0], u[0], lo[0], hi[0]);
    for (size_t at = 0, c = 0; at < count; at += G, c ^= 1) {
        size_t m = count - at < G ? count - at : G;
        const uint64_t *q = keys + at;
        for (size_t i = 0; i < m; i++) {
            if (lf[c][i])
                rmi_leaf_window(ix, lf[c][i], u[c][i], &lo[c][i], &hi[c][i]);
            omen_batch_window_start(ix->keys, lo[c][i], hi[c][i]);
            a[i] = lo[c][i];
            b[i] = hi[c][i];
        }
        if (at + G < count) {
            size_t mn = count - at - G < G ? count - at - G : G;
            rmi_batch_leaves(ix, q + G, mn, lf[c ^ 1], u[c ^ 1], lo[c ^ 1], hi[c ^ 1]);
        }
        omen_batch_search(ix->keys, q, m, a, b, r);
        /* The proof, from lines mostly already read; a miss (a non-monotone
         * cubic root) takes its galloping path. */
        for (size_t i = 0; i < m; i++)
            r[i] = omen_sorted_confirm(ix->keys, ix->n, lo[c][i], hi[c][i], q[i], r[i]);
        if (ranks)
            memcpy(ranks + at, r, m * sizeof *r);
        if (found)
            omen_batch_get_at(ix->keys, ix->payloads, ix->n, q, r, m, payloads + at,
                              found + at);
    }
}

static void rmi_lower_bound_batch(const omen_index *ix, const uint64_t *keys, size_t count,
                                  size_t *ranks)
{
    rmi_batch(ix, keys, count, ranks, NULL, NULL);
}

static void rmi_get_batch(const omen_index *ix, const uint64_t *keys, size_t count,
                          uint64_t *payloads, uint8_t *found)
{
    rmi_batch(ix, keys, count, NULL, payloads, found);
}

static int rmi_get(const omen_index *ix, uint64_t key, uint64_t *payload)
{
    size_t lo, hi;
    rmi_window(ix, key, &lo, &hi);
    /* The payload is in a known small range before the key search starts:
     * fetching it now overlaps its cache miss with the search's. */
    if (hi - lo <= 16) {
        __builtin_prefetch(&ix->payloads[lo]);
        __builtin_prefetch(&ix->payloads[hi - (hi > lo)]);
    } else { /* the window's middle is the model's best guess */
        __builtin_prefetch(&ix->payloads[lo + (hi - lo) / 2]);
    }
    return omen_sorted_get_at(ix->keys, ix->payloads, ix->n,
                              omen_sorted_search_checked(ix->keys, ix->n, lo, hi, key), key, payload);
}

static size_t rmi_size_bytes(const omen_index *ix)
{
    return sizeof *ix + ix->nleaves_all * sizeof *ix->leaves + ix->nnodes * sizeof *ix->nodes;
}

/* Errors are those of the window's midpoint, the natural point prediction,
 * against the rank lookups must find (the first of equal keys). Keys in the
 * left-out tails count with the midpoint of their tail. */
static int rmi_stats(const omen_index *ix, omen_index_stats *st)
{
    double total = 0, worst = 0, lw = 0;
    size_t first = 0;
    for (size_t i = 0; i < ix->n; i++) {
        if (i == 0 || ix->keys[i] != ix->keys[i - 1])
            first = i;
        size_t lo, hi;
        if (i < ix->lo_rank) {
            lo = 0, hi = ix->lo_rank;
        } else if (i >= ix->hi_rank) {
            lo = ix->hi_rank, hi = ix->n;
        } else {
            double u;
            size_t j = rmi_root_eval(&ix->root, ix->keys[i], &u);
            rmi_leaf_window(ix, &ix->leaves[j], u, &lo, &hi);
        }
        double e = fabs(((double)lo + (double)hi) / 2 - (double)first);
        lw += log2(1.0 + (double)(hi - lo));
        total += e;
        worst = e > worst ? e : worst;
    }
    st->mean_abs_error = ix->n ? total / (double)ix->n : 0;
    st->max_abs_error = (uint64_t)ceil(worst);
    st->models = ix->nleaves_all;
    /* The window a lookup searches, as log2 of its keys (about the search's
     * steps), then what the build chose. */
    int len = snprintf(st->note, sizeof st->note, "window log2 %.2f; root=%s, %zu leaves",
                       ix->n ? lw / (double)ix->n : 0, omen_rmi_root_names[ix->root.type],
                       ix->root.nleaves);
    if (ix->root_was && len > 0 && (size_t)len < sizeof st->note)
        len += snprintf(st->note + len, sizeof st->note - (size_t)len, " (cut from %zu)",
                        ix->root_was);
    if (ix->nnodes && len > 0 && (size_t)len < sizeof st->note)
        snprintf(st->note + len, sizeof st->note - (size_t)len,
                 "; %zu crowded (%.1f%% of keys) split into %zu", ix->nnodes,
                 100 * ix->crowd_share, ix->children);
    st->size_bytes = rmi_size_bytes(ix);
    return OMEN_OK;
}

static const char *const rmi_test_params[] = {
    "root=linear,branches=2", "root=cubic,branches=64", "root=radix,branches=2",
    "root=log,branches=4", "root=log,branches=65536", "root=radix,branches=65536",
    "root=cubic,branches=64,group=1", "group=7", "group=256", "split=0", "root=cubic",
    "root=linear", "crowd=1", "crowd=64", NULL};

const omen_index_vtable omen_rmi_vtable = {
    .version = OMEN_INDEX_VERSION,
    .name = "rmi",
    .description = "learned: two-stage RMI, root model picks one of 2^k linear leaves, "
                   "each with its own search window",
    .params_help = "root=linear|cubic|radix|log|auto (default auto: the one that spreads "
                   "a sample of the keys best), branches=2^k (2..67108864, at most "
                   "max(1024, 4n); default: the most that keep the index under 2% of the "
                   "keys), group=G (keys a batched lookup interleaves, 1..256, default 64), "
                   "split=0|1 (default 1: with the default branches, leaves crowded by "
                   "clusters the root cannot spread get children of their own), crowd=C "
                   "(1..64, default 8: a leaf is crowded when its window passes C times the "
                   "keys a leaf holds on average)",
    .caps = 0,
    .build = omen_rmi_build,
    .get = rmi_get,
    .lower_bound = rmi_lower_bound,
    .range = NULL, /* v2: the default from lower_bound */
    .size_bytes = rmi_size_bytes,
    .free = omen_rmi_free,
    .get_batch = rmi_get_batch,
    .lower_bound_batch = rmi_lower_bound_batch,
    .stats = rmi_stats,
    .test_params = rmi_test_params,
    .tune_grid = "branches=16384|65536|262144|1048576",
};
