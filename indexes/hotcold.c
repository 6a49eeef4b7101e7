/* hotcold: a learned index over the hot part of the data in memory, in
 * front of RocksDB holding the cold part (or everything).
 *
 * Tiers. The hot tier is any registered index over a sorted array (a
 * variant with a lower_bound, chosen by name with hot=, default
 * linear; hot_params= passes it parameters, ';' standing for ','), built
 * over a copy of the hot entries this index owns. The cold tier is the
 * rocksdb variant, used through its vtable; the rocksdb parameters dir=,
 * cache_mb=, bloom_bits=, block_size= and compression= are passed to it.
 *
 * Which keys are hot. hot_frac= (0..1) of the entries, a contiguous range
 * of ranks: hot_frac*N entries starting at rank hot_pos*(N - hot_frac*N),
 * so hot_pos=0 is the smallest keys and hot_pos=1 (default) the largest
 * (the newest, for time-ordered keys). The ends are widened to whole runs
 * of equal keys. The hot tier then owns the key interval from just above
 * the last cold key below it to just below the first cold key above it
 * (to 0 or 2^64-1 when no cold key lies beyond), so keys inserted later
 * into that interval are hot too. Hotness is by key range, not by measured
 * access frequency: a Zipf workload whose popular keys are scattered over
 * the key space only gains in proportion to the fraction it covers.
 *
 * Lookups. A key inside the hot interval is answered by the hot tier and
 * the write buffer alone; any other key by RocksDB. cold=rest (default)
 * stores only the non-hot entries in RocksDB; cold=all stores every entry
 * there as well, so RocksDB alone is a complete copy. With hot_frac=0 there
 * is no hot interval: every lookup passes the (empty) hot-tier check and is
 * served by RocksDB -- a learned layer in front of RocksDB that serves
 * nothing itself. range() adds the hot tier's and the buffer's part of the
 * hot interval to RocksDB's part of the rest, so nothing is counted twice.
 *
 * Inserts. A key in the hot interval is put into RocksDB (durability: its
 * WAL) and into a small sorted in-memory write buffer (buffer= entries);
 * when the buffer is full it is merged into the hot entries and the hot
 * tier's model is rebuilt. Other keys go to RocksDB only, whose memtable is
 * its own write buffer. Equal keys keep insertion order after the entries
 * already present, so get() still answers the first payload and range()
 * counts every duplicate (the rocksdb variant's duplicate policy agrees).
 *
 * Threads. Reads from many threads are safe, and inserts may run
 * concurrently with reads: the hot tier, the hot entries and the buffer are
 * guarded by reader-writer locks. There are LOCK_SLOTS of them, each on its
 * own cache line; a reader takes the one of its thread's slot, so readers
 * on different cores do not bounce one lock word between them (with a
 * single rwlock two threads ran slower than one), and an insert into the
 * hot interval, or a merge, takes all of them (writers preferred). The cold
 * path takes no lock of ours: RocksDB's reads are thread-safe and the
 * rocksdb variant serialises its own inserts.
 *
 * size_bytes: this struct, the hot entries, the buffer's capacity, the hot
 * tier's model, and RocksDB's files on disk (it owns all its data). */
#include <limits.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>

#include "common/alloc.h"
#include "indexes/index.h"
#include "registry/registry.h"
#include "indexes/params.h"
#include "kernels/kernels.h"

enum { LOCK_SLOTS = 16 };

typedef struct lock_slot {
    _Alignas(64) pthread_rwlock_t rw; /* one per cache line */
} lock_slot;

/* Slots are handed to threads round-robin on their first read. */
static atomic_uint next_slot;
static _Thread_local unsigned my_slot = UINT_MAX;

static unsigned reader_slot(void)
{
    if (my_slot == UINT_MAX)
        my_slot = atomic_fetch_add(&next_slot, 1) % LOCK_SLOTS;
    return my_slot;
}

struct omen_index {
    const omen_index_vtable *hot_vt, *cold_vt;
    omen_index *hot;  /* learned tier over hk/hp[0..hn) */
    uint64_t *hk, *hp; /* hot entries, sorted; owned, borrowed by the hot tier */
    size_t hn;
    int hot_any;      /* whether the hot tier owns a key interval */
    uint64_t hot_lo, hot_hi;
    uint64_t *bk, *bp; /* write buffer: sorted, equal keys in insertion order */
    size_t bn, bcap;
    omen_index *cold;
    lock_slot *locks; /* LOCK_SLOTS; a pointer so const readers can take them */
    int nlocks;       /* how many are initialised */
    unsigned long merges;
    char hot_params[1024];
};

/* Rewrites err's message with a prefix saying which tier failed; err may
 * be NULL (the harness's mixed workload counts failures, it does not read
 * messages). */
static int tier_error(omen_error *err, int code, const char *what)
{
    if (!err)
        return code;
    char inner[sizeof err->msg];
    snprintf(inner, sizeof inner, "%s", err->msg);
    return omen_errorf(err, code, "hotcold: %s: %s", what, inner);
}

/* Searches of the write buffer, through the same kernel as every index. */
static size_t lower_bound(const uint64_t *k, size_t n, uint64_t key)
{
    return omen_kernels->lower_bound(k, 0, n, key);
}

static size_t upper_bound(const uint64_t *k, size_t n, uint64_t key)
{
    return key == UINT64_MAX ? n : omen_kernels->lower_bound(k, 0, n, key + 1);
}

static int in_hot(const omen_index *ix, uint64_t key)
{
    return ix->hot_any && key >= ix->hot_lo && key <= ix->hot_hi;
}

static unsigned read_lock(const omen_index *ix)
{
    unsigned s = reader_slot();
    pthread_rwlock_rdlock(&ix->locks[s].rw);
    return s;
}

static void read_unlock(const omen_index *ix, unsigned s)
{
    pthread_rwlock_unlock(&ix->locks[s].rw);
}

static void write_lock(omen_index *ix)
{
    for (int i = 0; i < LOCK_SLOTS; i++)
        pthread_rwlock_wrlock(&ix->locks[i].rw);
}

static void write_unlock(omen_index *ix)
{
    for (int i = LOCK_SLOTS - 1; i >= 0; i--)
        pthread_rwlock_unlock(&ix->locks[i].rw);
}

/* Hot tier, then buffer: buffered entries come after equal hot entries.
 * Caller holds the lock for reading. */
static int hot_get(const omen_index *ix, uint64_t key, uint64_t *payload)
{
    if (omen_index_get(ix->hot_vt, ix->hot, key, payload))
        return 1;
    if (ix->bn) {
        size_t r = lower_bound(ix->bk, ix->bn, key);
        if (r < ix->bn && ix->bk[r] == key) {
            *payload = ix->bp[r];
            return 1;
        }
    }
    return 0;
}

static void destroy(omen_index *ix)
{
    if (ix->hot)
        ix->hot_vt->free(ix->hot);
    if (ix->cold)
        ix->cold_vt->free(ix->cold);
    for (int i = 0; i < ix->nlocks; i++)
        pthread_rwlock_destroy(&ix->locks[i].rw);
    omen_free(ix->locks);
    omen_free(ix->hk);
    omen_free(ix->hp);
    omen_free(ix->bk);
    omen_free(ix->bp);
    omen_free(ix);
}

/* Merges the buffer into the hot entries and rebuilds the hot tier. On
 * failure nothing changes. Caller holds the lock for writing. */
static int merge_buffer(omen_index *ix, omen_error *err)
{
    size_t m = ix->hn + ix->bn;
    uint64_t *k = omen_alloc((m ? m : 1) * sizeof *k);
    uint64_t *p = omen_alloc((m ? m : 1) * sizeof *p);
    if (!k || !p) {
        omen_free(k);
        omen_free(p);
        return omen_errorf(err, OMEN_ENOMEM, "hotcold: out of memory merging %zu entries",
                           m);
    }
    size_t i = 0, j = 0, o = 0;
    while (i < ix->hn || j < ix->bn) {
        /* <= keeps hot entries before buffered ones with the same key. */
        if (j == ix->bn || (i < ix->hn && ix->hk[i] <= ix->bk[j])) {
            k[o] = ix->hk[i];
            p[o++] = ix->hp[i++];
        } else {
            k[o] = ix->bk[j];
            p[o++] = ix->bp[j++];
        }
    }
    omen_index *nh = NULL;
    int rc = ix->hot_vt->build(k, p, m, ix->hot_params, &nh, err);
    if (rc) {
        omen_free(k);
        omen_free(p);
        return tier_error(err, rc, "rebuilding the hot tier");
    }
    ix->hot_vt->free(ix->hot);
    omen_free(ix->hk);
    omen_free(ix->hp);
    ix->hot = nh;
    ix->hk = k;
    ix->hp = p;
    ix->hn = m;
    ix->bn = 0;
    ix->merges++;
    return OMEN_OK;
}

static const char *const cold_choices[] = {"rest", "all", NULL};
/* Parameters handed to the cold tier as they are; rocksdb validates them. */
static const char *const forwarded[] = {"dir", "cache_mb", "bloom_bits", "block_size",
                                        "compression"};
enum { NFWD = sizeof forwarded / sizeof forwarded[0] };

static int hotcold_build(const uint64_t *keys, const uint64_t *payloads, size_t n,
                    const char *params, omen_index **out, omen_error *err)
{
    omen_param spec[6 + NFWD] = {
        {.name = "hot", .kind = OMEN_PARAM_TEXT, .text = "linear"},
        {.name = "hot_params", .kind = OMEN_PARAM_TEXT},
        {.name = "hot_frac", .kind = OMEN_PARAM_REAL, .min = 0, .max = 1, .r = 0.1},
        {.name = "hot_pos", .kind = OMEN_PARAM_REAL, .min = 0, .max = 1, .r = 1},
        {.name = "cold", .kind = OMEN_PARAM_CHOICE, .choices = cold_choices, .i = 0},
        {.name = "buffer", .kind = OMEN_PARAM_INT, .min = 1, .max = 1 << 24, .i = 4096},
    };
    for (size_t f = 0; f < NFWD; f++)
        spec[6 + f] = (omen_param){.name = forwarded[f], .kind = OMEN_PARAM_TEXT};
    int rc = OMEN_PARAMS_PARSE("hotcold", params, spec, err);
    if (rc)
        return rc;

    const omen_index_vtable *hot_vt = omen_registry_find(spec[0].text);
    if (!hot_vt)
        return omen_errorf(err, OMEN_EINVAL,
                           "hotcold: hot=%s is not a registered index (see --list)",
                           spec[0].text);
    if (!hot_vt->lower_bound || (hot_vt->caps & OMEN_CAP_OWNS_DATA))
        return omen_errorf(err, OMEN_EINVAL,
                           "hotcold: hot=%s cannot be the hot tier: it must be an index over "
                           "a sorted array (with lower_bound), e.g. linear or binsearch",
                           hot_vt->name);
    const omen_index_vtable *cold_vt = omen_registry_find("rocksdb");
    if (!cold_vt || !cold_vt->insert || !(cold_vt->caps & OMEN_CAP_OWNS_DATA))
        return omen_errorf(err, OMEN_EINTERNAL, "hotcold: the rocksdb variant is missing");

    char cold_params[4 * 1024 + 256] = "";
    for (size_t f = 0; f < NFWD; f++)
        if (spec[6 + f].given) {
            size_t used = strlen(cold_params);
            snprintf(cold_params + used, sizeof cold_params - used, "%s%s=%s",
                     used ? "," : "", spec[6 + f].name, spec[6 + f].text);
        }

    omen_index *ix = omen_calloc(1, sizeof *ix);
    if (!ix)
        return omen_errorf(err, OMEN_ENOMEM, "hotcold: out of memory");
    ix->hot_vt = hot_vt;
    ix->cold_vt = cold_vt;
    snprintf(ix->hot_params, sizeof ix->hot_params, "%s", spec[1].text);
    for (char *c = ix->hot_params; *c; c++)
        if (*c == ';')
            *c = ',';
    ix->bcap = (size_t)spec[5].i;
    ix->locks = omen_alloc(LOCK_SLOTS * sizeof *ix->locks);
    ix->bk = omen_alloc(ix->bcap * sizeof *ix->bk);
    ix->bp = omen_alloc(ix->bcap * sizeof *ix->bp);
    if (!ix->locks || !ix->bk || !ix->bp) {
        destroy(ix);
        return omen_errorf(err, OMEN_ENOMEM, "hotcold: out of memory");
    }
    pthread_rwlockattr_t attr;
    pthread_rwlockattr_init(&attr);
#ifdef PTHREAD_RWLOCK_PREFER_WRITER_NONRECURSIVE_NP
    /* Lookups never stop arriving in a benchmark; without this an insert
     * could wait for ever. */
    pthread_rwlockattr_setkind_np(&attr, PTHREAD_RWLOCK_PREFER_WRITER_NONRECURSIVE_NP);
#endif
    for (; ix->nlocks < LOCK_SLOTS; ix->nlocks++)
        if (pthread_rwlock_init(&ix->locks[ix->nlocks].rw, &attr) != 0)
            break;
    pthread_rwlockattr_destroy(&attr);
    if (ix->nlocks < LOCK_SLOTS) {
        destroy(ix);
        return omen_errorf(err, OMEN_ENOMEM, "hotcold: cannot create a lock");
    }

    /* The hot ranks [a, b), widened to whole runs of equal keys so a key is
     * wholly hot or wholly cold. */
    size_t h = (size_t)(spec[2].r * (double)n + 0.5);
    if (h > n)
        h = n;
    size_t a = (size_t)(spec[3].r * (double)(n - h) + 0.5), b;
    if (a > n - h)
        a = n - h;
    b = a + h;
    if (h) {
        while (a > 0 && keys[a - 1] == keys[a])
            a--;
        while (b < n && keys[b] == keys[b - 1])
            b++;
        ix->hot_any = 1;
        ix->hot_lo = a == 0 ? 0 : keys[a - 1] + 1;
        ix->hot_hi = b == n ? UINT64_MAX : keys[b] - 1;
    } else {
        a = b = n; /* nothing hot: the cold part is everything */
    }
    ix->hn = b - a;
    ix->hk = omen_alloc((ix->hn ? ix->hn : 1) * sizeof *ix->hk);
    ix->hp = omen_alloc((ix->hn ? ix->hn : 1) * sizeof *ix->hp);
    if (!ix->hk || !ix->hp) {
        destroy(ix);
        return omen_errorf(err, OMEN_ENOMEM, "hotcold: out of memory for %zu hot entries",
                           b - a);
    }
    if (ix->hn) {
        memcpy(ix->hk, keys + a, ix->hn * sizeof *keys);
        memcpy(ix->hp, payloads + a, ix->hn * sizeof *payloads);
    }
    /* Built even when empty, so a bad hot= or hot_params= fails at any
     * hot_frac. */
    rc = hot_vt->build(ix->hk, ix->hp, ix->hn, ix->hot_params, &ix->hot, err);
    if (rc) {
        ix->hot = NULL;
        destroy(ix);
        return tier_error(err, rc, "hot tier");
    }

    /* Cold: everything (cold=all), or the ranks outside [a, b). The rocksdb
     * variant copies what it is given, so a joined copy can go right away. */
    const uint64_t *ck = keys, *cp = payloads;
    uint64_t *jk = NULL, *jp = NULL;
    size_t cn = n;
    if (spec[4].i == 0 && ix->hn) {
        if (a == 0) {
            ck = keys + b, cp = payloads + b, cn = n - b;
        } else if (b == n) {
            cn = a;
        } else {
            cn = n - ix->hn;
            jk = omen_alloc(cn * sizeof *jk);
            jp = omen_alloc(cn * sizeof *jp);
            if (!jk || !jp) {
                omen_free(jk);
                omen_free(jp);
                destroy(ix);
                return omen_errorf(err, OMEN_ENOMEM, "hotcold: out of memory");
            }
            memcpy(jk, keys, a * sizeof *keys);
            memcpy(jk + a, keys + b, (n - b) * sizeof *keys);
            memcpy(jp, payloads, a * sizeof *payloads);
            memcpy(jp + a, payloads + b, (n - b) * sizeof *payloads);
            ck = jk, cp = jp;
        }
    }
    rc = cold_vt->build(ck, cp, cn, cold_params, &ix->cold, err);
    omen_free(jk);
    omen_free(jp);
    if (rc) {
        ix->cold = NULL;
        destroy(ix);
        return tier_error(err, rc, "cold tier");
    }
    *out = ix;
    return OMEN_OK;
}

static int hotcold_get(const omen_index *ix, uint64_t key, uint64_t *payload)
{
    if (in_hot(ix, key)) {
        unsigned s = read_lock(ix);
        int found = hot_get(ix, key, payload);
        read_unlock(ix, s);
        return found;
    }
    return omen_index_get(ix->cold_vt, ix->cold, key, payload);
}

static void hotcold_get_batch(const omen_index *ix, const uint64_t *keys, size_t count,
                         uint64_t *payloads, uint8_t *found)
{
    enum { CHUNK = 64 };
    uint64_t ck[CHUNK], cp[CHUNK];
    uint8_t cf[CHUNK];
    size_t where[CHUNK];
    for (size_t i = 0; i < count; i += CHUNK) {
        size_t m = count - i < CHUNK ? count - i : CHUNK, cn = 0;
        int locked = 0;
        unsigned slot = 0;
        for (size_t j = 0; j < m; j++) {
            uint64_t key = keys[i + j];
            if (in_hot(ix, key)) {
                if (!locked)
                    slot = read_lock(ix), locked = 1;
                found[i + j] = (uint8_t)hot_get(ix, key, &payloads[i + j]);
            } else {
                where[cn] = i + j;
                ck[cn++] = key;
            }
        }
        if (locked)
            read_unlock(ix, slot);
        if (!cn)
            continue;
        if (ix->cold_vt->get_batch) {
            ix->cold_vt->get_batch(ix->cold, ck, cn, cp, cf);
        } else {
            for (size_t j = 0; j < cn; j++)
                cf[j] = (uint8_t)omen_index_get(ix->cold_vt, ix->cold, ck[j], &cp[j]);
        }
        for (size_t j = 0; j < cn; j++) {
            found[where[j]] = cf[j];
            if (cf[j])
                payloads[where[j]] = cp[j];
        }
    }
}

static void add(omen_range_result *r, omen_range_result x)
{
    r->count += x.count;
    r->sum += x.sum;
}

static omen_range_result hotcold_range(const omen_index *ix, uint64_t lo, uint64_t hi)
{
    omen_range_result r = {0, 0};
    if (lo > hi)
        return r;
    if (!ix->hot_any)
        return omen_index_range(ix->cold_vt, ix->cold, lo, hi);
    if (lo < ix->hot_lo)
        add(&r, omen_index_range(ix->cold_vt, ix->cold, lo, hi < ix->hot_lo ? hi : ix->hot_lo - 1));
    if (hi > ix->hot_hi)
        add(&r, omen_index_range(ix->cold_vt, ix->cold, lo > ix->hot_hi ? lo : ix->hot_hi + 1, hi));
    if (lo <= ix->hot_hi && hi >= ix->hot_lo) {
        uint64_t a = lo > ix->hot_lo ? lo : ix->hot_lo;
        uint64_t b = hi < ix->hot_hi ? hi : ix->hot_hi;
        unsigned s = read_lock(ix);
        add(&r, omen_index_range(ix->hot_vt, ix->hot, a, b));
        if (ix->bn) {
            size_t from = lower_bound(ix->bk, ix->bn, a);
            size_t to = upper_bound(ix->bk, ix->bn, b);
            r.count += to - from;
            for (size_t i = from; i < to; i++)
                r.sum += ix->bp[i];
        }
        read_unlock(ix, s);
    }
    return r;
}

static int hotcold_insert(omen_index *ix, uint64_t key, uint64_t payload, omen_error *err)
{
    if (!in_hot(ix, key)) {
        int rc = ix->cold_vt->insert(ix->cold, key, payload, err);
        return rc ? tier_error(err, rc, "cold tier") : OMEN_OK;
    }
    write_lock(ix);
    int rc = OMEN_OK;
    /* Room first, so a failed merge leaves everything as it was. */
    if (ix->bn == ix->bcap)
        rc = merge_buffer(ix, err);
    if (!rc) {
        rc = ix->cold_vt->insert(ix->cold, key, payload, err);
        if (rc)
            rc = tier_error(err, rc, "cold tier");
    }
    if (!rc) {
        size_t at = upper_bound(ix->bk, ix->bn, key); /* after equal keys */
        memmove(ix->bk + at + 1, ix->bk + at, (ix->bn - at) * sizeof *ix->bk);
        memmove(ix->bp + at + 1, ix->bp + at, (ix->bn - at) * sizeof *ix->bp);
        ix->bk[at] = key;
        ix->bp[at] = payload;
        ix->bn++;
        if (ix->bn == ix->bcap) {
            /* The insert has happened; a merge that fails now is tried
             * again, and reported, by the next insert into the hot part. */
            omen_error ignored;
            merge_buffer(ix, &ignored);
        }
    }
    write_unlock(ix);
    return rc;
}

static size_t hotcold_size_bytes(const omen_index *ix)
{
    unsigned slot = read_lock(ix);
    size_t s = sizeof *ix + LOCK_SLOTS * sizeof *ix->locks + ix->hn * 2 * sizeof *ix->hk +
               ix->bcap * 2 * sizeof *ix->bk + ix->hot_vt->size_bytes(ix->hot);
    read_unlock(ix, slot);
    return s + ix->cold_vt->size_bytes(ix->cold);
}

/* The hot tier's model statistics, with the size of the whole index. */
static int hotcold_stats(const omen_index *ix, omen_index_stats *st)
{
    int rc = OMEN_OK;
    memset(st, 0, sizeof *st);
    if (ix->hot_vt->stats) {
        unsigned slot = read_lock(ix);
        rc = ix->hot_vt->stats(ix->hot, st);
        read_unlock(ix, slot);
    }
    st->size_bytes = hotcold_size_bytes(ix);
    return rc;
}

/* The hot tier is memory; only the cold tier's reads can fail. */
static int hotcold_read_error(const omen_index *ix, omen_error *err)
{
    return ix->cold_vt->read_error ? ix->cold_vt->read_error(ix->cold, err) : OMEN_OK;
}

static void hotcold_free(omen_index *ix)
{
    destroy(ix);
}

/* hot_frac=0 is the learned layer in front of RocksDB serving nothing;
 * hot_pos=0.5 with cold=rest splits RocksDB's part in two. Few, because
 * each one walks RocksDB's entries in the suite's wide ranges; cold=all,
 * other hot variants and tiny buffers are in tests/test_rocksdb.c. */
static const char *const hotcold_test_params[] = {
    "hot_frac=0",
    "hot_frac=1,buffer=1",
    "hot_frac=0.5,hot_pos=0.5,hot_params=segments=3,bloom_bits=0",
    NULL,
};

const omen_index_vtable omen_hotcold_vtable = {
    .version = OMEN_INDEX_VERSION,
    .name = "hotcold",
    .description = "learned hot tier (a key range, in memory) in front of RocksDB holding "
                   "the rest; inserts via a write buffer merged into the hot model; owns "
                   "its data (size = hot tier + buffer + RocksDB on disk)",
    .params_help = "hot=VARIANT (an index with lower_bound, default linear), "
                   "hot_params=k=v;k=v, hot_frac=F (0..1, share of entries that are hot, "
                   "default 0.1), hot_pos=P (0..1, where the hot rank range sits: 0 = "
                   "smallest keys, 1 = largest, default 1), cold=rest|all (RocksDB holds "
                   "the non-hot entries or all, default rest), buffer=N (write buffer "
                   "entries, 1..16777216, default 4096), and rocksdb's dir=, cache_mb=, "
                   "bloom_bits=, block_size=, compression=",
    .caps = OMEN_CAP_OWNS_DATA,
    .build = hotcold_build,
    .get = hotcold_get,
    .lower_bound = NULL,
    .range = hotcold_range,
    .size_bytes = hotcold_size_bytes,
    .free = hotcold_free,
    .insert = hotcold_insert,
    .get_batch = hotcold_get_batch,
    .stats = hotcold_stats,
    .test_params = hotcold_test_params,
    .read_error = hotcold_read_error, /* v2 */
};
