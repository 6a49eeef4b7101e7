/* The RocksDB-backed variants (rocksdb, hotcold) beyond the conformance
 * suite: inserts against an oracle over the merged data, every compression
 * the parameters offer, directory errors (missing parent, a file in the way,
 * no permission, a directory held by another instance in this process or in
 * another one), nothing left behind by a failed build (fault injection), and
 * inserts running concurrently with reads. */
#define _XOPEN_SOURCE 700 /* mkdtemp, setenv, nftw */

#include <dirent.h>
#include <errno.h>
#include <ftw.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#if defined(__SANITIZE_THREAD__)
#define OMEN_TSAN 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define OMEN_TSAN 1
#endif
#endif

#include "common/alloc.h"
#include "common/rng.h"
#include "datasets/dataset.h"
#include "tests/check.h"
#include "check/conformance.h"
#include "check/oracle.h"
#include "registry/registry.h"

static char base[512]; /* scratch directory for this run */
static char self[1024]; /* this executable, re-run as a helper process */

static int rm_entry(const char *path, const struct stat *sb, int flag, struct FTW *ftw)
{
    (void)sb, (void)flag, (void)ftw;
    remove(path);
    return 0;
}

static void rm_tree(const char *path)
{
    nftw(path, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
}

static int exists(const char *path)
{
    struct stat st;
    return lstat(path, &st) == 0;
}

static int count_entries(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d)
        return -1;
    int n = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL)
        n += strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0;
    closedir(d);
    return n;
}

static int has_file_with_suffix(const char *dir, const char *suffix)
{
    DIR *d = opendir(dir);
    if (!d)
        return 0;
    int found = 0;
    struct dirent *e;
    size_t sl = strlen(suffix);
    while ((e = readdir(d)) != NULL) {
        size_t l = strlen(e->d_name);
        found |= l > sl && strcmp(e->d_name + l - sl, suffix) == 0;
    }
    closedir(d);
    return found;
}

/* ---- inserts against an oracle over the merged data ---- */

/* Inserted entries go after existing equal keys: the policy both variants
 * state, and the dynamic oracle's. */

static void check_inserts(const char *variant, const char *params, const uint64_t *keys,
                          size_t n, const char *label)
{
    const omen_index_vtable *vt = omen_registry_find(variant);
    CHECK(vt && vt->insert, "%s cannot insert", variant);
    if (!vt || !vt->insert)
        return;
    oracle_dyn m = {0};
    for (size_t i = 0; i < n; i++)
        oracle_dyn_insert(&m, keys[i], omen_payload_of_rank(i));
    omen_index *ix = NULL;
    omen_error err;
    omen_error_clear(&err);
    if (vt->build(m.k, m.p, m.n, params, &ix, &err) != OMEN_OK) {
        CHECK(0, "%s:%s on %s: build failed: %s", variant, params, label, err.msg);
        free(m.k), free(m.p);
        return;
    }
    /* The build borrowed m's arrays only for its duration (both variants
     * own their data), so the oracle may grow them from here on. */
    omen_rng r;
    omen_rng_seed(&r, n * 7 + 3);
    uint64_t lo = n ? keys[0] : 1000, hi = n ? keys[n - 1] : 5000;
    uint64_t fresh[64];
    size_t nfresh = 0;
    const size_t total = 3000;
    for (size_t i = 0; i < total; i++) {
        uint64_t key;
        switch (omen_rng_below(&r, 6)) {
        case 0: /* a duplicate of an entry in the data */
            key = n ? keys[omen_rng_below(&r, n)] : 77;
            break;
        case 1: /* a new key again: duplicates among inserted keys */
            key = nfresh ? fresh[omen_rng_below(&r, nfresh)] : lo;
            break;
        case 2: /* outside the data on either side, the extremes included */
            key = omen_rng_below(&r, 2) ? (lo ? omen_rng_below(&r, lo) : 0)
                                        : UINT64_MAX - omen_rng_below(&r, 3);
            break;
        default: /* anywhere in the data's span */
            key = lo + omen_rng_below(&r, hi - lo + 1);
            break;
        }
        if (nfresh < 64)
            fresh[nfresh++] = key;
        uint64_t payload = omen_rng_next(&r);
        int rc = vt->insert(ix, key, payload, &err);
        CHECK(rc == OMEN_OK, "%s:%s insert %llu: %s", variant, params,
              (unsigned long long)key, err.msg);
        oracle_dyn_insert(&m, key, payload);
        /* Check part-way too: hotcold's buffer is not merged yet there. */
        if (i == total / 3 || i == total - 1) {
            long bad = conformance_check_built(vt, ix, m.k, m.p, m.n, label, 500,
                                               i + 1, 5);
            CHECK(bad == 0, "%s:%s on %s after %zu inserts: %ld wrong answers", variant,
                  params, label, i + 1, bad);
        }
    }
    vt->free(ix);
    free(m.k);
    free(m.p);
}

static void test_inserts(void)
{
    static const char *const configs[][2] = {
        {"rocksdb", ""},
        {"rocksdb", "sst_keys=100,cache_mb=1"},
        {"hotcold", ""},
        {"hotcold", "hot_frac=0"},
        {"hotcold", "hot_frac=1,buffer=3"},
        {"hotcold", "hot_frac=0.5,hot_pos=0.5,cold=all,buffer=7"},
        {"hotcold", "hot_frac=0.3,hot_pos=0.2,buffer=64,hot=binsearch"},
        {"hotcold", "hot_frac=0.2,hot_pos=0,buffer=1"},
    };
    /* Runs of equal keys, a set small enough to hold few blocks, and none. */
    enum { NRUN = 3000 };
    uint64_t *runs = malloc(NRUN * sizeof *runs);
    omen_rng r;
    omen_rng_seed(&r, 5);
    for (size_t i = 0; i < NRUN;) {
        uint64_t v = (i ? runs[i - 1] : 0) + 1 + omen_rng_below(&r, 100);
        for (size_t k = 1 + (size_t)omen_rng_below(&r, 9); k && i < NRUN; k--)
            runs[i++] = v;
    }
    omen_synth_spec s;
    omen_error err;
    uint64_t *logn = malloc(20000 * sizeof *logn);
    CHECK(omen_synth_parse("lognormal:20K", &s, &err) == OMEN_OK &&
              omen_synth_fill(&s, logn, &err) == OMEN_OK,
          "%s", err.msg);
    for (size_t c = 0; c < sizeof configs / sizeof configs[0]; c++) {
        check_inserts(configs[c][0], configs[c][1], runs, NRUN, "duplicate-runs:3000");
        check_inserts(configs[c][0], configs[c][1], logn, 20000, "lognormal:20K");
        check_inserts(configs[c][0], configs[c][1], NULL, 0, "empty");
    }
    free(runs);
    free(logn);
    printf("  inserts: rocksdb and hotcold agree with the oracle over the merged data\n");
}

/* ---- every compression the parameters accept ---- */

static void test_compressions(void)
{
    static const char *const names[] = {"none", "snappy", "lz4", "zstd"};
    uint64_t *k = malloc(5000 * sizeof *k);
    for (size_t i = 0; i < 5000; i++)
        k[i] = i * 1000 + (i % 7) * (i % 3);
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        char p[64];
        snprintf(p, sizeof p, "compression=%s,block_size=512", names[i]);
        long bad = conformance_run(omen_registry_find("rocksdb"), p, k, 5000, "5000 keys",
                                   200, 5);
        CHECK(bad == 0, "rocksdb:%s: %ld wrong answers (or build failure)", p, bad);
    }
    free(k);
    printf("  compressions: none, snappy, lz4, zstd all build and answer right\n");
}

/* ---- directory errors ---- */

static const uint64_t K3[3] = {10, 20, 30}, P3[3] = {1, 2, 3};

/* Builds with params; returns the code and leaves the message in err. */
static int try_build(const char *variant, const char *params, omen_error *err)
{
    const omen_index_vtable *vt = omen_registry_find(variant);
    omen_index *ix = NULL;
    omen_error_clear(err);
    int rc = vt->build(K3, P3, 3, params, &ix, err);
    if (rc == OMEN_OK)
        vt->free(ix);
    return rc;
}

static void expect_dir_error(const char *variant, const char *dir, const char *fragment)
{
    char params[1200];
    omen_error err;
    snprintf(params, sizeof params, "dir=%s", dir);
    int rc = try_build(variant, params, &err);
    CHECK(rc != OMEN_OK, "%s with dir=%s: built", variant, dir);
    CHECK(strstr(err.msg, dir) != NULL, "%s: message does not name %s: %s", variant, dir,
          err.msg);
    CHECK(strstr(err.msg, fragment) != NULL, "%s: message lacks '%s': %s", variant, fragment,
          err.msg);
    CHECK(strchr(err.msg, '\n') == NULL, "%s: message is not one line: %s", variant, err.msg);
}

/* Runs this program again as a helper ("--hold DIR" or "--try-dir DIR");
 * a fresh process, since forking one with RocksDB's threads is unsafe.
 * Returns the helper's pid, with its stdin and stdout as pipes. */
static pid_t spawn(const char *mode, const char *dir, int *to_child, int *from_child)
{
    int in[2], out[2];
    if (pipe(in) || pipe(out))
        return -1;
    pid_t pid = fork();
    if (pid == 0) {
        dup2(in[0], 0);
        dup2(out[1], 1);
        close(in[0]), close(in[1]), close(out[0]), close(out[1]);
        execl(self, self, mode, dir, (char *)NULL);
        _exit(127);
    }
    close(in[0]);
    close(out[1]);
    *to_child = in[1];
    *from_child = out[0];
    return pid;
}

/* The helper: --hold builds rocksdb in DIR, says "ready", and keeps it open
 * until its stdin closes; --try-dir builds there (as an unprivileged user
 * when run as root, whom permissions do not stop) and prints the outcome. */
static int helper(const char *mode, const char *dir)
{
    char params[1200];
    snprintf(params, sizeof params, "dir=%s", dir);
    const omen_index_vtable *vt = omen_registry_find("rocksdb");
    omen_index *ix = NULL;
    omen_error err;
    omen_error_clear(&err);
    if (strcmp(mode, "--try-dir") == 0) {
        if (geteuid() == 0 && (setgid(65534) != 0 || setuid(65534) != 0)) {
            printf("cannot drop privileges: %s\n", strerror(errno));
            return 3;
        }
        int rc = vt->build(K3, P3, 3, params, &ix, &err);
        if (rc == OMEN_OK)
            vt->free(ix);
        printf("%s\n", rc == OMEN_OK ? "built" : err.msg);
        fflush(stdout);
        /* Straight out: the leak checker cannot run once the uid changed;
         * the same paths are leak-checked in the main process. */
        _exit(rc == OMEN_OK ? 0 : 1);
    }
    if (vt->build(K3, P3, 3, params, &ix, &err) != OMEN_OK) {
        printf("error: %s\n", err.msg);
        return 1;
    }
    printf("ready\n");
    fflush(stdout);
    char c;
    while (read(0, &c, 1) > 0)
        ;
    vt->free(ix);
    return 0;
}

static void test_dir_errors(void)
{
    char path[1024], other[2048];

    /* Missing parent: nothing is created on the way. */
    snprintf(path, sizeof path, "%s/missing/db", base);
    expect_dir_error("rocksdb", path, "parent directory does not exist");
    expect_dir_error("hotcold", path, "parent directory does not exist");
    snprintf(other, sizeof other, "%s/missing", base);
    CHECK(!exists(other), "a failed build created %s", other);

    /* A file in the way stays as it was. */
    snprintf(path, sizeof path, "%s/afile", base);
    FILE *f = fopen(path, "w");
    fputs("keep me\n", f);
    fclose(f);
    expect_dir_error("rocksdb", path, "not a directory");
    struct stat st;
    CHECK(stat(path, &st) == 0 && S_ISREG(st.st_mode) && st.st_size == 8,
          "the file in the way was changed");

    /* A directory with other files in it is not ours to fill or clear. */
    snprintf(path, sizeof path, "%s/foreign", base);
    mkdir(path, 0777);
    snprintf(other, sizeof other, "%s/notes.txt", path);
    f = fopen(other, "w");
    fclose(f);
    expect_dir_error("rocksdb", path, "not empty");
    CHECK(exists(other) && count_entries(path) == 1, "a refused build touched %s", path);

    /* No permission: to create in the parent, or to write the directory. */
    snprintf(path, sizeof path, "%s/ro", base);
    mkdir(path, 0555);
    chmod(path, 0555);
    chmod(base, 0755); /* the unprivileged helper must reach ro/ */
    for (int which = 0; which < 2; which++) {
        snprintf(other, sizeof other, which ? "%s" : "%s/db", path);
        int to, from;
        pid_t pid = spawn("--try-dir", other, &to, &from);
        close(to);
        char msg[1024] = "";
        ssize_t got = read(from, msg, sizeof msg - 1);
        msg[got > 0 ? got : 0] = '\0';
        close(from);
        int status = 0;
        waitpid(pid, &status, 0);
        CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 1,
              "unwritable %s: helper exit %d: %s", other, WEXITSTATUS(status), msg);
        CHECK(strstr(msg, other) && (strstr(msg, "ermission") || strstr(msg, "not writable")),
              "unwritable %s: unclear message: %s", other, msg);
        CHECK(count_entries(path) == 0, "a refused build wrote into %s", path);
    }

    /* Held by another open instance in this process: refused, and the
     * open one is untouched. */
    snprintf(path, sizeof path, "%s/held", base);
    char params[1200];
    snprintf(params, sizeof params, "dir=%s", path);
    const omen_index_vtable *vt = omen_registry_find("rocksdb");
    omen_index *a = NULL;
    omen_error err;
    omen_error_clear(&err);
    CHECK(vt->build(K3, P3, 3, params, &a, &err) == OMEN_OK, "%s", err.msg);
    expect_dir_error("rocksdb", path, "in use by another open RocksDB instance");
    expect_dir_error("hotcold", path, "in use by another open RocksDB instance");
    if (a) {
        CHECK(conformance_check_built(vt, a, K3, P3, 3, "held", 50, 1, 5) == 0,
              "the open instance was damaged by a refused build");
        vt->free(a);
    }
    /* A given directory is kept, with real RocksDB files, and a new build
     * there replaces the old database. */
    snprintf(other, sizeof other, "%s/CURRENT", path);
    CHECK(exists(other), "%s was not kept after free", other);
    CHECK(has_file_with_suffix(path, ".sst"), "no .sst file in %s", path);
    CHECK(try_build("rocksdb", params, &err) == OMEN_OK, "rebuild in %s: %s", path, err.msg);
    /* An omen database that no longer opens (a build killed half-way) is
     * replaced too. */
    f = fopen(other, "w");
    fputs("MANIFEST-999999\n", f);
    fclose(f);
    CHECK(try_build("rocksdb", params, &err) == OMEN_OK, "rebuild over a broken database in "
          "%s: %s", path, err.msg);

    /* Held by another process. */
    snprintf(path, sizeof path, "%s/held2", base);
    int to, from;
    pid_t pid = spawn("--hold", path, &to, &from);
    char msg[256] = "";
    ssize_t got = read(from, msg, sizeof msg - 1);
    msg[got > 0 ? got : 0] = '\0';
    CHECK(strncmp(msg, "ready", 5) == 0, "helper did not open %s: %s", path, msg);
    expect_dir_error("rocksdb", path, "in use by another open RocksDB instance");
    close(to);
    close(from);
    int status;
    waitpid(pid, &status, 0);
    CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0, "the holding helper failed");
    snprintf(params, sizeof params, "dir=%s", path);
    CHECK(try_build("rocksdb", params, &err) == OMEN_OK, "after release: %s", err.msg);

    printf("  directories: missing parent, file in the way, foreign files, no permission, "
           "held (this process and another) all refused clearly\n");
}

/* ---- a failed build leaves nothing behind ---- */

static void test_no_leftovers(void)
{
    char tmp[1024], dir[1024], params[1200];
    snprintf(tmp, sizeof tmp, "%s/tmpdir", base);
    mkdir(tmp, 0700);
    setenv("TMPDIR", tmp, 1);
    uint64_t keys[300], pay[300];
    for (size_t i = 0; i < 300; i++)
        keys[i] = i * 3 / 2, pay[i] = i;

    /* The default temporary directory is made under TMPDIR and goes on free. */
    const omen_index_vtable *rdb = omen_registry_find("rocksdb");
    omen_index *ix = NULL;
    omen_error err;
    CHECK(rdb->build(keys, pay, 300, "", &ix, &err) == OMEN_OK, "%s", err.msg);
    CHECK(count_entries(tmp) == 1, "no temporary directory under TMPDIR");
    if (ix)
        rdb->free(ix);
    CHECK(count_entries(tmp) == 0, "the temporary directory was not removed on free");

    /* Make the N-th allocation fail, for every N that can fail, in each
     * kind of directory: a failed build leaves no temporary directory, no
     * created directory, and an existing directory empty. */
    snprintf(dir, sizeof dir, "%s/existing", base);
    mkdir(dir, 0777);
    const char *variants[] = {"rocksdb", "hotcold"};
    for (size_t v = 0; v < 2; v++) {
        const omen_index_vtable *vt = omen_registry_find(variants[v]);
        for (int kind = 0; kind < 3; kind++) {
            char made[1024];
            snprintf(made, sizeof made, "%s/made", base);
            if (kind == 0)
                snprintf(params, sizeof params, "%s", v ? "hot_frac=0.5,hot_pos=0.5" : "");
            else
                snprintf(params, sizeof params, "dir=%s%s", kind == 1 ? made : dir,
                         v ? ",hot_frac=0.5,hot_pos=0.5" : "");
            int failures = 0;
            for (unsigned long nth = 1; nth < 200; nth++) {
                omen_alloc_fail_after(nth);
                ix = NULL;
                int rc = vt->build(keys, pay, 300, params, &ix, &err);
                omen_alloc_fail_after(0);
                if (rc == OMEN_OK) {
                    vt->free(ix);
                    break;
                }
                failures++;
                CHECK(rc == OMEN_ENOMEM, "%s:%s: allocation %lu failed, code %d: %s",
                      variants[v], params, nth, rc, err.msg);
                CHECK(count_entries(tmp) == 0, "%s:%s: allocation %lu failed: a temporary "
                      "directory was left", variants[v], params, nth);
                CHECK(!exists(made), "%s:%s: allocation %lu failed: %s was left",
                      variants[v], params, nth, made);
                CHECK(count_entries(dir) == 0, "%s:%s: allocation %lu failed: files left in "
                      "%s", variants[v], params, nth, dir);
            }
            CHECK(failures > 0, "%s:%s: no allocation could be made to fail", variants[v],
                  params);
            /* The successful build's database stays in a given directory. */
            rm_tree(made);
            rm_tree(dir);
            mkdir(dir, 0777);
        }
    }
    unsetenv("TMPDIR");
    printf("  failed builds leave nothing behind\n");
}

/* ---- inserts concurrent with reads ---- */

typedef struct reader_arg {
    const omen_index_vtable *vt;
    const omen_index *ix;
    const uint64_t *keys, *pay;
    size_t n;
    atomic_int *stop;
    long bad;
} reader_arg;

static void *reader(void *p)
{
    reader_arg *a = p;
    omen_rng r;
    omen_rng_seed(&r, (uint64_t)(uintptr_t)p);
    while (!atomic_load(a->stop)) {
        /* Inserted entries go after existing ones, so an original key's
         * first payload never changes, whatever inserts are under way. */
        size_t i = (size_t)omen_rng_below(&r, a->n);
        if (i && a->keys[i - 1] == a->keys[i])
            continue;
        uint64_t got = 0;
        if (!omen_index_get(a->vt, a->ix, a->keys[i], &got) || got != a->pay[i])
            a->bad++;
        omen_range_result rr = omen_index_range(a->vt, a->ix, a->keys[i], a->keys[i]);
        if (rr.count == 0)
            a->bad++;
    }
    return NULL;
}

static void test_concurrent_inserts(void)
{
    enum { N = 20000, READERS = 2 };
    uint64_t *keys = malloc(N * sizeof *keys), *pay = malloc(N * sizeof *pay);
    for (size_t i = 0; i < N; i++)
        keys[i] = i * 10, pay[i] = omen_payload_of_rank(i);
    /* Under ThreadSanitizer only the configuration whose readers stay in
     * the hot tier: librocksdb is not instrumented, and its memtable and
     * caches synchronise through atomics TSan cannot see, so concurrent
     * reads and writes inside it look like races. Our own locking (hot
     * tier, buffer, merges) is what TSan checks here. */
    static const char *const configs[][2] = {
        {"hotcold", "hot_frac=1,buffer=64"},
#ifndef OMEN_TSAN
        {"hotcold", "hot_frac=0.5,hot_pos=0.5,buffer=64"},
        {"rocksdb", ""},
#endif
    };
    for (size_t c = 0; c < sizeof configs / sizeof configs[0]; c++) {
        const omen_index_vtable *vt = omen_registry_find(configs[c][0]);
        omen_index *ix = NULL;
        omen_error err;
        if (vt->build(keys, pay, N, configs[c][1], &ix, &err) != OMEN_OK) {
            CHECK(0, "%s", err.msg);
            continue;
        }
        atomic_int stop = 0;
        reader_arg ra[READERS];
        pthread_t th[READERS];
        for (int t = 0; t < READERS; t++) {
            ra[t] = (reader_arg){vt, ix, keys, pay, N, &stop, 0};
            pthread_create(&th[t], NULL, reader, &ra[t]);
        }
        /* Duplicates of present keys and new keys, across hot and cold. */
        const uint64_t dup = keys[N / 2];
        uint64_t want = 1;
        for (size_t i = 0; i < 4000; i++) {
            uint64_t key = i % 2 ? dup : (i * 7919) % (N * 10) + 1;
            want += key == dup;
            CHECK(vt->insert(ix, key, i, &err) == OMEN_OK, "%s", err.msg);
        }
        atomic_store(&stop, 1);
        for (int t = 0; t < READERS; t++) {
            pthread_join(th[t], NULL);
            CHECK(ra[t].bad == 0, "%s:%s: %ld wrong reads during inserts", configs[c][0],
                  configs[c][1], ra[t].bad);
        }
        omen_range_result rr = omen_index_range(vt, ix, dup, dup);
        CHECK(rr.count == want, "%s: %llu entries of the duplicated key, expected %llu",
              configs[c][0], (unsigned long long)rr.count, (unsigned long long)want);
        vt->free(ix);
    }
    free(keys);
    free(pay);
    printf("  inserts concurrent with reads: no wrong answers\n");
}

int main(int argc, char **argv)
{
    if (argc == 3 && argv[1][0] == '-')
        return helper(argv[1], argv[2]);
    ssize_t len = readlink("/proc/self/exe", self, sizeof self - 1);
    if (len > 0)
        self[len] = '\0';
    else
        snprintf(self, sizeof self, "%s", argv[0]);
    const char *tmp = getenv("TMPDIR");
    snprintf(base, sizeof base, "%s/omen-test-rocksdb-XXXXXX", tmp && tmp[0] ? tmp : "/tmp");
    if (!mkdtemp(base)) {
        perror("mkdtemp");
        return 1;
    }
    /* As in the conformance suite: RocksDB walks its entries in range(). */
    conformance_set_range_stride(11);
    test_compressions();
    test_dir_errors();
    test_no_leftovers();
    test_inserts();
    test_concurrent_inserts();
    chmod(base, 0700);
    char ro[1024];
    snprintf(ro, sizeof ro, "%s/ro", base);
    chmod(ro, 0700);
    rm_tree(base);
    return check_report("test_rocksdb");
}
