/* libomen's C API (include/omen.h), linked against libomen.so alone: every
 * variant on a small set with duplicates against the oracle (get,
 * lower_bound, range, batches), writes on btree_dyn, the errors and their
 * messages, datasets, bench rows, and plugins (argv: the C example plugin
 * and one the loader must refuse). */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "omen.h"
#include "tests/check.h"
#include "check/oracle.h"

enum { N = 3000 };
static uint64_t keys[N];

static uint64_t mix(uint64_t x)
{
    x ^= x >> 31;
    x *= 0x9E3779B97F4A7C15ull;
    return x ^ (x >> 29);
}

/* Ascending, with runs of duplicates and gaps (absent keys between). */
static void make_keys(void)
{
    keys[0] = 100;
    for (size_t i = 1; i < N; i++)
        keys[i] = keys[i - 1] + mix(i) % 5;
}

/* Probes: every key, the gaps next to them, and the extremes. */
static size_t make_probes(uint64_t *p)
{
    size_t m = 0;
    for (size_t i = 0; i < N; i += 3) {
        p[m++] = keys[i];
        p[m++] = keys[i] + 1;
    }
    p[m++] = 0;
    p[m++] = 99;
    p[m++] = keys[N - 1];
    p[m++] = keys[N - 1] + 1;
    p[m++] = UINT64_MAX;
    return m;
}

static void check_variant(const char *name, const uint64_t *probes, size_t m)
{
    omen_handle *h = NULL;
    int rc = omen_build(name, "", keys, NULL, N, &h);
    CHECK(rc == OMEN_OK && h, "%s: build: %s", name, omen_errmsg());
    if (!h)
        return;
    CHECK(!strcmp(omen_handle_variant(h), name), "%s: handle says %s", name,
          omen_handle_variant(h));
    static uint64_t pay[2 * N];
    static uint8_t found[2 * N];
    static size_t ranks[2 * N];
    CHECK(omen_get_batch(h, probes, m, pay, found) == OMEN_OK, "%s: get_batch", name);
    size_t r0;
    int has_ranks = omen_lower_bound(h, probes[0], &r0) == OMEN_OK;
    if (!has_ranks)
        CHECK(omen_errcode() == OMEN_ENOTSUP, "%s: lower_bound failed with %d: %s", name,
              omen_errcode(), omen_errmsg());
    else
        CHECK(omen_lower_bound_batch(h, probes, m, ranks) == OMEN_OK, "%s: lb batch", name);
    for (size_t i = 0; i < m; i++) {
        uint64_t k = probes[i], p = 0;
        size_t lb = oracle_lower_bound(keys, N, k);
        int present = lb < N && keys[lb] == k;
        int got = omen_get(h, k, &p);
        CHECK(got == present && (!present || p == lb), "%s: get(%llu) = %d, %llu; expected %d, %zu",
              name, (unsigned long long)k, got, (unsigned long long)p, present, lb);
        CHECK(found[i] == present && (!present || pay[i] == lb),
              "%s: get_batch[%zu] key %llu = %d, %llu; expected %d, %zu", name, i,
              (unsigned long long)k, found[i], (unsigned long long)pay[i], present, lb);
        if (has_ranks) {
            size_t r = 0;
            CHECK(omen_lower_bound(h, k, &r) == OMEN_OK && r == lb,
                  "%s: lower_bound(%llu) = %zu; expected %zu", name, (unsigned long long)k, r, lb);
            CHECK(ranks[i] == lb, "%s: lower_bound_batch[%zu] = %zu; expected %zu", name, i,
                  ranks[i], lb);
        }
        if (i % 7 == 0) {
            uint64_t hi = probes[(i * 31 + 5) % m], cnt = 0, sum = 0;
            size_t a = oracle_lower_bound(keys, N, k), b = oracle_upper_bound(keys, N, hi);
            uint64_t want_c = 0, want_s = 0;
            for (size_t j = a; k <= hi && j < b; j++)
                want_c++, want_s += j;
            CHECK(omen_range(h, k, hi, &cnt, &sum) == OMEN_OK && cnt == want_c && sum == want_s,
                  "%s: range(%llu, %llu) = %llu, %llu; expected %llu, %llu", name,
                  (unsigned long long)k, (unsigned long long)hi, (unsigned long long)cnt,
                  (unsigned long long)sum, (unsigned long long)want_c,
                  (unsigned long long)want_s);
        }
    }
    omen_stats st;
    CHECK(omen_stats_get(h, &st) == OMEN_OK && st.n == N, "%s: stats: n = %zu: %s", name, st.n,
          omen_errmsg());
    CHECK(st.size_bytes == omen_size_bytes(h), "%s: stats size %zu, size_bytes %zu", name,
          st.size_bytes, omen_size_bytes(h));
    omen_close(h);
}

/* The caller's payloads are answered, not ranks. */
static void check_payloads(void)
{
    static uint64_t pay[N];
    for (size_t i = 0; i < N; i++)
        pay[i] = mix(i + 7);
    omen_handle *h = NULL;
    CHECK(omen_build("linear", "", keys, pay, N, &h) == OMEN_OK, "linear: %s", omen_errmsg());
    for (size_t i = 0; h && i < N; i++) {
        uint64_t p = 0;
        size_t first = oracle_lower_bound(keys, N, keys[i]);
        CHECK(omen_get(h, keys[i], &p) == 1 && p == pay[first], "payload of %llu",
              (unsigned long long)keys[i]);
    }
    omen_close(h);
}

/* Inserts (new keys and duplicates) and erases on btree_dyn, after each
 * batch of writes checked against the dynamic oracle. */
static void check_writes(void)
{
    omen_handle *h = NULL;
    CHECK(omen_build("btree_dyn", "", keys, NULL, N, &h) == OMEN_OK, "btree_dyn: %s",
          omen_errmsg());
    if (!h)
        return;
    oracle_dyn o = {0};
    for (size_t i = 0; i < N; i++)
        oracle_dyn_insert(&o, keys[i], i);
    for (size_t i = 0; i < 2000; i++) {
        uint64_t k = mix(i) % (keys[N - 1] + 50);
        if (i % 3 == 2) {
            int want = oracle_dyn_erase(&o, k), got = omen_erase(h, k);
            CHECK(got == want, "erase(%llu) = %d; expected %d", (unsigned long long)k, got, want);
        } else {
            CHECK(omen_insert(h, k, 1000000 + i) == OMEN_OK, "insert: %s", omen_errmsg());
            oracle_dyn_insert(&o, k, 1000000 + i);
        }
    }
    for (uint64_t k = 0; k < keys[N - 1] + 60; k++) {
        size_t at = oracle_lower_bound(o.k, o.n, k);
        int present = at < o.n && o.k[at] == k;
        uint64_t p = 0;
        int got = omen_get(h, k, &p);
        CHECK(got == present && (!present || p == o.p[at]), "after writes: get(%llu) = %d, %llu",
              (unsigned long long)k, got, (unsigned long long)p);
    }
    omen_stats st;
    CHECK(omen_stats_get(h, &st) == OMEN_OK && st.n == o.n, "stats n %zu, oracle %zu", st.n, o.n);
    omen_close(h);
    free(o.k);
    free(o.p);
}

static void *other_thread(void *arg)
{
    *(int *)arg = omen_errcode() == OMEN_OK && !strcmp(omen_errmsg(), "");
    return NULL;
}

static void check_errors(void)
{
    omen_handle *h = (omen_handle *)1;
    CHECK(omen_build("nosuch", "", keys, NULL, N, &h) == OMEN_EINVAL && h == NULL,
          "unknown variant");
    CHECK(omen_errcode() == OMEN_EINVAL && strstr(omen_errmsg(), "'nosuch'") &&
          strstr(omen_errmsg(), "binsearch"), "message: %s", omen_errmsg());
    /* The last error is the calling thread's. */
    pthread_t t;
    int clean = 0;
    pthread_create(&t, NULL, other_thread, &clean);
    pthread_join(t, NULL);
    CHECK(clean, "another thread sees this thread's error");

    CHECK(omen_build("linear", "nosuchparam=3", keys, NULL, N, &h) == OMEN_EINVAL,
          "bad params accepted");
    CHECK(strstr(omen_errmsg(), "nosuchparam"), "message: %s", omen_errmsg());

    uint64_t bad[5] = {1, 2, 5, 4, 9};
    CHECK(omen_build("binsearch", "", bad, NULL, 5, &h) == OMEN_EINVAL, "unsorted accepted");
    CHECK(strstr(omen_errmsg(), "position 3") && strstr(omen_errmsg(), "keys[3] = 4"),
          "message: %s", omen_errmsg());

    CHECK(omen_build("binsearch", "", NULL, NULL, 5, &h) == OMEN_EINVAL, "NULL keys");
    CHECK(omen_build(NULL, "", keys, NULL, N, &h) == OMEN_EINVAL, "NULL index");
    CHECK(omen_build("binsearch", "", keys, NULL, N, NULL) == OMEN_EINVAL, "NULL out");
    CHECK(strstr(omen_errmsg(), "out is NULL"), "message: %s", omen_errmsg());
    uint64_t p;
    size_t r;
    uint64_t c, s;
    CHECK(omen_get(NULL, 1, &p) == 0 && omen_errcode() == OMEN_EINVAL, "get(NULL)");
    CHECK(omen_lower_bound(NULL, 1, &r) == OMEN_EINVAL, "lower_bound(NULL)");
    CHECK(omen_range(NULL, 1, 2, &c, &s) == OMEN_EINVAL, "range(NULL)");
    CHECK(omen_get_batch(NULL, keys, 1, &p, (uint8_t *)&c) == OMEN_EINVAL, "get_batch(NULL)");
    CHECK(omen_insert(NULL, 1, 1) == OMEN_EINVAL, "insert(NULL)");
    CHECK(omen_erase(NULL, 1) == -1, "erase(NULL)");
    CHECK(omen_stats_get(NULL, NULL) == OMEN_EINVAL, "stats(NULL)");
    omen_close(NULL);

    CHECK(omen_build("linear", "", keys, NULL, N, &h) == OMEN_OK, "linear: %s", omen_errmsg());
    CHECK(omen_lower_bound(h, 1, NULL) == OMEN_EINVAL && strstr(omen_errmsg(), "rank is NULL"),
          "NULL rank: %s", omen_errmsg());
    CHECK(omen_get_batch(h, keys, 3, NULL, NULL) == OMEN_EINVAL, "NULL batch output");
    CHECK(omen_insert(h, 5, 5) == OMEN_ENOTSUP && strstr(omen_errmsg(), "btree_dyn"),
          "insert on linear: %s", omen_errmsg());
    CHECK(omen_erase(h, 5) == -1 && omen_errcode() == OMEN_ENOTSUP, "erase on linear");
    omen_close(h);

    /* An empty set builds and answers nothing. */
    CHECK(omen_build("binsearch", "", NULL, NULL, 0, &h) == OMEN_OK, "empty: %s", omen_errmsg());
    CHECK(omen_get(h, 5, &p) == 0, "empty get");
    omen_close(h);
}

static void check_data(void)
{
    omen_data *d = NULL;
    CHECK(omen_data_open("lognormal:10K:3", &d) == OMEN_OK && d, "open: %s", omen_errmsg());
    if (d) {
        size_t n = omen_data_size(d);
        const uint64_t *k = omen_data_keys(d), *pay = omen_data_payloads(d);
        CHECK(n == 10000, "n = %zu", n);
        for (size_t i = 1; i < n; i++)
            CHECK(k[i - 1] <= k[i], "not ascending at %zu", i);
        omen_handle *h = NULL;
        CHECK(omen_build("pla", "", k, pay, n, &h) == OMEN_OK, "pla: %s", omen_errmsg());
        for (size_t i = 0; h && i < n; i += 37) {
            uint64_t p = 0;
            size_t first = oracle_lower_bound(k, n, k[i]);
            CHECK(omen_get(h, k[i], &p) == 1 && p == pay[first], "data get %zu", i);
        }
        omen_close(h);
        omen_data_close(d);
    }
    d = (omen_data *)1;
    CHECK(omen_data_open("/nonexistent/omen_api.sosd", &d) == OMEN_EIO && d == NULL,
          "bad path: %d", omen_errcode());
    CHECK(strstr(omen_errmsg(), "/nonexistent/omen_api.sosd"), "message: %s", omen_errmsg());
    CHECK(omen_data_open("lognormal:-5", &d) != OMEN_OK && omen_errmsg()[0], "bad synth name");
}

static void check_bench(void)
{
    omen_bench_opts o = {.threads = 1, .ops = 20000, .repeat = 3, .isa = NULL};
    omen_bench_result r;
    int rc = omen_bench_run("uniform_dense:20K", "linear", "point", &o, &r);
    CHECK(rc == OMEN_OK, "bench: %s", omen_errmsg());
    CHECK(r.valid == 1 && r.n == 20000 && r.ops >= 20000 && r.threads == 1, "row: valid %d n %zu "
          "ops %zu", r.valid, r.n, r.ops);
    CHECK(!strcmp(r.index, "linear") && !strcmp(r.workload, "point") &&
          !strcmp(r.dataset, "uniform_dense:20K") && r.isa[0], "row names");
    CHECK(r.ns_per_op > 0 && r.ns_min <= r.ns_per_op && r.ns_per_op <= r.ns_max && r.mops > 0,
          "timing %.2f [%.2f, %.2f]", r.ns_per_op, r.ns_min, r.ns_max);
    CHECK(omen_bench_run("uniform_dense:20K", "rmi:branches=64", "range:10", &o, &r) == OMEN_OK &&
          r.valid && !strcmp(r.params, "branches=64"), "rmi range row: %s", omen_errmsg());
    CHECK(omen_bench_run("uniform_dense:20K", "nosuch", "point", &o, &r) == OMEN_EINVAL &&
          strstr(omen_errmsg(), "nosuch"), "unknown index: %s", omen_errmsg());
    CHECK(omen_bench_run("uniform_dense:20K", "linear", "mixed:10", &o, &r) == OMEN_ENOTSUP,
          "mixed on linear: %s", omen_errmsg());
    CHECK(omen_bench_run("uniform_dense:20K", "linear", "bogus", NULL, &r) == OMEN_EINVAL,
          "bad workload");
    CHECK(omen_bench_run("a,b", "linear", "point", NULL, &r) == OMEN_EINVAL, "two datasets");
    CHECK(r.p50_ns == 0 && r.keys_after == 0, "read-only rows have no latency figures");
    /* A read-write row: its latency percentiles and the entries after the
     * stream come back too (half of 20K bulk-loaded, 50 % of 20K ops inserts). */
    o.ops = 20000;
    CHECK(omen_bench_run("uniform_dense:20K", "btree_dyn", "rw:50", &o, &r) == OMEN_OK && r.valid,
          "rw row: %s", omen_errmsg());
    CHECK(r.p50_ns > 0 && r.p50_ns <= r.p99_ns && r.p99_ns <= r.p999_ns, "percentiles %.0f %.0f %.0f",
          r.p50_ns, r.p99_ns, r.p999_ns);
    CHECK(r.keys_after > 10000 && r.keys_after <= 20000, "keys after the stream: %zu", r.keys_after);
}

/* A plugin's variant lands in the registry omen_build and omen_bench_run
 * look in: one registry per process. */
static void check_plugins(const char *good, const char *dup)
{
    size_t nv = omen_variant_count();
    CHECK(omen_plugin_load(NULL) == OMEN_EINVAL, "NULL path");
    CHECK(omen_plugin_load("/nonexistent/omen_api_plugin.so") != OMEN_OK &&
          strstr(omen_errmsg(), "/nonexistent/omen_api_plugin.so") &&
          strstr(omen_errmsg(), "no such file"), "missing plugin: %s", omen_errmsg());
    CHECK(omen_plugin_load(dup) == OMEN_EINVAL && strstr(omen_errmsg(), "'binsearch'") &&
          strstr(omen_errmsg(), dup), "plugin taking a built-in's name: %s", omen_errmsg());
    CHECK(omen_variant_count() == nv, "a refused plugin registered something");
    CHECK(omen_plugin_load(good) == OMEN_OK, "example plugin: %s", omen_errmsg());
    CHECK(omen_variant_count() == nv + 1, "variants %zu after the plugin, %zu before",
          omen_variant_count(), nv);
    CHECK(omen_variant_name(nv) && !strcmp(omen_variant_name(nv), "ex_linear"), "name %s",
          omen_variant_name(nv) ? omen_variant_name(nv) : "(null)");
    static uint64_t probes[2 * N];
    size_t m = make_probes(probes);
    check_variant("ex_linear", probes, m);
    omen_bench_opts o = {.ops = 20000, .repeat = 2};
    omen_bench_result r;
    CHECK(omen_bench_run("uniform_sparse:20K", "ex_linear", "point", &o, &r) == OMEN_OK &&
          r.valid == 1 && !strcmp(r.index, "ex_linear"), "bench on the plugin: %s", omen_errmsg());
    /* Loading it again is a no-op (the registry's rule), not a duplicate. */
    CHECK(omen_plugin_load(good) == OMEN_OK && omen_variant_count() == nv + 1,
          "the same plugin twice: %s", omen_errmsg());
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: test_api GOOD_PLUGIN.so DUPLICATE_NAME_PLUGIN.so\n");
        return 2;
    }
    CHECK(omen_api_version() == OMEN_API_VERSION, "version %d", omen_api_version());
    CHECK(omen_build_id()[0], "empty build id");
    CHECK(!strcmp(omen_errmsg(), "") && omen_errcode() == OMEN_OK, "error before any call");
    make_keys();
    static uint64_t probes[2 * N];
    size_t m = make_probes(probes);
    size_t nv = omen_variant_count();
    CHECK(nv >= 11, "only %zu variants", nv);
    CHECK(omen_variant_name(nv) == NULL && omen_variant_description(nv) == NULL, "past the end");
    for (size_t i = 0; i < nv; i++) {
        CHECK(omen_variant_description(i)[0], "variant %zu has no description", i);
        check_variant(omen_variant_name(i), probes, m);
    }
    check_payloads();
    check_writes();
    check_errors();
    check_data();
    check_bench();
    check_plugins(argv[1], argv[2]);
    return check_report("test_api");
}
