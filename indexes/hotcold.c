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
 * Inserts (the hot tier and its buffer: indexes/hotcold_tier.c). A key in
 * the hot interval is put into RocksDB (durability: its
 * WAL) and into a small sorted in-memory write buffer (buffer= entries);
 * when the buffer is full it is merged into the hot entries and the hot
 * tier's model is rebuilt. Other keys go to RocksDB only, whose memtable is
 * its own write buffer. Equal keys keep insertion order after the entries
 * already present, so get() still answers the first payload and range()
 * counts every duplicate (the rocksdb variant's duplicate policy agrees).
 *
 * Threads. Reads from many threads are safe, and inserts may run
 * concurrently with reads: the hot tier, the hot entries and the buffer are
 * guarded by a slotted reader-writer lock (indexes/slot_lock.h): a reader
 * takes its thread's slot, an insert into the hot interval, or a merge,
 * takes all of them (writers preferred). The cold
 * path takes no lock of ours: RocksDB's reads are thread-safe and the
 * rocksdb variant serialises its own inserts.
 *
 * size_bytes: this struct, the hot entries, the buffer's capacity, the hot
 * tier's model, and RocksDB's files on disk (it owns all its data). */
#include <stdio.h>
#include <string.h>

#include "common/alloc.h"
#include "indexes/index.h"
#include "indexes/hotcold_tier.h"
#include "indexes/params.h"
#include "indexes/slot_lock.h"

struct omen_index {
    const omen_index_vtable *cold_vt;
    omen_hotcold_tier hot; /* guarded by lock */
    int hot_any;           /* whether the hot tier owns a key interval */
    uint64_t hot_lo, hot_hi;
    omen_index *cold;
    omen_slot_lock lock;
};

static int in_hot(const omen_index *ix, uint64_t key)
{
    return ix->hot_any && key >= ix->hot_lo && key <= ix->hot_hi;
}

static unsigned read_lock(const omen_index *ix)
{
    return omen_slot_lock_read(&ix->lock);
}

static void read_unlock(const omen_index *ix, unsigned s)
{
    omen_slot_lock_read_end(&ix->lock, s);
}

static void destroy(omen_index *ix)
{
    omen_hotcold_tier_free(&ix->hot);
    if (ix->cold)
        ix->cold_vt->free(ix->cold);
    omen_slot_lock_destroy(&ix->lock);
    omen_free(ix);
}

static const char *const cold_choices[] = {"rest", "all", NULL};
/* The last NFWD parameters are handed to the cold tier as they are; rocksdb
 * validates them. */
enum { NFWD = 5, FWD0 = 6 };
static const omen_param hotcold_params[FWD0 + NFWD] = {
    {.name = "hot", .kind = OMEN_PARAM_TEXT, .text = "linear",
     .what = "the hot tier: a variant over a sorted array, with lower_bound"},
    {.name = "hot_params", .kind = OMEN_PARAM_TEXT, .what = "the hot tier's, ';' for ','"},
    {.name = "hot_frac", .kind = OMEN_PARAM_REAL, .min = 0, .max = 1, .r = 0.1,
     .what = "share of the entries that are hot"},
    {.name = "hot_pos", .kind = OMEN_PARAM_REAL, .min = 0, .max = 1, .r = 1,
     .what = "where the hot ranks sit: 0 the smallest keys, 1 the largest"},
    {.name = "cold", .kind = OMEN_PARAM_CHOICE, .choices = cold_choices, .i = 0,
     .what = "RocksDB holds the entries that are not hot, or all"},
    {.name = "buffer", .kind = OMEN_PARAM_INT, .min = 1, .max = 1 << 24, .i = 4096,
     .what = "write buffer entries"},
    {.name = "dir", .kind = OMEN_PARAM_TEXT, .what = "passed to rocksdb", .dflt = "rocksdb's"},
    {.name = "cache_mb", .kind = OMEN_PARAM_TEXT, .what = "passed to rocksdb", .dflt = "rocksdb's"},
    {.name = "bloom_bits", .kind = OMEN_PARAM_TEXT, .what = "passed to rocksdb",
     .dflt = "rocksdb's"},
    {.name = "block_size", .kind = OMEN_PARAM_TEXT, .what = "passed to rocksdb",
     .dflt = "rocksdb's"},
    {.name = "compression", .kind = OMEN_PARAM_TEXT, .what = "passed to rocksdb",
     .dflt = "rocksdb's"},
};

static int hotcold_build(const uint64_t *keys, const uint64_t *payloads, size_t n,
                    const char *params, omen_index **out, omen_error *err)
{
    omen_param spec[sizeof hotcold_params / sizeof hotcold_params[0]];
    memcpy(spec, hotcold_params, sizeof spec);
    int rc = OMEN_PARAMS_PARSE("hotcold", params, spec, err);
    if (rc)
        return rc;

    /* The tiers are found through the registry's lookup (indexes/index.h),
     * which it hands down: this file does not call up into it. */
    const omen_index_vtable *cold_vt = omen_index_find("rocksdb");
    if (!cold_vt || !cold_vt->insert || !(cold_vt->caps & OMEN_CAP_OWNS_DATA))
        return omen_errorf(err, OMEN_EINTERNAL,
                           "hotcold: the rocksdb variant is missing (build hotcold through "
                           "the registry, omen_registry_find, which lends it the variants)");
    const omen_index_vtable *hot_vt = omen_index_find(spec[0].text);
    if (!hot_vt)
        return omen_errorf(err, OMEN_EINVAL,
                           "hotcold: hot=%s is not a registered index (see --list)",
                           spec[0].text);
    if (!hot_vt->lower_bound || (hot_vt->caps & OMEN_CAP_OWNS_DATA))
        return omen_errorf(err, OMEN_EINVAL,
                           "hotcold: hot=%s cannot be the hot tier: it must be an index over "
                           "a sorted array (with lower_bound), e.g. linear or binsearch",
                           hot_vt->name);

    char cold_params[4 * 1024 + 256] = "";
    for (size_t f = 0; f < NFWD; f++)
        if (spec[FWD0 + f].given) {
            size_t used = strlen(cold_params);
            snprintf(cold_params + used, sizeof cold_params - used, "%s%s=%s",
                     used ? "," : "", spec[FWD0 + f].name, spec[FWD0 + f].text);
        }

    omen_index *ix = omen_calloc(1, sizeof *ix);
    if (!ix)
        return omen_errorf(err, OMEN_ENOMEM, "hotcold: out of memory");
    ix->cold_vt = cold_vt;
    if (omen_slot_lock_init(&ix->lock) != 0) {
        destroy(ix);
        return omen_errorf(err, OMEN_ENOMEM, "hotcold: cannot create its lock");
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
    char hot_params[sizeof spec[1].text];
    snprintf(hot_params, sizeof hot_params, "%s", spec[1].text);
    for (char *c = hot_params; *c; c++)
        if (*c == ';')
            *c = ',';
    rc = omen_hotcold_tier_build(&ix->hot, hot_vt, hot_params, keys + a, payloads + a, b - a,
                                 (size_t)spec[5].i, err);
    if (rc) {
        destroy(ix);
        return rc;
    }

    /* Cold: everything (cold=all), or the ranks outside [a, b). The rocksdb
     * variant copies what it is given, so a joined copy can go right away. */
    const uint64_t *ck = keys, *cp = payloads;
    uint64_t *jk = NULL, *jp = NULL;
    size_t cn = n;
    if (spec[4].i == 0 && ix->hot.n) {
        if (a == 0) {
            ck = keys + b, cp = payloads + b, cn = n - b;
        } else if (b == n) {
            cn = a;
        } else {
            cn = n - ix->hot.n;
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
        return omen_hotcold_tier_error(err, rc, "cold tier");
    }
    *out = ix;
    return OMEN_OK;
}

static int hotcold_get(const omen_index *ix, uint64_t key, uint64_t *payload)
{
    if (in_hot(ix, key)) {
        unsigned s = read_lock(ix);
        int found = omen_hotcold_tier_get(&ix->hot, key, payload);
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
                found[i + j] = (uint8_t)omen_hotcold_tier_get(&ix->hot, key, &payloads[i + j]);
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
        add(&r, omen_hotcold_tier_range(&ix->hot, a, b));
        read_unlock(ix, s);
    }
    return r;
}

static int hotcold_insert(omen_index *ix, uint64_t key, uint64_t payload, omen_error *err)
{
    if (!in_hot(ix, key)) {
        int rc = ix->cold_vt->insert(ix->cold, key, payload, err);
        return rc ? omen_hotcold_tier_error(err, rc, "cold tier") : OMEN_OK;
    }
    omen_slot_lock_write(&ix->lock);
    int rc = OMEN_OK;
    /* Room first, so a failed merge leaves everything as it was. */
    if (ix->hot.bn == ix->hot.bcap)
        rc = omen_hotcold_tier_merge(&ix->hot, err);
    if (!rc) {
        rc = ix->cold_vt->insert(ix->cold, key, payload, err);
        if (rc)
            rc = omen_hotcold_tier_error(err, rc, "cold tier");
    }
    if (!rc) {
        omen_hotcold_tier_buffer(&ix->hot, key, payload);
        if (ix->hot.bn == ix->hot.bcap) {
            /* The insert has happened; a merge that fails now is tried
             * again, and reported, by the next insert into the hot part. */
            omen_error ignored;
            omen_hotcold_tier_merge(&ix->hot, &ignored);
        }
    }
    omen_slot_lock_write_end(&ix->lock);
    return rc;
}

static size_t hotcold_size_bytes(const omen_index *ix)
{
    unsigned slot = read_lock(ix);
    size_t s = sizeof *ix + omen_slot_lock_bytes() + omen_hotcold_tier_bytes(&ix->hot);
    read_unlock(ix, slot);
    return s + ix->cold_vt->size_bytes(ix->cold);
}

/* The hot tier's model statistics, with the size of the whole index. */
static int hotcold_stats(const omen_index *ix, omen_index_stats *st)
{
    int rc = OMEN_OK;
    memset(st, 0, sizeof *st);
    if (ix->hot.vt->stats) {
        unsigned slot = read_lock(ix);
        rc = ix->hot.vt->stats(ix->hot.ix, st);
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
    OMEN_VTABLE_PARAMS(hotcold_params),
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
