/* btree_dyn: a dynamic B+-tree, the baseline an updatable learned index is
 * judged against.
 *
 * Nodes are four cache lines (256 bytes, 64-byte aligned): a leaf holds 15
 * keys, 15 payloads and the next-leaf link; an inner node 15 separators and
 * 16 children. Inserts split full nodes; erases borrow from a sibling or
 * merge with it when a node falls under half full. Nodes come from a pool
 * (one block for the bulk load, then blocks of POOL_CHUNK), so a build is a
 * handful of allocations and an insert reserves the nodes a cascade of
 * splits may need before it changes anything: a failed insert changes
 * nothing.
 *
 * Duplicates. Separator sep[j] satisfies max(child j) <= sep[j] <=
 * min(child j+1), so a run of equal keys may span leaves. Lookups take the
 * child "number of separators < key" and step to the next leaf when the
 * leaf ends before the key; inserts take "number of separators <= key" and
 * go after the equal keys, so the first equal entry is the oldest one and
 * get() answers it; erase removes it (trying child c+1 when sep[c] == key
 * and child c had none).
 *
 * Threads: reads may run together; insert and erase must run alone (no
 * lock is taken, so reads stay as fast as a static index's). */
#include <stdio.h>
#include <string.h>

#include "common/alloc.h"
#include "indexes/index.h"
#include "indexes/params.h"

enum { LCAP = 15, ICAP = 16 /* children */, LMIN = 7, IMIN = 8, POOL_CHUNK = 256 };

typedef struct node node;
struct node {
    uint32_t n; /* keys in a leaf, children in an inner node */
    uint32_t leaf;
    union {
        struct {
            uint64_t k[LCAP], p[LCAP];
            node *next;
        } l;
        struct {
            uint64_t sep[ICAP - 1];
            node *c[ICAP];
        } i;
    };
};
_Static_assert(sizeof(node) == 256, "a node is four cache lines");

typedef struct chunk {
    struct chunk *next;
    size_t nodes;
} chunk;

struct omen_index {
    node *root;
    node *free_list; /* linked through l.next */
    size_t nfree, nodes_total, n;
    unsigned height; /* 1 = the root is a leaf */
    chunk *chunks;   /* each block: a chunk header in node 0, nodes after */
    double fill;
};

static node *pool_add(omen_index *ix, size_t count)
{
    node *blk = omen_alloc((count + 1) * sizeof *blk);
    if (!blk)
        return NULL;
    chunk *c = (chunk *)blk;
    c->next = ix->chunks;
    c->nodes = count;
    ix->chunks = c;
    ix->nodes_total += count;
    return blk + 1;
}

/* Makes sure `need` nodes can be taken without allocating. */
static int reserve(omen_index *ix, size_t need)
{
    if (ix->nfree >= need)
        return 1;
    node *blk = pool_add(ix, POOL_CHUNK);
    if (!blk)
        return 0;
    for (size_t i = 0; i < POOL_CHUNK; i++) {
        blk[i].l.next = ix->free_list;
        ix->free_list = &blk[i];
    }
    ix->nfree += POOL_CHUNK;
    return 1;
}

static node *take(omen_index *ix)
{
    node *x = ix->free_list;
    ix->free_list = x->l.next;
    ix->nfree--;
    memset(x, 0, sizeof *x);
    return x;
}

static void give(omen_index *ix, node *x)
{
    x->l.next = ix->free_list;
    ix->free_list = x;
    ix->nfree++;
}

static void destroy(omen_index *ix)
{
    while (ix->chunks) {
        chunk *c = ix->chunks;
        ix->chunks = c->next;
        omen_free(c);
    }
    omen_free(ix);
}

/* Children to the left of the path: separators < key (lower) or <= key. */
static unsigned child_of(const node *x, uint64_t key, int upper)
{
    unsigned lo = 0, hi = x->n - 1;
    while (lo < hi) {
        unsigned mid = (lo + hi) / 2;
        if (x->i.sep[mid] < key || (upper && x->i.sep[mid] == key))
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static unsigned leaf_pos(const node *x, uint64_t key, int upper)
{
    unsigned lo = 0, hi = x->n;
    while (lo < hi) {
        unsigned mid = (lo + hi) / 2;
        if (x->l.k[mid] < key || (upper && x->l.k[mid] == key))
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* The leaf and position of the first entry >= key (leaf NULL: none). */
static const node *seek(const omen_index *ix, uint64_t key, unsigned *pos)
{
    const node *x = ix->root;
    while (!x->leaf)
        x = x->i.c[child_of(x, key, 0)];
    *pos = leaf_pos(x, key, 0);
    while (x && *pos == x->n) {
        x = x->l.next;
        *pos = 0;
    }
    return x;
}

/* Bulk load: leaves fill*LCAP full, spread evenly; each level above groups
 * fill*ICAP children. mins[] carries each node's smallest key upwards. */
static const omen_param bt_params[] = {
    {.name = "fill", .kind = OMEN_PARAM_REAL, .min = 0.5, .max = 1, .r = 0.8,
     .what = "how full the bulk load leaves nodes"},
};

static int bt_build(const uint64_t *keys, const uint64_t *payloads, size_t n,
                    const char *params, omen_index **out, omen_error *err)
{
    omen_param spec[sizeof bt_params / sizeof bt_params[0]];
    memcpy(spec, bt_params, sizeof spec);
    int rc = OMEN_PARAMS_PARSE("btree_dyn", params, spec, err);
    if (rc)
        return rc;
    omen_index *ix = omen_calloc(1, sizeof *ix);
    if (!ix)
        return omen_errorf(err, OMEN_ENOMEM, "btree_dyn: out of memory");
    ix->fill = spec[0].r;
    size_t lper = (size_t)(ix->fill * LCAP + 0.5), iper = (size_t)(ix->fill * ICAP + 0.5);
    size_t leaves = n ? (n + lper - 1) / lper : 1, total = 0;
    for (size_t m = leaves;; m = (m + iper - 1) / iper) {
        total += m;
        if (m == 1)
            break;
    }
    node *blk = pool_add(ix, total);
    uint64_t *mins = omen_alloc(leaves * sizeof *mins);
    node **level = omen_alloc(leaves * sizeof *level);
    if (!blk || !mins || !level) {
        omen_free(mins);
        omen_free(level);
        destroy(ix);
        return omen_errorf(err, OMEN_ENOMEM, "btree_dyn: out of memory for %zu nodes", total);
    }
    memset(blk, 0, total * sizeof *blk);
    size_t used = 0, at = 0;
    for (size_t j = 0; j < leaves; j++) {
        node *x = &blk[used++];
        size_t take_n = n / leaves + (j < n % leaves);
        x->leaf = 1;
        x->n = (uint32_t)take_n;
        if (take_n) { /* keys may be NULL when n is 0 */
            memcpy(x->l.k, keys + at, take_n * sizeof *keys);
            memcpy(x->l.p, payloads + at, take_n * sizeof *payloads);
        }
        x->l.next = j + 1 < leaves ? &blk[used] : NULL;
        mins[j] = take_n ? keys[at] : 0;
        level[j] = x;
        at += take_n;
    }
    ix->height = 1;
    for (size_t m = leaves; m > 1; ix->height++) {
        size_t groups = (m + iper - 1) / iper, from = 0;
        for (size_t g = 0; g < groups; g++) {
            node *x = &blk[used++];
            size_t cnt = m / groups + (g < m % groups);
            x->n = (uint32_t)cnt;
            for (size_t c = 0; c < cnt; c++) {
                x->i.c[c] = level[from + c];
                if (c)
                    x->i.sep[c - 1] = mins[from + c];
            }
            mins[g] = mins[from];
            level[g] = x;
            from += cnt;
        }
        m = groups;
    }
    ix->root = level[0];
    ix->n = n;
    omen_free(mins);
    omen_free(level);
    *out = ix;
    return OMEN_OK;
}

static int bt_get(const omen_index *ix, uint64_t key, uint64_t *payload)
{
    unsigned pos;
    const node *x = seek(ix, key, &pos);
    if (!x || x->l.k[pos] != key)
        return 0;
    *payload = x->l.p[pos];
    return 1;
}

static omen_range_result bt_range(const omen_index *ix, uint64_t lo, uint64_t hi)
{
    omen_range_result r = {0, 0};
    if (lo > hi)
        return r;
    unsigned pos;
    for (const node *x = seek(ix, lo, &pos); x; x = x->l.next, pos = 0)
        for (; pos < x->n; pos++) {
            if (x->l.k[pos] > hi)
                return r;
            r.count++;
            r.sum += x->l.p[pos];
        }
    return r;
}

/* Inserts below x; on a split sets *right and *sep (its smallest key). */
static void ins(omen_index *ix, node *x, uint64_t key, uint64_t pay, node **right, uint64_t *sep)
{
    *right = NULL;
    if (x->leaf) {
        unsigned pos = leaf_pos(x, key, 1);
        uint64_t k[LCAP + 1], p[LCAP + 1];
        memcpy(k, x->l.k, pos * 8);
        memcpy(p, x->l.p, pos * 8);
        k[pos] = key, p[pos] = pay;
        memcpy(k + pos + 1, x->l.k + pos, (x->n - pos) * 8);
        memcpy(p + pos + 1, x->l.p + pos, (x->n - pos) * 8);
        unsigned cnt = x->n + 1, left = cnt <= LCAP ? cnt : cnt / 2;
        x->n = left;
        memcpy(x->l.k, k, left * 8);
        memcpy(x->l.p, p, left * 8);
        if (cnt > LCAP) {
            node *y = take(ix);
            y->leaf = 1;
            y->n = cnt - left;
            memcpy(y->l.k, k + left, y->n * 8);
            memcpy(y->l.p, p + left, y->n * 8);
            y->l.next = x->l.next;
            x->l.next = y;
            *right = y, *sep = y->l.k[0];
        }
        return;
    }
    unsigned c = child_of(x, key, 1);
    node *y;
    uint64_t s;
    ins(ix, x->i.c[c], key, pay, &y, &s);
    if (!y)
        return;
    uint64_t seps[ICAP];
    node *ch[ICAP + 1];
    memcpy(seps, x->i.sep, c * 8);
    memcpy(ch, x->i.c, (c + 1) * sizeof *ch);
    seps[c] = s, ch[c + 1] = y;
    memcpy(seps + c + 1, x->i.sep + c, (x->n - 1 - c) * 8);
    memcpy(ch + c + 2, x->i.c + c + 1, (x->n - 1 - c) * sizeof *ch);
    unsigned cnt = x->n + 1, left = cnt <= ICAP ? cnt : cnt / 2;
    x->n = left;
    memcpy(x->i.sep, seps, (left - 1) * 8);
    memcpy(x->i.c, ch, left * sizeof *ch);
    if (cnt > ICAP) {
        node *z = take(ix);
        z->n = cnt - left;
        memcpy(z->i.sep, seps + left, (z->n - 1) * 8);
        memcpy(z->i.c, ch + left, z->n * sizeof *ch);
        *right = z, *sep = seps[left - 1];
    }
}

static int bt_insert(omen_index *ix, uint64_t key, uint64_t payload, omen_error *err)
{
    if (!reserve(ix, ix->height + 1))
        return omen_errorf(err, OMEN_ENOMEM, "btree_dyn: out of memory for a node split");
    node *y;
    uint64_t s;
    ins(ix, ix->root, key, payload, &y, &s);
    if (y) {
        node *r = take(ix);
        r->n = 2;
        r->i.c[0] = ix->root, r->i.c[1] = y, r->i.sep[0] = s;
        ix->root = r;
        ix->height++;
    }
    ix->n++;
    return OMEN_OK;
}

/* Child c of x fell under half full: merge it with a sibling when both fit
 * in one node, else move one entry across. */
static void fix(omen_index *ix, node *x, unsigned c)
{
    unsigned a = c + 1 < x->n ? c : c - 1;
    node *l = x->i.c[a], *r = x->i.c[a + 1];
    if (l->leaf) {
        if (l->n + r->n <= LCAP) {
            memcpy(l->l.k + l->n, r->l.k, r->n * 8);
            memcpy(l->l.p + l->n, r->l.p, r->n * 8);
            l->n += r->n;
            l->l.next = r->l.next;
        } else if (l->n < r->n) {
            l->l.k[l->n] = r->l.k[0], l->l.p[l->n++] = r->l.p[0];
            memmove(r->l.k, r->l.k + 1, --r->n * 8);
            memmove(r->l.p, r->l.p + 1, r->n * 8);
            x->i.sep[a] = r->l.k[0];
            return;
        } else {
            memmove(r->l.k + 1, r->l.k, r->n * 8);
            memmove(r->l.p + 1, r->l.p, r->n++ * 8);
            r->l.k[0] = l->l.k[--l->n], r->l.p[0] = l->l.p[l->n];
            x->i.sep[a] = r->l.k[0];
            return;
        }
    } else {
        if (l->n + r->n <= ICAP) {
            l->i.sep[l->n - 1] = x->i.sep[a];
            memcpy(l->i.sep + l->n, r->i.sep, (r->n - 1) * 8);
            memcpy(l->i.c + l->n, r->i.c, r->n * sizeof(node *));
            l->n += r->n;
        } else if (l->n < r->n) {
            l->i.sep[l->n - 1] = x->i.sep[a];
            l->i.c[l->n++] = r->i.c[0];
            x->i.sep[a] = r->i.sep[0];
            memmove(r->i.sep, r->i.sep + 1, (r->n - 2) * 8);
            memmove(r->i.c, r->i.c + 1, --r->n * sizeof(node *));
            return;
        } else {
            memmove(r->i.sep + 1, r->i.sep, (r->n - 1) * 8);
            memmove(r->i.c + 1, r->i.c, r->n++ * sizeof(node *));
            r->i.sep[0] = x->i.sep[a];
            r->i.c[0] = l->i.c[--l->n];
            x->i.sep[a] = l->i.sep[l->n - 1];
            return;
        }
    }
    /* Merged: drop r and the separator between. */
    memmove(x->i.sep + a, x->i.sep + a + 1, (x->n - 2 - a) * 8);
    memmove(x->i.c + a + 1, x->i.c + a + 2, (x->n - 2 - a) * sizeof(node *));
    x->n--;
    give(ix, r);
}

static int er(omen_index *ix, node *x, uint64_t key)
{
    if (x->leaf) {
        unsigned pos = leaf_pos(x, key, 0);
        if (pos == x->n || x->l.k[pos] != key)
            return 0;
        memmove(x->l.k + pos, x->l.k + pos + 1, (x->n - pos - 1) * 8);
        memmove(x->l.p + pos, x->l.p + pos + 1, (x->n - pos - 1) * 8);
        x->n--;
        return 1;
    }
    unsigned c = child_of(x, key, 0);
    int found = er(ix, x->i.c[c], key);
    if (!found && c + 1 < x->n && x->i.sep[c] == key)
        found = er(ix, x->i.c[++c], key);
    if (found && x->i.c[c]->n < (x->i.c[c]->leaf ? LMIN : IMIN))
        fix(ix, x, c);
    return found;
}

static int bt_erase(omen_index *ix, uint64_t key, omen_error *err)
{
    (void)err;
    if (!er(ix, ix->root, key))
        return 0;
    ix->n--;
    if (!ix->root->leaf && ix->root->n == 1) {
        node *old = ix->root;
        ix->root = old->i.c[0];
        ix->height--;
        give(ix, old);
    }
    return 1;
}

static size_t bt_size_bytes(const omen_index *ix)
{
    size_t s = sizeof *ix;
    for (const chunk *c = ix->chunks; c; c = c->next)
        s += (c->nodes + 1) * sizeof(node);
    return s;
}

static int bt_stats(const omen_index *ix, omen_index_stats *st)
{
    memset(st, 0, sizeof *st);
    st->models = ix->nodes_total - ix->nfree;
    st->size_bytes = bt_size_bytes(ix);
    snprintf(st->note, sizeof st->note, "height %u, %llu nodes in use, %zu free in the pool",
             ix->height, (unsigned long long)st->models, ix->nfree);
    return OMEN_OK;
}

static void bt_free(omen_index *ix)
{
    destroy(ix);
}

static const char *const bt_test_params[] = {"fill=1", "fill=0.5", NULL};

const omen_index_vtable omen_btree_dyn_vtable = {
    .version = OMEN_INDEX_VERSION,
    .name = "btree_dyn",
    .description = "dynamic B+-tree (256-byte nodes, splits, borrows and merges); owns its "
                   "data; the updatable baseline",
    OMEN_VTABLE_PARAMS(bt_params),
    .caps = OMEN_CAP_OWNS_DATA,
    .build = bt_build,
    .get = bt_get,
    .lower_bound = NULL,
    .range = bt_range,
    .size_bytes = bt_size_bytes,
    .free = bt_free,
    .insert = bt_insert,
    .erase = bt_erase,
    .stats = bt_stats,
    .test_params = bt_test_params,
};
