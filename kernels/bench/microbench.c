/* Microbenchmark bodies: the inputs and the timed loops, in C, for every
 * kernel. Inputs are generated before timing starts (omen_mb_new), from a
 * fixed seed, so every ISA runs on the same inputs.
 *
 * Last-mile search is measured four ways, because which is faster depends
 * on where the window is and on whether searches can overlap:
 *   lower_bound               windows of a 2^16-key array (512 KiB: in L2 on
 *                             current x86 cores), independent searches: the
 *                             instructions' throughput;
 *   lower_bound_latency       the same, but each search waits for the one
 *                             before (its window start depends on the
 *                             previous answer): one search's latency;
 *   lower_bound_l3            windows of a 2^21-key array (16 MiB: in a
 *                             32 MiB L3, not in L2), independent: a window
 *                             partly cached, as a mid-sized dataset's is;
 *   lower_bound_dram          windows of a 2^24-key array (128 MiB, 4x a
 *                             32 MiB L3), independent: where an index's last
 *                             mile usually lands, a cold window of a large
 *                             array, with lookups in flight together;
 *   lower_bound_dram_latency  cold windows, one search at a time.
 * lines / lines_dram price the cache lines a search touches, whatever it
 * does with them: each item reads the first key of N consecutive lines of a
 * random window (no kernel: the same code under every ISA). A search of a
 * cached window cannot cost less than lines:N for the N lines it touches
 * (a branch-free binary search touches about 3 lines of a 64-key window and
 * 7 of a 1024-key one; a block count adds the lines of its block).
 * call_direct / call_vtable price a call itself: a trivial function called
 * directly or through a function pointer loaded from a struct, as every
 * omen_index_vtable call is (the cost a lookup pays for the plug-in design;
 * it does not depend on the ISA).
 * Each iteration runs the next ITEMS of NQUERIES searches at random windows;
 * the set is large enough that the windows of one pass have left the caches
 * before the next pass comes back to them. */
#include "kernels/bench/microbench.h"

#include <stdlib.h>
#include <string.h>

#include "common/alloc.h"
#include "common/rng.h"
#include "kernels/kernels.h"

enum {
    NKEYS = 1 << 16, NKEYS_L3 = 1 << 21, NKEYS_DRAM = 1 << 24, ITEMS = 256, NQUERIES = 1 << 20,
    NLEAVES = 4096, NSEGS = 16384, NODES = 1024,
};

typedef enum {
    K_LOWER_BOUND, K_LOWER_BOUND_LATENCY, K_LOWER_BOUND_L3, K_LOWER_BOUND_DRAM,
    K_LOWER_BOUND_DRAM_LATENCY, K_LINES, K_LINES_DRAM, K_NODE_RANK, K_PREDICT, K_PREDICT_RMI, K_PREDICT_SEGMENTS, K_SUM, K_CALL_DIRECT, K_CALL_VTABLE
} kind;

/* Cases with NQUERIES random windows: the searches and the line floors. */
static int is_search(kind k)
{
    return k <= K_LINES_DRAM;
}

static size_t keys_of(kind k, size_t arg)
{
    switch (k) {
    case K_NODE_RANK:
        return NODES * arg;
    case K_LOWER_BOUND_L3:
        return NKEYS_L3;
    case K_LOWER_BOUND_DRAM:
    case K_LOWER_BOUND_DRAM_LATENCY:
    case K_LINES_DRAM:
        return NKEYS_DRAM;
    default:
        return NKEYS;
    }
}

static const size_t windows[] = {8, 11, 16, 32, 35, 64, 128, 256, 512, 1024, 2048, 4096};
static const size_t widths[] = {8, 16, 32, 64};
static const size_t nlines[] = {1, 2, 3, 4, 6, 8};
static const size_t batches[] = {1, 4, 16, 64, 256};
static const size_t one[] = {1};

#define LEN(a) (sizeof(a) / sizeof((a)[0]))

static const omen_mb_case cases[] = {
    [K_LOWER_BOUND] = {"lower_bound", "window", windows, LEN(windows)},
    [K_LOWER_BOUND_LATENCY] = {"lower_bound_latency", "window", windows, LEN(windows)},
    [K_LOWER_BOUND_L3] = {"lower_bound_l3", "window", windows, LEN(windows)},
    [K_LOWER_BOUND_DRAM] = {"lower_bound_dram", "window", windows, LEN(windows)},
    [K_LOWER_BOUND_DRAM_LATENCY] = {"lower_bound_dram_latency", "window", windows,
                                    LEN(windows)},
    [K_LINES] = {"lines", "lines", nlines, LEN(nlines)},
    [K_LINES_DRAM] = {"lines_dram", "lines", nlines, LEN(nlines)},
    [K_NODE_RANK] = {"node_rank", "width", widths, LEN(widths)},
    [K_PREDICT] = {"predict", "batch", batches, LEN(batches)},
    [K_PREDICT_RMI] = {"predict_rmi", "batch", batches, LEN(batches)},
    [K_PREDICT_SEGMENTS] = {"predict_segments", "batch", batches, LEN(batches)},
    [K_SUM] = {"sum", "len", windows, LEN(windows)},
    [K_CALL_DIRECT] = {"call_direct", "calls", one, 1},
    [K_CALL_VTABLE] = {"call_vtable", "calls", one, 1},
};

/* The callee of the call benchmarks: not inlined, so a call really happens. */
__attribute__((noinline)) static uint64_t trivial_get(const void *ix, uint64_t key)
{
    __asm__ volatile("" ::"r"(ix));
    return key * 3 + 1;
}

typedef struct call_table {
    uint64_t (*get)(const void *ix, uint64_t key);
} call_table;
static const call_table calls = {trivial_get};

/* A record the size of the linear index's pieces, so the gathers stride the
 * same way they do there. */
typedef struct piece {
    omen_segment m;
    uint64_t extra[3];
} piece;

struct omen_mb {
    kind k;
    size_t arg;
    const omen_kernel_table *t;
    uint64_t *keys;  /* nkeys sorted keys, or NODES nodes of arg keys */
    size_t nkeys;
    size_t nq, next;   /* queries, and the first of the next iteration */
    uint64_t *probe;
    size_t *lo;
    size_t which[ITEMS], out[ITEMS], leaf[ITEMS];
    omen_line *leaves;
    piece *segs;
    omen_rmi_model rmi;
    omen_line line;
};

const omen_mb_case *omen_mb_cases(size_t *count)
{
    *count = LEN(cases);
    return cases;
}

/* n sorted keys spread over the whole range, so about half have the top
 * bit set (the AVX2 sign flip is always on the measured path). Random gaps,
 * not a sort: 2^24 keys take a moment this way. */
static void sorted_keys(uint64_t *k, size_t n, omen_rng *r)
{
    uint64_t gap = UINT64_MAX / n, v = 1ull << 62; /* ends near 3 * 2^62 */
    for (size_t i = 0; i < n; i++) {
        v += omen_rng_below(r, gap);
        k[i] = v;
    }
}

int omen_mb_isa_available(const char *isa)
{
    return omen_kernels_lookup(isa) != NULL;
}

int omen_mb_use(omen_mb *m, const char *isa)
{
    const omen_kernel_table *t = omen_kernels_lookup(isa);
    if (!t)
        return 0;
    m->t = t;
    m->next = 0;
    return 1;
}

omen_mb *omen_mb_new(size_t kase, size_t arg)
{
    if (kase >= LEN(cases))
        return NULL;
    omen_mb *m = calloc(1, sizeof *m);
    if (!m)
        return NULL;
    m->k = (kind)kase;
    m->arg = arg;
    m->t = &omen_kernels_scalar;
    omen_rng r;
    omen_rng_seed(&r, 42 + kase * 1000 + arg);
    size_t nkeys = keys_of(m->k, arg);
    m->nkeys = nkeys;
    /* Allocated as a dataset's keys are (omen_alloc: cache-line aligned,
     * transparent huge pages from 2 MiB unless OMEN_HUGEPAGES=0), so a cold
     * window costs what it costs an index: with 4 KiB pages every search of
     * the 128 MiB array would also pay a page walk the real keys do not.
     * Nodes start on cache lines, as a B-tree lays them out. */
    m->keys = omen_alloc(nkeys * sizeof *m->keys);
    if (!m->keys) {
        omen_mb_free(m);
        return NULL;
    }
    if (m->k == K_NODE_RANK)
        for (size_t i = 0; i < NODES; i++)
            sorted_keys(m->keys + i * arg, arg, &r);
    else
        sorted_keys(m->keys, nkeys, &r);

    m->nq = is_search(m->k) ? NQUERIES : ITEMS;
    m->probe = malloc(m->nq * sizeof *m->probe);
    m->lo = malloc(m->nq * sizeof *m->lo);
    if (!m->probe || !m->lo) {
        omen_mb_free(m);
        return NULL;
    }
    for (size_t i = 0; i < m->nq; i++) {
        switch (m->k) {
        case K_LOWER_BOUND:
        case K_LOWER_BOUND_LATENCY:
        case K_LOWER_BOUND_L3:
        case K_LOWER_BOUND_DRAM:
        case K_LOWER_BOUND_DRAM_LATENCY:
        case K_SUM:
            /* A window anywhere; a probe whose answer is anywhere in it. */
            m->lo[i] = (size_t)omen_rng_below(&r, nkeys - arg + 1);
            m->probe[i] = m->keys[m->lo[i] + (size_t)omen_rng_below(&r, arg)] +
                          omen_rng_below(&r, 2);
            break;
        case K_LINES:
        case K_LINES_DRAM:
            /* a window of 8 * arg keys, so the lines read are its own */
            m->lo[i] = (size_t)omen_rng_below(&r, nkeys - 8 * arg + 1);
            m->probe[i] = m->keys[m->lo[i] + (size_t)omen_rng_below(&r, 8 * arg)];
            break;
        case K_NODE_RANK:
            m->lo[i] = (size_t)omen_rng_below(&r, NODES) * arg;
            m->probe[i] = m->keys[m->lo[i] + (size_t)omen_rng_below(&r, arg)] +
                          omen_rng_below(&r, 2);
            break;
        default:
            m->probe[i] = m->keys[omen_rng_below(&r, NKEYS)];
            m->which[i % ITEMS] = (size_t)omen_rng_below(&r, NSEGS);
            break;
        }
    }
    /* Models that map the keys onto [0, NKEYS) as an index's would. */
    double span = (double)(m->keys[nkeys - 1] - m->keys[0]);
    m->line = (omen_line){(double)NKEYS / span, 0.0};
    if (m->k == K_PREDICT_RMI) {
        m->leaves = malloc(NLEAVES * sizeof *m->leaves);
        if (!m->leaves) {
            omen_mb_free(m);
            return NULL;
        }
        for (size_t l = 0; l < NLEAVES; l++)
            m->leaves[l] = (omen_line){m->line.slope * (1 + (double)(l % 7) / 100),
                                       -(double)(l % 13)};
        m->rmi = (omen_rmi_model){m->keys[0], {(double)NLEAVES / span, 0.0}, m->leaves,
                                  NLEAVES, NKEYS};
    }
    if (m->k == K_PREDICT_SEGMENTS) {
        m->segs = calloc(NSEGS, sizeof *m->segs);
        if (!m->segs) {
            omen_mb_free(m);
            return NULL;
        }
        for (size_t s = 0; s < NSEGS; s++)
            m->segs[s].m = (omen_segment){m->keys[s * (NKEYS / NSEGS)],
                                          {m->line.slope, (double)(s * (NKEYS / NSEGS))}};
    }
    return m;
}

uint64_t omen_mb_run(omen_mb *m)
{
    const omen_kernel_table *t = m->t;
    uint64_t cs = 0;
    size_t arg = m->arg;
    switch (m->k) {
    case K_LOWER_BOUND:
    case K_LOWER_BOUND_L3:
    case K_LOWER_BOUND_DRAM: {
        const size_t *lo = m->lo + m->next;
        const uint64_t *probe = m->probe + m->next;
        for (size_t i = 0; i < ITEMS; i++)
            cs += t->lower_bound(m->keys, lo[i], lo[i] + arg, probe[i]);
        m->next = (m->next + ITEMS) % m->nq;
        break;
    }
    case K_LOWER_BOUND_LATENCY:
    case K_LOWER_BOUND_DRAM_LATENCY: {
        const size_t *lo = m->lo + m->next;
        const uint64_t *probe = m->probe + m->next;
        size_t prev = 0;
        for (size_t i = 0; i < ITEMS; i++) {
            /* prev >> 62 is 0, but the compiler cannot know: the next search
             * cannot start before this one has answered. */
            size_t l = lo[i] + (prev >> 62);
            prev = t->lower_bound(m->keys, l, l + arg, probe[i]);
            cs += prev;
        }
        m->next = (m->next + ITEMS) % m->nq;
        break;
    }
    case K_LINES:
    case K_LINES_DRAM: {
        const size_t *lo = m->lo + m->next;
        const uint64_t *probe = m->probe + m->next;
        for (size_t i = 0; i < ITEMS; i++) {
            /* One key from each of arg lines, all loads independent. */
            size_t c = lo[i];
            for (size_t j = 0; j < arg; j++)
                c += m->keys[lo[i] + 8 * j] < probe[i];
            cs += c;
        }
        m->next = (m->next + ITEMS) % m->nq;
        break;
    }
    case K_NODE_RANK:
        for (size_t i = 0; i < ITEMS; i++)
            cs += t->node_rank(m->keys + m->lo[i], arg, m->probe[i]);
        break;
    case K_SUM:
        for (size_t i = 0; i < ITEMS; i++)
            cs += t->sum(m->keys, m->lo[i], m->lo[i] + arg);
        break;
    case K_CALL_DIRECT:
        for (size_t i = 0; i < ITEMS; i++)
            cs += trivial_get(m, m->probe[i]);
        break;
    case K_CALL_VTABLE: {
        /* Read the pointer through a volatile, as a call through a vtable
         * the compiler cannot see into must. */
        const call_table *volatile vt = &calls;
        for (size_t i = 0; i < ITEMS; i++)
            cs += vt->get(m, m->probe[i]);
        break;
    }
    case K_PREDICT:
        for (size_t i = 0; i < ITEMS; i += arg)
            t->predict(&m->line, m->keys[0], NKEYS, m->probe + i, arg, m->out + i);
        cs = m->out[ITEMS - 1];
        break;
    case K_PREDICT_RMI:
        for (size_t i = 0; i < ITEMS; i += arg)
            t->predict_rmi(&m->rmi, m->probe + i, arg, m->leaf + i, m->out + i);
        cs = m->out[ITEMS - 1];
        break;
    case K_PREDICT_SEGMENTS:
        for (size_t i = 0; i < ITEMS; i += arg)
            t->predict_segments(&m->segs[0].m, sizeof(piece), m->which + i, NKEYS,
                                m->probe + i, arg, m->out + i);
        cs = m->out[ITEMS - 1];
        break;
    }
    return cs;
}

size_t omen_mb_items(const omen_mb *m)
{
    (void)m;
    return ITEMS;
}

void omen_mb_free(omen_mb *m)
{
    if (!m)
        return;
    omen_free(m->keys);
    free(m->probe);
    free(m->lo);
    free(m->leaves);
    free(m->segs);
    free(m);
}
