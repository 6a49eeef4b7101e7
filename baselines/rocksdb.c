/* rocksdb: the real embedded RocksDB (its C API), on a real directory, as
 * the reference a learned index is judged against.
 *
 * Storage. A key is stored as 8 bytes big-endian, so RocksDB's bytewise
 * order is numeric order and an iterator walks keys ascending; a payload is
 * 8 bytes (native order). The dataset is bulk loaded the way RocksDB
 * recommends for sorted data: SstFileWriter writes SST files into the
 * database directory and IngestExternalFile moves them into the bottom
 * level, so a build of 1M keys takes about a second and there is no
 * memtable, WAL or compaction work left behind it.
 *
 * Duplicate keys. RocksDB holds one value per key, but the oracle answers
 * get(key) with the payload of the FIRST entry equal to key and range()
 * with every entry. So there is one RocksDB entry per distinct key whose
 * value is the payloads of all its entries in order, 8 bytes each (native
 * order): 8 bytes for a key that occurs once. get() reads the first 8
 * bytes; range() adds the count (length / 8) and the payloads. insert() of
 * a key that is present appends its payload (inserted entries go after
 * equal keys); erase() drops the first payload, or deletes the key with its
 * last one (RocksDB Delete). Keeping every payload, rather than the first
 * with a count and sum, is what lets erase() know the next first payload;
 * a run of r equal keys costs 8r bytes either way, as in the dataset.
 *
 * Directory (dir=). Default: a fresh directory made with mkdtemp under
 * $TMPDIR (or /tmp), removed with everything in it on free. A given dir is
 * created when missing (its parent must exist) and kept on free. A given dir
 * that exists must be empty or hold a database an earlier omen build wrote
 * (recognised by the marker file below); that database is replaced, since an
 * index is a function of its dataset. A directory holding anything else is
 * refused, so omen never deletes files it did not write. Every failure is one
 * message naming the path and the fix, and leaves the directory as it found
 * it (a directory omen created is removed again; in an existing directory
 * the files the failed build wrote are deleted).
 *
 * Threads. Reads (get, get_batch, range) go straight to RocksDB, whose reads
 * are thread-safe; the shared read options are never modified after build.
 * insert() and erase() are read-modify-writes (the payload list), so writes
 * are serialised by a mutex; a read running at the same time sees the entry
 * before or after the write, never half of it. RocksDB reports errors on
 * reads only through the return value the vtable has no room for: a failed
 * read answers "not found", which the harness flags as an invalid row.
 *
 * size_bytes is the database's files on disk (SST, WAL, MANIFEST, OPTIONS,
 * CURRENT, ...), not its info LOG and not the block cache in memory. */
#include <errno.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <rocksdb/c.h>

#include "common/alloc.h"
#include "indexes/index.h"
#include "indexes/params.h"
#include "baselines/rocksdb_dir.h"

/* Default entries per bulk-load SST file (sst_keys=): files of about
 * 64 MB, RocksDB's usual size, so a large dataset is many files in the
 * bottom level, as it would be after compaction, rather than one huge file. */
#define SST_ENTRIES (1 << 22)

struct omen_index {
    rocksdb_t *db;
    rocksdb_options_t *opts;
    rocksdb_readoptions_t *ropts;
    rocksdb_readoptions_t *iter_ropts; /* ranges: total order under a hash index */
    rocksdb_writeoptions_t *wopts;
    rocksdb_cache_t *cache;
    pthread_mutex_t insert_lock;
    int lock_init;
    int remove_dir; /* the directory was made by this build: removed on free */
    char dir[1100];
    /* The first failed read since build (v2 read_error): 0 none, 1 being
     * written, 2 read_msg is complete. Reads are concurrent, so one wins. */
    atomic_int read_failed;
    char read_msg[400];
};

static void put_be64(char *b, uint64_t v)
{
    for (int i = 7; i >= 0; i--, v >>= 8)
        b[i] = (char)(v & 0xff);
}

static uint64_t get_be64(const char *b)
{
    uint64_t v = 0;
    for (int i = 0; i < 8; i++)
        v = v << 8 | (unsigned char)b[i];
    return v;
}

static uint64_t get_u64(const char *b)
{
    uint64_t v;
    memcpy(&v, b, 8);
    return v;
}

/* Decodes a stored value into first payload, count and payload sum; 0 when
 * it is not one this file writes. */
static int decode_value(const char *v, size_t len, uint64_t *first, uint64_t *count,
                        uint64_t *sum)
{
    if (len == 0 || len % 8)
        return 0;
    *first = *sum = get_u64(v);
    *count = len / 8;
    for (size_t i = 8; i < len; i += 8)
        *sum += get_u64(v + i);
    return 1;
}

/* omen_errorf with RocksDB's message (if any) appended and freed. */
static int rocksdb_index_error(omen_error *err, int code, char *rerr, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static int rocksdb_index_error(omen_error *err, int code, char *rerr, const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (rerr) {
        omen_errorf(err, code, "%s (RocksDB: %s)", msg, rerr);
        rocksdb_free(rerr);
    } else {
        omen_errorf(err, code, "%s", msg);
    }
    return code;
}

/* A read that failed answered "not found" or a partial sum; remember the
 * first so the caller can tell (read_error), and free RocksDB's message. */
static void read_failed(const omen_index *cix, const char *what, char *rerr)
{
    omen_index *ix = (omen_index *)cix; /* only the sticky record changes */
    int expect = 0;
    if (atomic_compare_exchange_strong(&ix->read_failed, &expect, 1)) {
        snprintf(ix->read_msg, sizeof ix->read_msg, "rocksdb: %s failed in %.150s%s%.150s", what,
                 ix->dir, rerr ? ": " : "", rerr ? rerr : "");
        atomic_store(&ix->read_failed, 2);
    }
    if (rerr)
        rocksdb_free(rerr);
}

static int rocksdb_index_read_error(const omen_index *ix, omen_error *err)
{
    if (atomic_load(&ix->read_failed) != 2)
        return OMEN_OK;
    return omen_errorf(err, OMEN_EIO, "%s", ix->read_msg);
}

static void close_db(omen_index *ix)
{
    if (ix->db)
        rocksdb_close(ix->db);
    ix->db = NULL;
}

static void release(omen_index *ix)
{
    close_db(ix);
    if (ix->ropts)
        rocksdb_readoptions_destroy(ix->ropts);
    if (ix->iter_ropts)
        rocksdb_readoptions_destroy(ix->iter_ropts);
    if (ix->wopts)
        rocksdb_writeoptions_destroy(ix->wopts);
    if (ix->opts)
        rocksdb_options_destroy(ix->opts);
    if (ix->cache)
        rocksdb_cache_destroy(ix->cache);
    if (ix->lock_init)
        pthread_mutex_destroy(&ix->insert_lock);
}

/* *locked (when not NULL) says the failure was the directory being held
 * by another instance, in this process or another. */
static int open_db(omen_index *ix, int *locked, omen_error *err)
{
    char *e = NULL;
    ix->db = rocksdb_open(ix->opts, ix->dir, &e);
    if (e) {
        ix->db = NULL;
        int held = strstr(e, "lock hold by") || strstr(e, "While lock file");
        if (locked)
            *locked = held;
        if (held)
            return rocksdb_index_error(err, OMEN_EIO, e,
                             "rocksdb: directory %s is in use by another open RocksDB "
                             "instance (its LOCK is held); close that one or give another "
                             "dir=",
                             ix->dir);
        return rocksdb_index_error(err, OMEN_EIO, e, "rocksdb: cannot open a database in %s", ix->dir);
    }
    return OMEN_OK;
}

/* Writes the dataset as SST files of per_file distinct keys and ingests
 * them. The files are written into the database directory so ingestion can
 * move (link) rather than copy them. */
static int bulk_load(omen_index *ix, const uint64_t *keys, const uint64_t *payloads,
                     size_t n, size_t per_file, omen_error *err)
{
    if (n == 0)
        return OMEN_OK; /* SstFileWriter refuses an empty file; the DB is empty */
    size_t cap = 8, nfiles = 0;
    char **files = omen_calloc(cap, sizeof *files);
    if (!files)
        return omen_errorf(err, OMEN_ENOMEM, "rocksdb: out of memory");
    rocksdb_envoptions_t *envopts = rocksdb_envoptions_create();
    rocksdb_sstfilewriter_t *w = NULL;
    int rc = OMEN_OK;
    char *e = NULL;
    size_t in_file = 0;
    for (size_t i = 0; i < n && !rc;) {
        if (!w) {
            if (nfiles == cap) {
                char **bigger = omen_realloc(files, cap * sizeof *files,
                                             2 * cap * sizeof *files);
                if (!bigger) {
                    rc = omen_errorf(err, OMEN_ENOMEM, "rocksdb: out of memory");
                    break;
                }
                memset(bigger + cap, 0, cap * sizeof *files);
                files = bigger;
                cap *= 2;
            }
            files[nfiles] = omen_alloc(sizeof ix->dir + 64);
            if (!files[nfiles]) {
                rc = omen_errorf(err, OMEN_ENOMEM, "rocksdb: out of memory");
                break;
            }
            snprintf(files[nfiles], sizeof ix->dir + 64, "%s/omen-bulk-%06zu.sst", ix->dir,
                     nfiles);
            w = rocksdb_sstfilewriter_create(envopts, ix->opts);
            rocksdb_sstfilewriter_open(w, files[nfiles], &e);
            nfiles++;
            if (e) {
                rc = rocksdb_index_error(err, OMEN_EIO, e, "rocksdb: cannot write %s",
                               files[nfiles - 1]);
                break;
            }
            in_file = 0;
        }
        /* One entry per run of equal keys (see the duplicate policy): its
         * payloads, which lie side by side in the dataset. */
        size_t j = i + 1;
        while (j < n && keys[j] == keys[i])
            j++;
        char k[8];
        put_be64(k, keys[i]);
        rocksdb_sstfilewriter_put(w, k, 8, (const char *)(payloads + i), (j - i) * 8, &e);
        if (e) {
            rc = rocksdb_index_error(err, OMEN_EIO, e, "rocksdb: cannot write %s", files[nfiles - 1]);
            break;
        }
        i = j;
        if (++in_file == per_file || i == n) {
            rocksdb_sstfilewriter_finish(w, &e);
            rocksdb_sstfilewriter_destroy(w);
            w = NULL;
            if (e)
                rc = rocksdb_index_error(err, OMEN_EIO, e, "rocksdb: cannot write %s",
                               files[nfiles - 1]);
        }
    }
    if (w)
        rocksdb_sstfilewriter_destroy(w);
    if (!rc) {
        rocksdb_ingestexternalfileoptions_t *io = rocksdb_ingestexternalfileoptions_create();
        rocksdb_ingestexternalfileoptions_set_move_files(io, 1);
        rocksdb_ingest_external_file(ix->db, (const char *const *)files, nfiles, io, &e);
        rocksdb_ingestexternalfileoptions_destroy(io);
        if (e)
            rc = rocksdb_index_error(err, OMEN_EIO, e, "rocksdb: cannot ingest the bulk-load files "
                                             "into %s", ix->dir);
    }
    /* After a successful ingest the files are RocksDB's (moved); what is
     * left under these names is scratch. */
    for (size_t f = 0; f < nfiles; f++) {
        unlink(files[f]);
        omen_free(files[f]);
    }
    omen_free(files);
    rocksdb_envoptions_destroy(envopts);
    return rc;
}

static const char *const compression_names[] = {"none", "snappy", "lz4", "zstd", NULL};
static const char *const index_names[] = {"binary", "hash", "partitioned", NULL};
static const int index_types[] = {rocksdb_block_based_table_index_type_binary_search,
                                  rocksdb_block_based_table_index_type_hash_search,
                                  rocksdb_block_based_table_index_type_two_level_index_search};
static const int compression_types[] = {rocksdb_no_compression, rocksdb_snappy_compression,
                                        rocksdb_lz4_compression, rocksdb_zstd_compression};

/* The parameters, their ranges and defaults: build parses a copy, and
 * --list prints its help from this table. */
static const omen_param rocksdb_params[] = {
    {.name = "dir", .kind = OMEN_PARAM_TEXT,
     .dflt = "a temporary directory removed on free; a given dir is kept"},
    {.name = "cache_mb", .what = "block cache, 0 = none", .kind = OMEN_PARAM_INT, .min = 0,
     .max = 1 << 20, .i = 1024},
    {.name = "bloom_bits", .what = "0 = no filter", .kind = OMEN_PARAM_INT, .min = 0, .max = 64,
     .i = 10},
    {.name = "block_size", .what = "bytes", .kind = OMEN_PARAM_INT, .min = 256, .max = 1 << 24,
     .i = 4096},
    {.name = "compression", .kind = OMEN_PARAM_CHOICE, .choices = compression_names, .i = 0},
    {.name = "sst_keys", .what = "keys per bulk-load SST file", .kind = OMEN_PARAM_INT,
     .min = 1, .max = 1ll << 32, .i = SST_ENTRIES},
    /* What RocksDB's documentation recommends for point reads held in
     * memory (OptimizeForPointLookup and the tuning guide): an index
     * kind, a hash over each data block, index and filter blocks in the
     * cache and pinned, and no filter probe on the last level when
     * lookups mostly hit. */
    {.name = "index", .what = "index blocks", .kind = OMEN_PARAM_CHOICE, .choices = index_names,
     .i = 0},
    {.name = "data_hash", .what = "hash table in each data block", .kind = OMEN_PARAM_INT,
     .min = 0, .max = 1, .i = 0},
    {.name = "pin", .what = "index and filter blocks in the block cache, pinned",
     .kind = OMEN_PARAM_INT, .min = 0, .max = 1, .i = 0},
    {.name = "filters_for_hits", .what = "no filter probe on the last level",
     .kind = OMEN_PARAM_INT, .min = 0, .max = 1, .i = 0},
    /* wal=0: inserts and erases skip the write-ahead log, as RocksDB's
     * documentation suggests for a database whose contents may be lost
     * (make bench-rw: in memory, under TMPDIR=/dev/shm). */
    {.name = "wal", .what = "write-ahead log for inserts and erases", .kind = OMEN_PARAM_INT,
     .min = 0, .max = 1, .i = 1},
};

static int rocksdb_index_build(const uint64_t *keys, const uint64_t *payloads, size_t n,
                     const char *params, omen_index **out, omen_error *err)
{
    omen_param spec[sizeof rocksdb_params / sizeof rocksdb_params[0]];
    memcpy(spec, rocksdb_params, sizeof spec);
    int rc = OMEN_PARAMS_PARSE("rocksdb", params, spec, err);
    if (rc)
        return rc;

    omen_index *ix = omen_calloc(1, sizeof *ix);
    if (!ix)
        return omen_errorf(err, OMEN_ENOMEM, "rocksdb: out of memory");
    if (pthread_mutex_init(&ix->insert_lock, NULL) != 0) {
        omen_free(ix);
        return omen_errorf(err, OMEN_ENOMEM, "rocksdb: cannot create a mutex");
    }
    ix->lock_init = 1;

    ix->opts = rocksdb_options_create();
    rocksdb_options_set_create_if_missing(ix->opts, 1);
    rocksdb_options_set_compression(ix->opts, compression_types[spec[4].i]);
    rocksdb_block_based_table_options_t *t = rocksdb_block_based_options_create();
    rocksdb_block_based_options_set_block_size(t, (size_t)spec[3].i);
    rocksdb_block_based_options_set_index_type(t, index_types[spec[6].i]);
    if (spec[6].i == 1) /* a hash index needs prefixes: the whole 8-byte key */
        rocksdb_options_set_prefix_extractor(ix->opts,
                                             rocksdb_slicetransform_create_fixed_prefix(8));
    if (spec[6].i == 2) /* partitioned index: the filters partitioned with it */
        rocksdb_block_based_options_set_partition_filters(t, 1);
    if (spec[7].i) {
        rocksdb_block_based_options_set_data_block_index_type(
            t, rocksdb_block_based_table_data_block_index_type_binary_search_and_hash);
        rocksdb_block_based_options_set_data_block_hash_ratio(t, 0.75);
    }
    if (spec[8].i) {
        rocksdb_block_based_options_set_cache_index_and_filter_blocks(t, 1);
        rocksdb_block_based_options_set_pin_l0_filter_and_index_blocks_in_cache(t, 1);
        rocksdb_block_based_options_set_pin_top_level_index_and_filter(t, 1);
    }
    rocksdb_options_set_optimize_filters_for_hits(ix->opts, (int)spec[9].i);
    if (spec[1].i) {
        ix->cache = rocksdb_cache_create_lru((size_t)spec[1].i << 20);
        rocksdb_block_based_options_set_block_cache(t, ix->cache);
    } else {
        rocksdb_block_based_options_set_no_block_cache(t, 1);
    }
    if (spec[2].i) /* the table options take ownership of the policy */
        rocksdb_block_based_options_set_filter_policy(
            t, rocksdb_filterpolicy_create_bloom_full((double)spec[2].i));
    rocksdb_options_set_block_based_table_factory(ix->opts, t);
    rocksdb_block_based_options_destroy(t);
    ix->ropts = rocksdb_readoptions_create();
    ix->iter_ropts = rocksdb_readoptions_create();
    rocksdb_readoptions_set_total_order_seek(ix->iter_ropts, 1);
    ix->wopts = rocksdb_writeoptions_create();
    rocksdb_writeoptions_disable_WAL(ix->wopts, !spec[10].i);

    int fresh = 0, wrote = 0;
    rc = omen_rocksdb_dir_prepare(ix->dir, sizeof ix->dir, spec[0].text, &fresh, err);
    if (rc) {
        release(ix);
        omen_free(ix);
        return rc;
    }
    ix->remove_dir = !spec[0].given;
    if (!fresh) {
        /* Opening proves no other instance holds the directory before a
         * single file in it is touched; then the old database goes. One
         * that does not open for another reason (a build killed half-way)
         * is ours to replace all the same. */
        omen_rocksdb_dir_contents s;
        if (omen_rocksdb_dir_scan(ix->dir, &s) == 0 && s.entries) {
            int locked = 0;
            rc = open_db(ix, &locked, err);
            close_db(ix);
            if (!locked) {
                rc = OMEN_OK;
                omen_rocksdb_dir_clear(ix->dir);
            }
        }
    }
    if (!rc) {
        wrote = 1;
        rc = omen_rocksdb_dir_mark(ix->dir, err);
    }
    if (!rc)
        rc = open_db(ix, NULL, err);
    if (!rc)
        rc = bulk_load(ix, keys, payloads, n, (size_t)spec[5].i, err);
    if (rc) {
        close_db(ix);
        if (fresh)
            omen_rocksdb_dir_remove(ix->dir);
        else if (wrote)
            omen_rocksdb_dir_clear(ix->dir);
        release(ix);
        omen_free(ix);
        return rc;
    }
    *out = ix;
    return OMEN_OK;
}

static int rocksdb_index_get(const omen_index *ix, uint64_t key, uint64_t *payload)
{
    char k[8], *e = NULL;
    put_be64(k, key);
    rocksdb_pinnableslice_t *v = rocksdb_get_pinned(ix->db, ix->ropts, k, 8, &e);
    if (e) {
        read_failed(ix, "get", e);
        if (v)
            rocksdb_pinnableslice_destroy(v);
        return 0;
    }
    if (!v)
        return 0;
    size_t len;
    const char *val = rocksdb_pinnableslice_value(v, &len);
    uint64_t first, count, sum;
    int found = val && decode_value(val, len, &first, &count, &sum);
    if (found)
        *payload = first;
    else
        read_failed(ix, "get (a value of the wrong length)", NULL);
    rocksdb_pinnableslice_destroy(v);
    return found;
}

static void rocksdb_index_get_batch(const omen_index *ix, const uint64_t *keys, size_t count,
                          uint64_t *payloads, uint8_t *found)
{
    enum { CHUNK = 64 };
    char kb[CHUNK][8];
    const char *kp[CHUNK];
    size_t ks[CHUNK], vl[CHUNK];
    char *vals[CHUNK], *errs[CHUNK];
    for (size_t i = 0; i < count; i += CHUNK) {
        size_t m = count - i < CHUNK ? count - i : CHUNK;
        for (size_t j = 0; j < m; j++) {
            put_be64(kb[j], keys[i + j]);
            kp[j] = kb[j];
            ks[j] = 8;
        }
        rocksdb_multi_get(ix->db, ix->ropts, m, kp, ks, vals, vl, errs);
        for (size_t j = 0; j < m; j++) {
            uint64_t first, cnt, sum;
            found[i + j] = 0;
            if (errs[j])
                read_failed(ix, "multi_get", errs[j]);
            else if (vals[j] && decode_value(vals[j], vl[j], &first, &cnt, &sum)) {
                payloads[i + j] = first;
                found[i + j] = 1;
            } else if (vals[j]) {
                read_failed(ix, "multi_get (a value of the wrong length)", NULL);
            }
            if (vals[j])
                rocksdb_free(vals[j]);
        }
    }
}

static omen_range_result rocksdb_index_range(const omen_index *ix, uint64_t lo, uint64_t hi)
{
    omen_range_result r = {0, 0};
    if (lo > hi)
        return r;
    char k[8];
    put_be64(k, lo);
    rocksdb_iterator_t *it = rocksdb_create_iterator(ix->db, ix->iter_ropts);
    for (rocksdb_iter_seek(it, k, 8); rocksdb_iter_valid(it); rocksdb_iter_next(it)) {
        size_t klen, vlen;
        const char *key = rocksdb_iter_key(it, &klen);
        if (klen != 8 || get_be64(key) > hi)
            break;
        const char *val = rocksdb_iter_value(it, &vlen);
        uint64_t first, count, sum;
        if (decode_value(val, vlen, &first, &count, &sum)) {
            r.count += count;
            r.sum += sum;
        } else {
            read_failed(ix, "range (a value of the wrong length)", NULL);
        }
    }
    char *e = NULL;
    rocksdb_iter_get_error(it, &e);
    if (e)
        read_failed(ix, "range", e);
    rocksdb_iter_destroy(it);
    return r;
}

/* Reads key's stored payload list into a fresh buffer (*v NULL, *len 0:
 * absent). Called with the write lock held. */
static int read_list(omen_index *ix, const char *k, uint64_t key, const char *what, char **v,
                     size_t *len, size_t extra, omen_error *err)
{
    char *e = NULL;
    *v = NULL, *len = 0;
    rocksdb_pinnableslice_t *old = rocksdb_get_pinned(ix->db, ix->ropts, k, 8, &e);
    if (e) {
        if (old)
            rocksdb_pinnableslice_destroy(old);
        return rocksdb_index_error(err, OMEN_EIO, e, "rocksdb: %s %s: cannot read key %llu", what,
                         ix->dir, (unsigned long long)key);
    }
    if (!old)
        return OMEN_OK;
    const char *val = rocksdb_pinnableslice_value(old, len);
    uint64_t first, count, sum;
    if (!val || !decode_value(val, *len, &first, &count, &sum)) {
        rocksdb_pinnableslice_destroy(old);
        return omen_errorf(err, OMEN_EINTERNAL,
                           "rocksdb: %s %s: key %llu has a value of a size omen never writes",
                           what, ix->dir, (unsigned long long)key);
    }
    *v = omen_alloc(*len + extra);
    if (*v)
        memcpy(*v, val, *len);
    rocksdb_pinnableslice_destroy(old);
    if (!*v)
        return omen_errorf(err, OMEN_ENOMEM, "rocksdb: %s %s: out of memory for key %llu",
                           what, ix->dir, (unsigned long long)key);
    return OMEN_OK;
}

static int rocksdb_index_insert(omen_index *ix, uint64_t key, uint64_t payload, omen_error *err)
{
    char k[8], one[8], *v, *e = NULL;
    size_t len;
    put_be64(k, key);
    pthread_mutex_lock(&ix->insert_lock);
    int rc = read_list(ix, k, key, "insert into", &v, &len, 8, err);
    if (rc == OMEN_OK) {
        memcpy(v ? v + len : one, &payload, 8);
        rocksdb_put(ix->db, ix->wopts, k, 8, v ? v : one, len + 8, &e);
        omen_free(v);
        if (e)
            rc = rocksdb_index_error(err, OMEN_EIO, e, "rocksdb: insert into %s failed", ix->dir);
    }
    pthread_mutex_unlock(&ix->insert_lock);
    return rc;
}

static int rocksdb_index_erase(omen_index *ix, uint64_t key, omen_error *err)
{
    char k[8], *v, *e = NULL;
    size_t len;
    put_be64(k, key);
    pthread_mutex_lock(&ix->insert_lock);
    int rc = read_list(ix, k, key, "erase from", &v, &len, 0, err), found = v != NULL;
    if (rc == OMEN_OK && found) {
        if (len == 8)
            rocksdb_delete(ix->db, ix->wopts, k, 8, &e);
        else
            rocksdb_put(ix->db, ix->wopts, k, 8, v + 8, len - 8, &e);
        if (e)
            rc = rocksdb_index_error(err, OMEN_EIO, e, "rocksdb: erase from %s failed", ix->dir);
    }
    omen_free(v);
    pthread_mutex_unlock(&ix->insert_lock);
    return rc ? -1 : found;
}

static size_t rocksdb_index_size_bytes(const omen_index *ix)
{
    return omen_rocksdb_dir_bytes(ix->dir);
}

static void rocksdb_index_free(omen_index *ix)
{
    release(ix);
    if (ix->remove_dir)
        omen_rocksdb_dir_remove(ix->dir);
    omen_free(ix);
}

/* Few, because every configuration walks hundreds of millions of entries
 * in the suite's wide ranges; each compression is checked on a small set
 * in tests/test_rocksdb.c. */
static const char *const rocksdb_index_test_params[] = {
    "bloom_bits=0,block_size=1024,compression=lz4,cache_mb=4,sst_keys=50000",
    "index=hash,data_hash=1,pin=1,filters_for_hits=1,block_size=1024,sst_keys=50000",
    NULL,
};

const omen_index_vtable omen_rocksdb_vtable = {
    .version = OMEN_INDEX_VERSION,
    .name = "rocksdb",
    .description = "RocksDB (C API) on a real directory; bulk load by SST ingest; owns its "
                   "data (size = files on disk); duplicates: one entry per key holding its "
                   "payloads in order",
    OMEN_VTABLE_PARAMS(rocksdb_params),
    .caps = OMEN_CAP_OWNS_DATA,
    .build = rocksdb_index_build,
    .get = rocksdb_index_get,
    .lower_bound = NULL,
    .range = rocksdb_index_range,
    .size_bytes = rocksdb_index_size_bytes,
    .free = rocksdb_index_free,
    .insert = rocksdb_index_insert,
    .erase = rocksdb_index_erase,
    .get_batch = rocksdb_index_get_batch,
    .test_params = rocksdb_index_test_params,
    .read_error = rocksdb_index_read_error, /* v2 */
};
