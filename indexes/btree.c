/* btree: a static, read-optimised B+-tree laid out for the cache; the
 * classic baseline a learned index has to beat.
 *
 * Layout. The leaves are the dataset's own key array, cut into blocks of
 * `leaf` keys, so the tree adds nothing per key. Level 0 holds the largest
 * key of every block, level 1 the largest entry of every level-0 node, and
 * so on up to one root node. A node is `fanout` consecutive entries, the
 * unused tail padded with UINT64_MAX, starting on a cache line: the default
 * 64-way node is eight whole lines, requested together before it is
 * searched. Entry e of node q at level l is the
 * maximum of node q*fanout + e at level l-1: positions are computed, there
 * are no pointers. The levels are stored top-down in one allocation, so the
 * upper levels, which every lookup touches, share cache lines and pages
 * (with sep=16, level 0 is a separate array).
 *
 * Compressed level 0 (sep=16, the default; sep=64 stores plain keys).
 * Level 0 is by far the largest level (one entry per block: 50 MB of keys
 * at 100M keys, more than the 32 MB L3), so it is stored prefix-B-tree
 * style (Bayer & Unterauer) in 16 bits per separator, 12.5 MB. A lookup
 * arrives at a level-0 node with two fences from level 1: lo, the entry
 * before the one it followed plus one (every key in the node's blocks it
 * can be looking for is >= lo), and hi, the entry it followed (the node's
 * largest key). Keys map to t(x) = (x - lo) >> shift, with shift the
 * smallest that keeps t(hi) within 15 bits: computed from the fences, so
 * nothing is stored per node. t is monotone, so it only loses ties. An
 * entry is 2t when block j's largest key and the next block's first key
 * map to different t (t is then the latter's minus one: exact, the lookup
 * ends in block j or at its end), else 2t + 1 (the boundary falls inside
 * one step of t, or equal keys span it): a lookup whose key maps to that t
 * searches on into the next block. The search over the key array then
 * covers one block, or rarely a few, and lower_bound stays exact: ties
 * still resolve to the first equal key. On lognormal and uniform_sparse
 * the mean distance from the search's start to the rank grows from 7.50
 * to 7.52 keys; the worst case is one node spanning a huge gap (outliers:
 * 631 keys in one node's range).
 *
 * Lookup. A key above the largest key has rank n. Any other key has, in
 * every node on its path, an entry >= key, and the child to take is the
 * number of entries < key: the first child whose maximum is >= key holds
 * the first key >= key, so a run of equal keys that spans blocks resolves
 * to its first element. The last mile is a bounded search in one block,
 * whose keys and payloads are requested together as soon as it is known.
 *
 * Why these defaults (fanout 64, leaf 16, sep=16, hint=nta, the inline
 * node search) and the layouts measured and rejected on the way:
 * docs/decisions.md, "btree: layout and what was tried". */
#include <string.h>

#include "common/alloc.h"
#include "indexes/batch.h"
#include "indexes/params.h"
#include "indexes/sorted_array.h"

/* Fan-out 2 over 2^64 blocks needs 64 levels; one more for safety. */
enum { MAX_LEVELS = 66 };

struct omen_index {
    const uint64_t *keys; /* borrowed from the dataset */
    const uint64_t *payloads;
    size_t n;
    uint64_t last;     /* keys[n-1], or 0 when n == 0 */
    unsigned fanout;   /* entries per node, a power of two */
    unsigned leaf_log; /* a block is 2^leaf_log keys */
    unsigned levels;   /* 0 when n == 0; level levels-1 is the root */
    size_t level_at[MAX_LEVELS]; /* first slot of level l in nodes */
    size_t entries[MAX_LEVELS];  /* real (unpadded) entries of level l */
    size_t slots;                /* total slots in nodes, padding included */
    int nta;                     /* leaf blocks requested non-temporally */
    size_t group;                /* keys a batched lookup takes down together */
    uint64_t *nodes;
    /* sep=16: level 0 is stored here instead, 16 bits per separator (see
     * "Compressed level 0" above); nodes then holds levels 1 and up. */
    uint16_t *sep;
    size_t sep_slots;
};
OMEN_SORTED_VIEW_FIRST(struct omen_index);

/* The number of the B entries of node that are < key: the child to descend
 * to. A branch-free binary search: log2(B) dependent probes that stay in
 * the node's one or two cache lines, with a conditional move where a branch
 * would be mispredicted half the time. (Summing the B comparisons instead
 * is as branch-free but costs B compare-and-adds per level, which on this
 * scalar path measured clearly slower; a SIMD kernel will count instead.)
 * Entries are sorted and the padding is UINT64_MAX, so the count is a
 * lower bound of key in the node. */
static inline unsigned node_rank(const uint64_t *node, unsigned B, uint64_t key)
{
    const uint64_t *p = node;
    for (unsigned half = B / 2; half; half /= 2)
        p = p[half - 1] < key ? p + half : p;
    return (unsigned)(p - node) + (*p < key);
}

/* The same count over a compressed level-0 node: entries s < q. */
static inline unsigned sep_rank(const uint16_t *node, unsigned B, unsigned q)
{
    const uint16_t *p = node;
    for (unsigned half = B / 2; half; half /= 2)
        p = p[half - 1] < q ? p + half : p;
    return (unsigned)(p - node) + (*p < q);
}

/* A compressed node whose keys lie in [lo, lo + d] stores (x - lo) >> shift,
 * at most 15 bits, so that twice it plus a flag fits 16 bits. */
static inline unsigned sep_shift(uint64_t d)
{
    unsigned bits = d ? 64 - (unsigned)__builtin_clzll(d) : 0;
    return bits > 15 ? bits - 15 : 0;
}

/* The last step of a descent into a compressed level-0 node idx whose keys
 * are bounded by the fences lo <= key <= hi: the first and last block that
 * may hold the rank of key. Entry j is 2t (block j's keys map to <= t and
 * the next block's to > t: exact) or 2t + 1 (the next block's first key
 * maps to t too). Blocks before the first entry >= 2q hold only keys below
 * key; from there the candidates run to the first exact or larger entry. */
static inline void sep_search(const omen_index *ix, size_t idx, uint64_t lo, uint64_t hi,
                              uint64_t key, unsigned B, size_t *first, size_t *last)
{
    const uint16_t *s = ix->sep + idx * B;
    unsigned q = (unsigned)((key - lo) >> sep_shift(hi - lo)) * 2;
    unsigned r = sep_rank(s, B, q), e = r;
    while (s[e] == q + 1) /* stops at the node's last entry, which is even */
        e++;
    *first = idx * B + r;
    *last = idx * B + e;
}

/* Requests every line of the node of B entries of size bytes at p. */
static inline void prefetch_node(const void *p, unsigned B, size_t size)
{
    for (size_t i = 64; i < B * size; i += 64)
        __builtin_prefetch((const char *)p + i);
}

/* The blocks [*first, *last] that may hold the rank of key (key <= last),
 * by descent from the root; with 64-bit separators *first == *last. B is a
 * compile-time constant at every call site below, so each fan-out gets its
 * own unrolled copy. A node wider than a cache line has all its lines
 * requested up front: on a level that is not in cache that costs one memory
 * latency instead of one per line the search touches. The fences lo and hi
 * bound the keys below the current entry: the entry before it + 1 and the
 * entry itself. */
static inline void descend(const omen_index *ix, uint64_t key, unsigned B, size_t *first,
                           size_t *last)
{
    size_t idx = 0;
    uint64_t lo = 0, hi = ix->last;
    unsigned stop = ix->sep != NULL;
    for (unsigned l = ix->levels; l-- > stop;) {
        const uint64_t *node = ix->nodes + ix->level_at[l] + idx * B;
        prefetch_node(node, B, sizeof *node);
        unsigned r = node_rank(node, B, key);
        if (stop) {
            lo = r ? node[r - 1] + 1 : lo;
            hi = node[r];
        }
        idx = idx * B + r;
    }
    if (!stop) {
        *first = *last = idx;
        return;
    }
    prefetch_node(ix->sep + idx * B, B, sizeof *ix->sep);
    sep_search(ix, idx, lo, hi, key, B, first, last);
}

/* The keys [*lo, *hi) of blocks first..last. */
static inline void block_keys(const omen_index *ix, size_t first, size_t last, size_t *lo,
                              size_t *hi)
{
    size_t end = (last + 1) << ix->leaf_log;
    *lo = first << ix->leaf_log;
    *hi = end < ix->n ? end : ix->n;
}

/* The keys [*lo, *hi) of the key array that hold the rank of key
 * (key <= last): one block, or with sep=16 rarely a few. */
static inline void locate(const omen_index *ix, uint64_t key, size_t *lo, size_t *hi)
{
    size_t b, e;
    switch (ix->fanout) {
    case 2: descend(ix, key, 2, &b, &e); break;
    case 4: descend(ix, key, 4, &b, &e); break;
    case 8: descend(ix, key, 8, &b, &e); break;
    case 16: descend(ix, key, 16, &b, &e); break;
    case 32: descend(ix, key, 32, &b, &e); break;
    case 64: descend(ix, key, 64, &b, &e); break;
    default: descend(ix, key, ix->fanout, &b, &e); break;
    }
    block_keys(ix, b, e, lo, hi);
}

/* A leaf block is usually not in cache: all its lines are requested at
 * once (up to a bound, past which the search is long anyway). With nta they
 * are requested non-temporally (PREFETCHNTA): a block that one lookup reads
 * is rarely read again before it would be evicted, and filled the normal
 * way its key and payload lines (four per lookup at leaf=16) push the
 * nodes, which every lookup needs, out of L2 and L3. */
enum { PREFETCH_MAX = 256 };

static inline void prefetch_block(const omen_index *ix, const uint64_t *v, size_t lo, size_t hi)
{
    omen_sorted_prefetch_window(v, lo, hi, PREFETCH_MAX, ix->nta);
}

static size_t btree_lower_bound(const omen_index *ix, uint64_t key)
{
    if (key > ix->last)
        return ix->n;
    size_t lo, hi;
    locate(ix, key, &lo, &hi);
    prefetch_block(ix, ix->keys, lo, hi);
    return omen_kernels->lower_bound(ix->keys, lo, hi, key);
}

/* The payloads of the block are requested together with its keys, so the
 * payload read after the search does not wait a memory latency of its own. */
static int btree_get(const omen_index *ix, uint64_t key, uint64_t *payload)
{
    if (key > ix->last)
        return 0;
    size_t lo, hi;
    locate(ix, key, &lo, &hi);
    prefetch_block(ix, ix->keys, lo, hi);
    prefetch_block(ix, ix->payloads, lo, hi);
    size_t r = omen_kernels->lower_bound(ix->keys, lo, hi, key);
    return omen_sorted_get_at(ix->keys, ix->payloads, ix->n, r, key, payload);
}

/* Batched lookups: a group of keys descends one level at a time, and the
 * nodes (then blocks) of the whole group are requested before any is
 * searched, so their memory latencies overlap instead of adding up. */
enum { GROUP_DEFAULT = 16 };

static inline void descend_group(const omen_index *ix, const uint64_t *keys, size_t m,
                                 size_t *idx, size_t *last, unsigned B)
{
    uint64_t lo[OMEN_BATCH_GROUP_MAX], hi[OMEN_BATCH_GROUP_MAX];
    unsigned stop = ix->sep != NULL;
    for (size_t i = 0; i < m; i++) {
        idx[i] = 0;
        lo[i] = 0;
        hi[i] = ix->last;
    }
    for (unsigned l = ix->levels; l-- > stop;) {
        const uint64_t *base = ix->nodes + ix->level_at[l];
        for (size_t i = 0; i < m; i++)
            for (unsigned j = 0; j < B; j += 8)
                __builtin_prefetch(base + idx[i] * B + j);
        for (size_t i = 0; i < m; i++) {
            const uint64_t *node = base + idx[i] * B;
            unsigned r = node_rank(node, B, keys[i]);
            if (stop) {
                lo[i] = r ? node[r - 1] + 1 : lo[i];
                hi[i] = node[r];
            }
            idx[i] = idx[i] * B + r;
        }
    }
    if (!stop) {
        for (size_t i = 0; i < m; i++)
            last[i] = idx[i];
        return;
    }
    for (size_t i = 0; i < m; i++)
        for (size_t j = 0; j < B * sizeof *ix->sep; j += 64)
            __builtin_prefetch((const char *)(ix->sep + idx[i] * B) + j);
    for (size_t i = 0; i < m; i++)
        sep_search(ix, idx[i], lo[i], hi[i], keys[i], B, &idx[i], &last[i]);
}

static void btree_get_batch(const omen_index *ix, const uint64_t *keys, size_t count,
                            uint64_t *payloads, uint8_t *found)
{
    size_t G = ix->group;
    for (size_t at = 0; at < count; at += G) {
        size_t m = count - at < G ? count - at : G;
        const uint64_t *k = keys + at;
        uint64_t q[OMEN_BATCH_GROUP_MAX];
        size_t idx[OMEN_BATCH_GROUP_MAX], last[OMEN_BATCH_GROUP_MAX];
        /* Keys above the largest descend as the largest (any path works)
         * and are answered "absent" below. */
        for (size_t i = 0; i < m; i++)
            q[i] = k[i] > ix->last ? ix->last : k[i];
        switch (ix->fanout) {
        case 2: descend_group(ix, q, m, idx, last, 2); break;
        case 4: descend_group(ix, q, m, idx, last, 4); break;
        case 8: descend_group(ix, q, m, idx, last, 8); break;
        case 16: descend_group(ix, q, m, idx, last, 16); break;
        case 32: descend_group(ix, q, m, idx, last, 32); break;
        case 64: descend_group(ix, q, m, idx, last, 64); break;
        default: descend_group(ix, q, m, idx, last, ix->fanout); break;
        }
        size_t lo[OMEN_BATCH_GROUP_MAX], hi[OMEN_BATCH_GROUP_MAX];
        for (size_t i = 0; i < m; i++) {
            block_keys(ix, idx[i], last[i], &lo[i], &hi[i]);
            prefetch_block(ix, ix->keys, lo[i], hi[i]);
            prefetch_block(ix, ix->payloads, lo[i], hi[i]);
        }
        for (size_t i = 0; i < m; i++) {
            size_t r = k[i] > ix->last ? ix->n
                                       : omen_kernels->lower_bound(ix->keys, lo[i], hi[i], k[i]);
            found[at + i] = (uint8_t)omen_sorted_get_at(ix->keys, ix->payloads, ix->n, r, k[i],
                                                        &payloads[at + i]);
        }
    }
}

/* Fills compressed level-0 node q (B entries; blocks of leaf keys, m
 * blocks in all). The fences are those descend() arrives with: lo is the
 * largest key of node q-1 plus one (0 for node 0) and hi the largest key of
 * node q. A key x maps to t(x) = (x - lo) >> shift (0 below lo, where no
 * lookup that reaches this node comes from); t is monotone, so
 * t(a) < t(b) implies a < b. Entry j is 2t with t = t(next block's first
 * key) - 1 when that is >= t(block j's largest key): a key that maps to at
 * most t is below the next block's first key, and one that maps above t is
 * above block j's largest, so block j (or its end) holds the rank. Otherwise (the two blocks' boundary
 * falls inside one step of t, or equal keys span it) the entry is
 * 2 t(block j's largest key) + 1, and a key mapping to that t may belong to
 * the next block too. The node's last entry is always exact: lookups that
 * reach node q are <= hi. */
/* One past the last key of the j-th run of `span` keys (a block, or the
 * blocks under one level-0 node): the last run may be short. */
static inline size_t span_end(size_t n, size_t span, size_t j)
{
    size_t end = (j + 1) * span;
    return end < n ? end : n;
}

static void fill_sep_node(const uint64_t *keys, size_t n, size_t leaf, size_t m, unsigned B,
                          size_t q, uint16_t *s)
{
    size_t from = q * B * leaf; /* < n: node q has at least one block */
    uint64_t hi = keys[span_end(n, B * leaf, q) - 1];
    uint64_t lo = q ? keys[from - 1] + 1 : 0;
    if (q && (keys[from - 1] == UINT64_MAX || lo > hi))
        lo = hi; /* no lookup reaches this node: its keys all equal node q-1's largest */
    unsigned sh = sep_shift(hi - lo);
    for (unsigned j = 0; j < B; j++) {
        size_t g = q * B + j;
        if (g >= m) {
            s[j] = UINT16_MAX; /* padding: never < 2q <= 2^16 - 2, never scanned */
            continue;
        }
        size_t end = span_end(n, leaf, g);
        uint64_t mx = keys[end - 1];
        unsigned a = mx < lo ? 0 : (unsigned)((mx - lo) >> sh);
        if (j == B - 1 || g == m - 1) {
            s[j] = (uint16_t)(2 * a);
            continue;
        }
        uint64_t nx = keys[end];
        unsigned b = nx < lo ? 0 : (unsigned)((nx - lo) >> sh);
        s[j] = (uint16_t)(a < b ? 2 * (b - 1) : 2 * a + 1);
    }
}

static const char *const hint_names[] = {"nta", "t0", NULL};
static const char *const sep_names[] = {"16", "64", NULL};

/* The parameters, their ranges and defaults: build parses a copy, and
 * --list prints its help from this table. */
static const omen_param btree_params[] = {
    {.name = "fanout", .what = "entries per node", .kind = OMEN_PARAM_POW2, .min = 2, .max = 256,
     .i = 64},
    {.name = "leaf", .what = "keys per leaf block", .kind = OMEN_PARAM_POW2, .min = 1,
     .max = 4096, .i = 16},
    {.name = "hint", .what = "leaf blocks prefetched non-temporally or into every cache level",
     .kind = OMEN_PARAM_CHOICE, .choices = hint_names, .i = 0},
    {.name = "sep", .what = "bits per level-0 separator: 16 relative to the node's fences, 64 "
                            "the keys",
     .kind = OMEN_PARAM_CHOICE, .choices = sep_names, .i = 0},
    {.name = "group", .what = "keys a batched lookup takes down the tree together",
     .kind = OMEN_PARAM_INT, .min = 1, .max = OMEN_BATCH_GROUP_MAX, .i = GROUP_DEFAULT},
};

static int btree_build(const uint64_t *keys, const uint64_t *payloads, size_t n,
                       const char *params, omen_index **out, omen_error *err)
{
    omen_param spec[sizeof btree_params / sizeof btree_params[0]];
    memcpy(spec, btree_params, sizeof spec);
    int rc = OMEN_PARAMS_PARSE("btree", params, spec, err);
    if (rc)
        return rc;
    unsigned B = (unsigned)spec[0].i;
    size_t leaf = (size_t)spec[1].i;
    int compress = spec[3].i == 0;

    omen_index *ix = omen_calloc(1, sizeof *ix);
    if (!ix)
        return omen_errorf(err, OMEN_ENOMEM, "btree: out of memory");
    ix->keys = keys;
    ix->payloads = payloads;
    ix->n = n;
    ix->last = n ? keys[n - 1] : 0;
    ix->fanout = B;
    ix->nta = spec[2].i == 0;
    ix->group = (size_t)spec[4].i;
    while (((size_t)1 << ix->leaf_log) < leaf)
        ix->leaf_log++;

    /* Level sizes bottom-up: entries of level l+1 = nodes of level l. */
    size_t m = n ? (n - 1) / leaf + 1 : 0;
    size_t nodes_at[MAX_LEVELS];
    ix->slots = 0;
    while (m) {
        size_t nodes = (m - 1) / B + 1;
        ix->entries[ix->levels] = m;
        nodes_at[ix->levels] = nodes;
        if (compress && ix->levels == 0)
            ix->sep_slots = nodes * B;
        else
            ix->slots += nodes * B;
        ix->levels++;
        if (nodes == 1)
            break;
        m = nodes;
    }
    /* Top-down placement: the root first, level 0 last. */
    size_t at = 0;
    for (unsigned l = ix->levels; l-- > (unsigned)compress;) {
        ix->level_at[l] = at;
        at += nodes_at[l] * B;
    }

    ix->nodes = omen_alloc((ix->slots ? ix->slots : 1) * sizeof *ix->nodes);
    if (compress && ix->levels)
        ix->sep = omen_alloc(ix->sep_slots * sizeof *ix->sep);
    if (!ix->nodes || (compress && ix->levels && !ix->sep)) {
        size_t slots = ix->slots + ix->sep_slots;
        omen_free(ix->nodes);
        omen_free(ix->sep);
        omen_free(ix);
        return omen_errorf(err, OMEN_ENOMEM, "btree: out of memory for %zu node entries",
                           slots);
    }
    for (unsigned l = 0; l < ix->levels; l++) {
        size_t cnt = ix->entries[l], padded = nodes_at[l] * B;
        if (l == 0 && ix->sep) {
            for (size_t q = 0; q < nodes_at[0]; q++)
                fill_sep_node(keys, n, leaf, cnt, B, q, ix->sep + q * B);
            continue;
        }
        uint64_t *e = ix->nodes + ix->level_at[l];
        if (l == 0) {
            for (size_t j = 0; j < cnt; j++)
                e[j] = keys[span_end(n, leaf, j) - 1];
        } else if (l == 1 && ix->sep) {
            /* The largest key of each level-0 node. */
            for (size_t q = 0; q < cnt; q++)
                e[q] = keys[span_end(n, B * leaf, q) - 1];
        } else {
            const uint64_t *below = ix->nodes + ix->level_at[l - 1];
            size_t bcnt = ix->entries[l - 1];
            for (size_t q = 0; q < cnt; q++) {
                size_t end = (q + 1) * B;
                e[q] = below[(end < bcnt ? end : bcnt) - 1];
            }
        }
        for (size_t j = cnt; j < padded; j++)
            e[j] = UINT64_MAX;
    }
    *out = ix;
    return OMEN_OK;
}

static size_t btree_size_bytes(const omen_index *ix)
{
    return sizeof *ix + ix->slots * sizeof *ix->nodes + ix->sep_slots * sizeof *ix->sep;
}

/* The tree's "model" is the block (with sep=16, the blocks) it descends to:
 * its position error for a key is the distance from where the search
 * starts to the key's rank, at most leaf - 1 with 64-bit separators.
 * models counts nodes. */
static int btree_stats(const omen_index *ix, omen_index_stats *st)
{
    double total = 0;
    st->max_abs_error = 0;
    size_t mask = ((size_t)1 << ix->leaf_log) - 1;
    for (size_t i = 0, first = 0, e = 0; i < ix->n; i++) {
        if (i == 0 || ix->keys[i] != ix->keys[i - 1]) {
            first = i; /* a lookup of a duplicated key answers its first rank */
            size_t lo = first & ~mask, hi;
            if (ix->sep)
                locate(ix, ix->keys[i], &lo, &hi);
            e = first - lo;
        }
        total += (double)e;
        if (e > st->max_abs_error)
            st->max_abs_error = e;
    }
    st->mean_abs_error = ix->n ? total / (double)ix->n : 0;
    st->models = (ix->slots + ix->sep_slots) / ix->fanout;
    st->size_bytes = btree_size_bytes(ix);
    return OMEN_OK;
}

static void btree_free(omen_index *ix)
{
    omen_free(ix->nodes);
    omen_free(ix->sep);
    omen_free(ix);
}

static const char *const btree_test_params[] = {
    "fanout=2,leaf=1", "fanout=128,leaf=4096", "hint=t0", "sep=64",
    "sep=64,fanout=2,leaf=1", "sep=64,fanout=256,leaf=4", "group=1", "group=7,sep=64",
    "group=256", NULL};

const omen_index_vtable omen_btree_vtable = {
    .version = OMEN_INDEX_VERSION,
    .name = "btree",
    .description = "static cache-aligned B+-tree, pointer-free, leaves = the key array",
    OMEN_VTABLE_PARAMS(btree_params),
    .caps = 0,
    .build = btree_build,
    .get = btree_get,
    .lower_bound = btree_lower_bound,
    .range = NULL, /* v2: the default from lower_bound */
    .size_bytes = btree_size_bytes,
    .free = btree_free,
    .get_batch = btree_get_batch,
    .stats = btree_stats,
    .test_params = btree_test_params,
};
