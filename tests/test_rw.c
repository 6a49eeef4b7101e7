/* The read-write workloads (datasets/workload_rw.c, harness/measure_rw.c):
 * their specs, good and bad, with the errors they give; their streams
 * replayed against the tests' own oracle_dyn; a tiny run of every updatable
 * variant, which must be valid with ordered percentiles; and a variant that
 * loses inserts, which must be marked invalid. */
#include <stdlib.h>
#include <string.h>

#include "tests/check.h"
#include "datasets/workload.h"
#include "harness/sweep.h"
#include "check/oracle.h"
#include "registry/registry.h"

static void test_parse(void)
{
    static const struct {
        const char *s;
        omen_workload_kind kind;
        double param, load;
    } good[] = {
        {"rw:90", OMEN_WL_RW, 90, 0.5},        {"rw:0", OMEN_WL_RW, 0, 0.5},
        {"rw:100@0.25", OMEN_WL_RW, 100, 0.25}, {"load:0.3", OMEN_WL_LOAD, 0, 0.3},
        {"scan:100", OMEN_WL_SCAN, 100, 0.5},  {"scan:7@0.9", OMEN_WL_SCAN, 7, 0.9},
        {"delete:10", OMEN_WL_DELETE, 10, 0.5}, {"shift", OMEN_WL_SHIFT, 50, 0.5},
        {"shift:90", OMEN_WL_SHIFT, 90, 0.5},  {"shift@0.2", OMEN_WL_SHIFT, 50, 0.2},
    };
    for (size_t i = 0; i < sizeof good / sizeof good[0]; i++) {
        omen_workload_spec ws;
        omen_error err;
        int rc = omen_workload_parse(good[i].s, &ws, &err);
        CHECK(rc == OMEN_OK, "%s: %s", good[i].s, err.msg);
        CHECK(rc || (ws.kind == good[i].kind && ws.param == good[i].param &&
                     ws.load == good[i].load && !strcmp(ws.name, good[i].s)),
              "%s parsed as kind %d param %g load %g", good[i].s, ws.kind, ws.param, ws.load);
        CHECK(rc || (omen_workload_is_rw(ws.kind) && omen_workload_writes(ws.kind)), "%s",
              good[i].s);
    }
    static const struct {
        const char *s, *says;
    } bad[] = {
        {"rw", "rw needs its argument, e.g. rw:90"},
        {"rw:101", "R (percent lookups) must be a percentage in [0, 100]"},
        {"rw:x", "'x' is not a number"},
        {"rw:90@1", "the bulk-loaded fraction after @ must be a number in (0, 1)"},
        {"rw:90@0", "after @ must be a number in (0, 1), e.g. rw@0.5"},
        {"rw:90@", "after @ must be a number"},
        {"load:0.5@0.2", "load:F is itself the bulk-loaded fraction; drop the @"},
        {"load:1", "F (the bulk-loaded fraction) must be in (0, 1)"},
        {"load", "load needs its argument, e.g. load:0.5"},
        {"scan:0", "W (keys per scan) must be an integer in [1, 1000000]"},
        {"scan:1.5", "must be an integer"},
        {"delete:-1", "D (percent erases) must be a percentage in [0, 100]"},
        {"shift:200", "R (percent lookups) must be a percentage"},
        {"rwx:3", "unknown workload 'rwx:3'"},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        omen_workload_spec ws;
        omen_error err;
        omen_error_clear(&err);
        CHECK(omen_workload_parse(bad[i].s, &ws, &err) == OMEN_EINVAL, "%s accepted", bad[i].s);
        CHECK(strstr(err.msg, bad[i].says) != NULL, "%s: message '%s' lacks '%s'", bad[i].s,
              err.msg, bad[i].says);
    }
}

/* Replays w against oracle_dyn (a sorted array), bulk-loaded the same way:
 * a second, independent computation of the expected checksum. */
static uint64_t replay(const omen_workload *w, size_t n, size_t *left)
{
    oracle_dyn d = {0};
    for (size_t i = 0; i < w->bulk_n; i++)
        oracle_dyn_insert(&d, w->bulk_keys[i], w->bulk_payloads[i]);
    uint64_t cs = 0;
    for (size_t i = 0; i < n; i++) {
        uint64_t k = w->keys[i];
        size_t at = oracle_lower_bound(d.k, d.n, k);
        switch (w->ops[i]) {
        case OMEN_OP_GET:
            cs += at < d.n && d.k[at] == k ? d.p[at] : OMEN_RW_MISS;
            break;
        case OMEN_OP_INSERT:
            oracle_dyn_insert(&d, k, w->his[i]);
            cs += OMEN_RW_INSERTED;
            break;
        case OMEN_OP_ERASE:
            cs += oracle_dyn_erase(&d, k) ? OMEN_RW_ERASED : OMEN_RW_NOT_ERASED;
            break;
        default: {
            size_t b = oracle_upper_bound(d.k, d.n, w->his[i]);
            uint64_t sum = 0;
            for (size_t j = at; j < b; j++)
                sum += d.p[j];
            cs += (uint64_t)(b > at ? b - at : 0) * OMEN_RW_SCAN_COUNT + sum;
        }
        }
    }
    *left = d.n;
    free(d.k);
    free(d.p);
    return cs;
}

static const char *const specs[] = {"rw:90",    "rw:50",  "rw:0",     "load:0.5", "scan:20",
                                    "delete:10", "shift", "shift:90@0.3", "delete:100@0.05"};
enum { NSPEC = sizeof specs / sizeof specs[0] };

static void test_streams(const omen_dataset *d)
{
    for (size_t s = 0; s < NSPEC; s++) {
        omen_workload_spec ws;
        omen_workload w, w2;
        omen_error err;
        CHECK(omen_workload_parse(specs[s], &ws, &err) == OMEN_OK, "%s", err.msg);
        if (omen_workload_make(&ws, d, 1200, 9, &w, &err)) {
            CHECK(0, "%s: %s", specs[s], err.msg);
            continue;
        }
        size_t left;
        CHECK(replay(&w, w.count, &left) == w.expect, "%s: the oracle_dyn replay disagrees",
              specs[s]);
        CHECK(left == w.keys_after, "%s: %zu keys left, stream says %zu", specs[s], left,
              w.keys_after);
        /* The prefix the budget may cut to. */
        CHECK(replay(&w, OMEN_RW_CUT, &left) == w.expect_at[1] && left == w.keys_at[1],
              "%s: the prefix's checksum or keys disagree", specs[s]);
        for (size_t i = 1; i < w.bulk_n; i++)
            CHECK(w.bulk_keys[i - 1] < w.bulk_keys[i], "%s: bulk keys not strictly ascending",
                  specs[s]);
        size_t ops[4] = {0};
        for (size_t i = 0; i < w.count; i++)
            ops[w.ops[i]]++;
        if (ws.kind == OMEN_WL_RW && ws.param == 0)
            CHECK(ops[OMEN_OP_INSERT] == w.count, "rw:0 has %zu lookups", ops[OMEN_OP_GET]);
        if (ws.kind == OMEN_WL_SCAN)
            CHECK(ops[OMEN_OP_SCAN] > w.count * 9 / 10, "scan: %zu scans", ops[OMEN_OP_SCAN]);
        if (ws.kind == OMEN_WL_DELETE && ws.param == 10)
            CHECK(ops[OMEN_OP_ERASE] > w.count / 20 && ops[OMEN_OP_ERASE] < w.count / 5,
                  "delete:10: %zu erases of %zu", ops[OMEN_OP_ERASE], w.count);
        if (ws.kind == OMEN_WL_SHIFT) /* inserted keys are new to the dataset */
            for (size_t i = 0; i < w.count; i++) {
                size_t at = oracle_lower_bound(d->keys, d->n, w.keys[i]);
                CHECK(w.ops[i] != OMEN_OP_INSERT || at == d->n || d->keys[at] != w.keys[i],
                      "shift inserts key %llu of the dataset", (unsigned long long)w.keys[i]);
            }
        CHECK(omen_workload_make(&ws, d, 1200, 9, &w2, &err) == OMEN_OK, "%s", err.msg);
        CHECK(w2.expect == w.expect && !memcmp(w.keys, w2.keys, w.count * 8),
              "%s stream not reproducible", specs[s]);
        omen_workload_free(&w2);
        omen_workload_free(&w);
    }
    /* More inserts than keys left: a precise error, no stream. */
    omen_workload_spec ws;
    omen_workload w;
    omen_error err;
    omen_workload_parse("rw:0@0.9", &ws, &err);
    CHECK(omen_workload_make(&ws, d, 5000, 1, &w, &err) == OMEN_EINVAL &&
              strstr(err.msg, "only 251 keys are left to insert"),
          "too many inserts: %s", err.msg);
}

/* A variant that loses every fifth insert yet answers OMEN_OK: the row must
 * come out invalid. It wraps btree_dyn. */
struct omen_index {
    omen_index *in;
    unsigned inserts;
};
static const omen_index_vtable *inner(void) { return omen_registry_find("btree_dyn"); }
static int l_build(const uint64_t *k, const uint64_t *p, size_t n, const char *params,
                   omen_index **out, omen_error *err)
{
    omen_index *ix = calloc(1, sizeof *ix);
    int rc = ix ? inner()->build(k, p, n, params, &ix->in, err) : OMEN_ENOMEM;
    if (rc)
        free(ix);
    else
        *out = ix;
    return rc;
}
static int l_get(const omen_index *ix, uint64_t key, uint64_t *pay)
{
    return omen_index_get(inner(), ix->in, key, pay);
}
static omen_range_result l_range(const omen_index *ix, uint64_t lo, uint64_t hi)
{
    return omen_index_range(inner(), ix->in, lo, hi);
}
static size_t l_size(const omen_index *ix) { return inner()->size_bytes(ix->in); }
static void l_free(omen_index *ix)
{
    inner()->free(ix->in);
    free(ix);
}
static int l_insert(omen_index *ix, uint64_t key, uint64_t pay, omen_error *err)
{
    return ++ix->inserts % 5 == 0 ? OMEN_OK : inner()->insert(ix->in, key, pay, err);
}
static int l_erase(omen_index *ix, uint64_t key, omen_error *err)
{
    return inner()->erase(ix->in, key, err);
}
static const omen_index_vtable lossy = {
    .version = OMEN_INDEX_VERSION, .name = "lossy", .description = "test only",
    .params_help = "", .caps = OMEN_CAP_OWNS_DATA | OMEN_CAP_TEST_ONLY, .build = l_build,
    .get = l_get, .range = l_range, .size_bytes = l_size, .free = l_free, .insert = l_insert,
    .erase = l_erase,
};

/* Two passes of stream w through measure_rw, as omen-bench runs them. */
static int run_cell(const omen_index_vtable *vt, const omen_workload *w, double budget,
                    bench_row *row)
{
    bench_opts o;
    memset(&o, 0, sizeof o);
    o.repeat = 2;
    o.budget = budget;
    built b = {.vt = vt, .params = ""};
    double samples[2];
    cell c = {.b = &b, .full = w, .threads = 1, .valid = 1, .samples = samples};
    omen_error err;
    for (int r = 0; r < o.repeat; r++)
        if (measure_rw_pass(&o, &c, r, &err)) {
            CHECK(0, "%s on %s: %s", vt->name, w->spec.name, err.msg);
            free(c.lat);
            free(c.builds);
            return 0;
        }
    memset(row, 0, sizeof *row);
    bench_row_timing(row, c.samples, o.repeat, c.wv.count, 1);
    measure_rw_finish(&o, &c, row);
    return c.valid;
}

static void test_variants(const omen_dataset *d)
{
    size_t count;
    const omen_index_vtable *const *all = omen_registry(&count);
    size_t ran = 0;
    for (size_t s = 0; s < NSPEC; s++) {
        omen_workload_spec ws;
        omen_workload w;
        omen_error err;
        omen_workload_parse(specs[s], &ws, &err);
        if (omen_workload_make(&ws, d, 1200, 3, &w, &err)) {
            CHECK(0, "%s: %s", specs[s], err.msg);
            continue;
        }
        for (size_t i = 0; i < count; i++) {
            const omen_index_vtable *vt = all[i];
            if (measure_rw_skip(&w, vt, 1))
                continue;
            /* RocksDB is slow to build: two streams are enough for it. */
            if (!strcmp(vt->name, "rocksdb") && s != 1 && s != 5)
                continue;
            bench_row row;
            int valid = run_cell(vt, &w, 0, &row);
            ran++;
            CHECK(valid, "%s on %s: answers differ from the stream's oracle", vt->name,
                  specs[s]);
            CHECK(row.has_lat && row.p50_ns <= row.p99_ns && row.p99_ns <= row.p999_ns,
                  "%s on %s: percentiles %g %g %g", vt->name, specs[s], row.p50_ns, row.p99_ns,
                  row.p999_ns);
            CHECK(row.keys_after == w.keys_after && row.size_bytes > 0, "%s on %s: size",
                  vt->name, specs[s]);
        }
        if (s == 0) {
            bench_row row;
            CHECK(!run_cell(&lossy, &w, 0, &row), "a variant that loses inserts passed %s",
                  specs[s]);
            /* --budget: the first pass stops at the first cut after the time (here
             * at once), and both passes run that prefix, validated. */
            CHECK(run_cell(omen_registry_find("dpgm"), &w, 1e-9, &row) &&
                      row.ops == OMEN_RW_CUT && row.keys_after == w.keys_at[1],
                  "budget: %zu ops, %zu keys after", row.ops, row.keys_after);
        }
        omen_workload_free(&w);
    }
    /* Every updatable variant: btree_dyn, dpgm, gapped, hotcold, rocksdb. */
    CHECK(ran >= 5 * 3, "only %zu variant runs", ran);
}

int main(void)
{
    test_parse();
    /* 5000 keys in pairs of duplicates, from 0 to UINT64_MAX: the streams
     * take the 2502 distinct ones. */
    uint64_t *keys = malloc(5000 * sizeof *keys);
    for (size_t i = 0; i < 5000; i++)
        keys[i] = (i / 2) * 1000 + 7;
    keys[0] = 0;
    keys[4999] = UINT64_MAX;
    omen_dataset d;
    omen_error err;
    CHECK(omen_dataset_from_keys("pairs", keys, 5000, &d, &err) == OMEN_OK, "%s", err.msg);
    test_streams(&d);
    test_variants(&d);
    omen_dataset_free(&d);
    free(keys);
    return check_report("test_rw");
}
