/* The data layer: SOSD loader against bad files, writer round trip,
 * synthetic names (parsing, determinism, shape), workloads, parameters. */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "datasets/dataset.h"
#include "datasets/workload.h"
#include "indexes/params.h"
#include "tests/check.h"
#include "check/oracle.h"

static char dir[256];

static const char *path_of(const char *name)
{
    static char p[512];
    snprintf(p, sizeof p, "%s/%s", dir, name);
    return p;
}

static void write_raw(const char *name, const void *bytes, size_t len)
{
    FILE *f = fopen(path_of(name), "wb");
    if (len)
        fwrite(bytes, 1, len, f);
    fclose(f);
}

/* Loading must fail with code and a message containing every fragment. */
static void expect_load_error(const char *name, int code, const char *frag1, const char *frag2)
{
    omen_dataset d;
    omen_error err;
    omen_error_clear(&err);
    const char *p = path_of(name);
    int rc = omen_dataset_load_sosd(p, &d, &err);
    CHECK(rc == code, "%s: code %d, expected %d (%s)", name, rc, code, err.msg);
    CHECK(strstr(err.msg, p) != NULL, "%s: message does not name the file: %s", name, err.msg);
    CHECK(!frag1 || strstr(err.msg, frag1), "%s: message lacks '%s': %s", name, frag1, err.msg);
    CHECK(!frag2 || strstr(err.msg, frag2), "%s: message lacks '%s': %s", name, frag2, err.msg);
    if (rc == OMEN_OK)
        omen_dataset_free(&d);
}

static void test_loader(void)
{
    uint64_t good[5] = {3, 10, 20, 20, 30};
    omen_error err;
    CHECK(omen_sosd_write(path_of("good.bin"), good + 1, 4, &err) == OMEN_OK, "%s", err.msg);
    omen_dataset d;
    CHECK(omen_dataset_load_sosd(path_of("good.bin"), &d, &err) == OMEN_OK, "%s", err.msg);
    CHECK(d.n == 4 && d.keys[0] == 10 && d.keys[3] == 30, "round trip n=%zu", d.n);
    CHECK(d.payloads[2] == omen_payload_of_rank(2), "payload of rank");
    CHECK(d.hash == omen_keys_hash(good + 1, 4), "hash of the file equals hash of the keys");
    omen_dataset_free(&d);

    /* Truncated: header says 4 keys, file holds 2.5. */
    uint64_t trunc[4] = {4, 1, 2, 3};
    write_raw("truncated.bin", trunc, 8 + 20);
    expect_load_error("truncated.bin", OMEN_EINVAL, "should be 40 bytes", "it is 28 bytes");
    /* Count says far more than the file holds. */
    uint64_t huge[3] = {1000000, 1, 2};
    write_raw("count-too-big.bin", huge, sizeof huge);
    expect_load_error("count-too-big.bin", OMEN_EINVAL, "1000000 keys", "truncated");
    uint64_t absurd[2] = {UINT64_MAX, 1};
    write_raw("count-absurd.bin", absurd, sizeof absurd);
    expect_load_error("count-absurd.bin", OMEN_EINVAL, "more than any file", NULL);
    /* More keys than omen handles: refused before anything is read (the
     * header alone says so; the size check comes after, so write it whole
     * as a sparse file). */
    {
        FILE *f = fopen(path_of("too-many.bin"), "wb");
        uint64_t big = (1ull << 32);
        fwrite(&big, 8, 1, f);
        fclose(f);
        if (truncate(path_of("too-many.bin"), (off_t)(8 + 8 * big)) == 0)
            expect_load_error("too-many.bin", OMEN_EINVAL, "at most 4294967295", NULL);
        remove(path_of("too-many.bin"));
    }
    /* Trailing bytes. */
    uint64_t trailing[4] = {2, 1, 2, 3};
    write_raw("trailing.bin", trailing, sizeof trailing);
    expect_load_error("trailing.bin", OMEN_EINVAL, "trailing bytes", NULL);
    /* Unsorted: key 2 (offset 24) is smaller than key 1. */
    uint64_t unsorted[5] = {4, 1, 5, 4, 9};
    write_raw("unsorted.bin", unsorted, sizeof unsorted);
    expect_load_error("unsorted.bin", OMEN_EINVAL, "key 2 (byte offset 24)", "not sorted");
    /* Empty file, file shorter than the header, zero keys. */
    write_raw("empty.bin", NULL, 0);
    expect_load_error("empty.bin", OMEN_EINVAL, "empty", NULL);
    write_raw("short.bin", "abc", 3);
    expect_load_error("short.bin", OMEN_EINVAL, "3 bytes", NULL);
    uint64_t zero = 0;
    write_raw("zero.bin", &zero, 8);
    expect_load_error("zero.bin", OMEN_EINVAL, "0 keys", NULL);
    /* Not a file; missing file. */
    mkdir(path_of("a-directory"), 0755);
    expect_load_error("a-directory", OMEN_EIO, "not a regular file", NULL);
    expect_load_error("missing.bin", OMEN_EIO, "No such file", NULL);
    /* Writer: an unwritable place is an error and leaves nothing behind. */
    CHECK(omen_sosd_write("/nonexistent-dir/x.bin", good, 5, &err) == OMEN_EIO, "write error");
    CHECK(strstr(err.msg, "/nonexistent-dir/x.bin") != NULL, "%s", err.msg);
}

static void test_synthetic(void)
{
    const char *const *names = omen_synth_names();
    for (size_t k = 0; names[k]; k++) {
        char spec[64];
        snprintf(spec, sizeof spec, "%s:50K", names[k]);
        omen_dataset a, b, c;
        omen_error err;
        CHECK(omen_dataset_open(spec, &a, &err) == OMEN_OK, "%s: %s", spec, err.msg);
        CHECK(omen_dataset_open(spec, &b, &err) == OMEN_OK, "%s: %s", spec, err.msg);
        snprintf(spec, sizeof spec, "%s:50K:7", names[k]);
        CHECK(omen_dataset_open(spec, &c, &err) == OMEN_OK, "%s: %s", spec, err.msg);
        CHECK(a.n == 50000, "%s n=%zu", names[k], a.n);
        for (size_t i = 1; i < a.n; i++)
            if (a.keys[i] < a.keys[i - 1]) {
                CHECK(0, "%s not sorted at %zu", names[k], i);
                break;
            }
        CHECK(a.hash == b.hash && !memcmp(a.keys, b.keys, a.n * 8), "%s not deterministic",
              names[k]);
        CHECK(a.hash != c.hash, "%s: seed 7 gives the same keys as the default", names[k]);
        size_t distinct = 1;
        for (size_t i = 1; i < a.n; i++)
            distinct += a.keys[i] != a.keys[i - 1];
        if (!strcmp(names[k], "dups")) /* 80% repeats by default */
            CHECK(distinct == a.n / 5, "dups: %zu distinct keys, expected %zu", distinct,
                  a.n / 5);
        else
            CHECK(distinct > a.n * 9 / 10, "%s: only %zu distinct keys", names[k], distinct);
        omen_dataset_free(&a);
        omen_dataset_free(&b);
        omen_dataset_free(&c);
    }
    /* Shapes that the names promise. */
    omen_dataset d;
    omen_error err;
    CHECK(omen_dataset_open("outliers:100K", &d, &err) == OMEN_OK, "%s", err.msg);
    CHECK(d.keys[d.n - 1] > UINT64_MAX - (1u << 20) && d.keys[d.n - 9] < (1ull << 32),
          "outliers: a handful of keys near UINT64_MAX");
    omen_dataset_free(&d);
    CHECK(omen_dataset_open("uniform_sparse:100K", &d, &err) == OMEN_OK, "%s", err.msg);
    CHECK(d.keys[d.n - 1] > (1ull << 63), "uniform_sparse reaches the top bit");
    omen_dataset_free(&d);
    /* dups: the share asked for, and a few very long runs. */
    CHECK(omen_dataset_open("dups:100K:95", &d, &err) == OMEN_OK, "%s", err.msg);
    size_t distinct = 1, run = 1, longest = 1;
    for (size_t i = 1; i < d.n; i++) {
        distinct += d.keys[i] != d.keys[i - 1];
        run = d.keys[i] == d.keys[i - 1] ? run + 1 : 1;
        longest = run > longest ? run : longest;
    }
    CHECK(distinct == 5000 && longest > 1000, "dups:100K:95: %zu distinct, longest run %zu",
          distinct, longest);
    omen_dataset_free(&d);
    /* steps: dense runs separated by jumps far larger than any gap inside. */
    CHECK(omen_dataset_open("steps:100K", &d, &err) == OMEN_OK, "%s", err.msg);
    size_t jumps = 0;
    for (size_t i = 1; i < d.n; i++)
        jumps += d.keys[i] - d.keys[i - 1] > (1ull << 40);
    CHECK(jumps >= 2 && jumps < d.n / 100, "steps:100K: %zu jumps", jumps);
    omen_dataset_free(&d);

    /* Identical bits on every machine: these hashes are the contract. A
     * change here changes every published result; do it only on purpose. */
    static const struct {
        const char *name;
        uint64_t hash;
    } golden[] = {
#include "tests/golden_hashes.inc"
    };
    for (size_t i = 0; i < sizeof golden / sizeof golden[0]; i++) {
        CHECK(omen_dataset_open(golden[i].name, &d, &err) == OMEN_OK, "%s", err.msg);
        CHECK(d.hash == golden[i].hash, "%s: hash %016llx, expected %016llx", golden[i].name,
              (unsigned long long)d.hash, (unsigned long long)golden[i].hash);
        omen_dataset_free(&d);
    }

    const char *const bad[] = {"nosuch:10",   "lognormal:",   "lognormal:0",  "lognormal:1X",
                               "lognormal:10:abc", "lognormal:5G", "lognormal:-3", "normal:10:1K",
                               "dups:10:100", "dups:10:x", "dups:10:5:1K", "dups:10:"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        omen_synth_spec s;
        omen_error_clear(&err);
        CHECK(omen_synth_parse(bad[i], &s, &err) == OMEN_EINVAL, "%s accepted", bad[i]);
        CHECK(strstr(err.msg, bad[i]) != NULL, "message does not name %s: %s", bad[i], err.msg);
    }
    CHECK(omen_synth_is_name("lognormal:10M") && !omen_synth_is_name("/tmp/x:y") &&
              !omen_synth_is_name("books_200M_uint64"),
          "synthetic name detection");
}

static void test_workloads(void)
{
    omen_dataset d;
    omen_error err;
    CHECK(omen_dataset_open("uniform_dense:100K", &d, &err) == OMEN_OK, "%s", err.msg);
    const char *const specs[] = {"point", "absent", "zipf:0.99", "recent:1.1", "range:100",
                                 "mixed:10"};
    for (size_t s = 0; s < sizeof specs / sizeof specs[0]; s++) {
        omen_workload_spec ws;
        omen_workload w;
        CHECK(omen_workload_parse(specs[s], &ws, &err) == OMEN_OK, "%s: %s", specs[s], err.msg);
        CHECK(omen_workload_make(&ws, &d, 20000, 5, &w, &err) == OMEN_OK, "%s", err.msg);
        size_t present = 0;
        for (size_t i = 0; i < w.count; i++) {
            size_t r = oracle_lower_bound(d.keys, d.n, w.keys[i]);
            present += r < d.n && d.keys[r] == w.keys[i];
            if (ws.kind == OMEN_WL_RANGE) {
                size_t a = r, b = oracle_upper_bound(d.keys, d.n, w.his[i]);
                CHECK(b - a <= 100 && b > a, "range %zu covers %zu keys", i, b - a);
            }
        }
        if (ws.kind == OMEN_WL_ABSENT)
            CHECK(present == 0, "absent workload has %zu present keys", present);
        if (ws.kind == OMEN_WL_POINT || ws.kind == OMEN_WL_ZIPF || ws.kind == OMEN_WL_RECENT)
            CHECK(present == w.count, "%s: %zu of %zu present", specs[s], present, w.count);
        omen_workload w2;
        CHECK(omen_workload_make(&ws, &d, 20000, 5, &w2, &err) == OMEN_OK, "%s", err.msg);
        CHECK(!memcmp(w.keys, w2.keys, w.count * 8), "%s stream not reproducible", specs[s]);
        omen_workload_free(&w);
        omen_workload_free(&w2);
    }
    /* Zipf is skewed: the most frequent key takes far more than 1/n. */
    omen_workload_spec ws;
    omen_workload w;
    omen_workload_parse("zipf:1.2", &ws, &err);
    omen_workload_make(&ws, &d, 20000, 5, &w, &err);
    uint64_t *sorted = malloc(w.count * 8), *tmp = malloc(w.count * 8);
    memcpy(sorted, w.keys, w.count * 8);
    omen_radix_sort(sorted, tmp, w.count);
    size_t most = 0, run = 0;
    for (size_t i = 0; i < w.count; i++) {
        run = i && sorted[i] == sorted[i - 1] ? run + 1 : 1;
        most = run > most ? run : most;
    }
    CHECK(most > 20 * w.count / d.n, "zipf: the most frequent key is drawn %zu times", most);
    free(sorted);
    free(tmp);
    omen_workload_free(&w);
    const char *const bad[] = {"pointy", "zipf", "zipf:x", "range:0", "range:1.5", "mixed:101",
                               "absent:3", "recent", "recent:0"};
    /* recent: the hottest key is the largest one. */
    omen_workload_parse("recent:1.5", &ws, &err);
    omen_workload_make(&ws, &d, 20000, 5, &w, &err);
    size_t last = 0;
    for (size_t i = 0; i < w.count; i++)
        last += w.keys[i] == d.keys[d.n - 1];
    CHECK(last > w.count / 10, "recent: the largest key drawn %zu times", last);
    omen_workload_free(&w);
    for (size_t s = 0; s < sizeof bad / sizeof bad[0]; s++)
        CHECK(omen_workload_parse(bad[s], &ws, &err) == OMEN_EINVAL, "%s accepted", bad[s]);
    omen_dataset_free(&d);
}

static void test_params(void)
{
    static const char *const roots[] = {"linear", "cubic", NULL};
    omen_param spec[] = {
        {.name = "branches", .kind = OMEN_PARAM_POW2, .min = 2, .max = 1 << 20, .i = 64},
        {.name = "root", .kind = OMEN_PARAM_CHOICE, .choices = roots, .i = 0},
        {.name = "frac", .kind = OMEN_PARAM_REAL, .min = 0, .max = 1, .r = 0.5},
        {.name = "n", .kind = OMEN_PARAM_INT, .min = 1, .max = 1e9, .i = 5},
    };
    /* The help is generated from the same table: every name, range and
     * default, including a default given in words. */
    char help[1024];
    omen_params_help(spec, 4, help, sizeof help);
    CHECK(!strcmp(help, "branches=N (a power of two in [2, 1048576]; default: 64), "
                        "root=linear|cubic (default: linear), frac=X (a number in [0, 1]; "
                        "default: 0.5), n=N (an integer in [1, 1000000000]; default: 5)"),
          "help: %s", help);
    spec[3].dflt = "from the data";
    omen_params_help(spec + 3, 1, help, sizeof help);
    CHECK(strstr(help, "default: from the data)") != NULL, "help in words: %s", help);
    omen_error err;
    CHECK(omen_params_parse("t", "branches=4096,root=cubic,frac=0.25,n=2K", spec, 4, &err) ==
              OMEN_OK, "%s", err.msg);
    CHECK(spec[0].i == 4096 && spec[1].i == 1 && spec[2].r == 0.25 && spec[3].i == 2000,
          "parsed values");
    const char *const bad[] = {"branches=1000", "branches=", "root=quartic", "frac=2",
                               "n=abc",         "x=1",       "branches",     "n=1,n=2",
                               "n=3,",          ",n=3",      "frac=nan"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        for (size_t k = 0; k < 4; k++)
            spec[k].given = 0;
        omen_error_clear(&err);
        CHECK(omen_params_parse("t", bad[i], spec, 4, &err) == OMEN_EINVAL, "'%s' accepted",
              bad[i]);
        CHECK(err.msg[0] != '\0', "no message for '%s'", bad[i]);
    }
}

static void test_radix_sort(void)
{
    enum { N = 100000 };
    uint64_t *a = malloc(N * 8), *b = malloc(N * 8);
    for (size_t i = 0; i < N; i++)
        a[i] = (i * 0x9E3779B97F4A7C15ull) ^ (i << 40);
    a[7] = UINT64_MAX;
    a[8] = 0;
    omen_radix_sort(a, b, N);
    for (size_t i = 1; i < N; i++)
        if (a[i] < a[i - 1]) {
            CHECK(0, "radix sort order at %zu", i);
            break;
        }
    CHECK(a[0] == 0 && a[N - 1] == UINT64_MAX, "radix sort ends");
    free(a);
    free(b);
}

int main(void)
{
    snprintf(dir, sizeof dir, "/tmp/omen-test-datasets-%ld", (long)getpid());
    mkdir(dir, 0755);
    test_loader();
    test_synthetic();
    test_workloads();
    test_params();
    test_radix_sort();
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", dir);
    return check_report("test_datasets");
}
