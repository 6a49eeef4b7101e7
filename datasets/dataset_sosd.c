/* SOSD binary format: little-endian uint64 count N, then N uint64 keys.
 * Files from the SOSD benchmark (books, fb, osm_cellids, wiki_ts) load as
 * they are. The file is memory-mapped; every check names the file, the
 * offset and what was expected. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "common/alloc.h"
#include "datasets/dataset_internal.h"

#if !defined(__BYTE_ORDER__) || __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
#error "omen reads SOSD files in place and needs a little-endian host"
#endif

/* Opens and maps a SOSD file and checks its header against its size: all
 * but the order of the keys, which takes reading every one. */
static int sosd_map(const char *path, omen_dataset *out, omen_error *err)
{
    memset(out, 0, sizeof *out);
    snprintf(out->name, sizeof out->name, "%s", path);

    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        if (errno == ENOENT && strchr(path, ':'))
            return omen_errorf(err, OMEN_EIO,
                               "dataset %s: no such file, and not a synthetic name "
                               "(DIST:N[:seed]; see omen-bench --help for DIST)",
                               path);
        return omen_errorf(err, OMEN_EIO, "dataset %s: cannot open: %s", path,
                           strerror(errno));
    }
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        close(fd);
        return omen_errorf(err, OMEN_EIO,
                           "dataset %s: not a regular file; give a SOSD file "
                           "or a synthetic name DIST:N[:seed]",
                           path);
    }
    size_t size = (size_t)st.st_size;
    if (size == 0) {
        close(fd);
        return omen_errorf(err, OMEN_EINVAL,
                           "dataset %s: the file is empty; a SOSD file starts with "
                           "an 8-byte key count",
                           path);
    }
    if (size < 8) {
        close(fd);
        return omen_errorf(err, OMEN_EINVAL,
                           "dataset %s: the file is %zu bytes, too short for the 8-byte "
                           "key count a SOSD file starts with",
                           path, size);
    }
    void *map = mmap(NULL, size, PROT_READ, MAP_PRIVATE, fd, 0);
    int map_errno = errno;
    close(fd);
    if (map == MAP_FAILED)
        return omen_errorf(err, OMEN_EIO, "dataset %s: cannot map %zu bytes: %s", path,
                           size, strerror(map_errno));
    out->map = map;
    out->map_len = size;

    uint64_t n;
    memcpy(&n, map, sizeof n);
    if (n > (SIZE_MAX - 8) / 8 || 8 + 8 * n != size) {
        int rc;
        if (n > (SIZE_MAX - 8) / 8)
            rc = omen_errorf(err, OMEN_EINVAL,
                             "dataset %s: the header (offset 0) says %llu keys, more than "
                             "any file can hold; the file is %zu bytes. Is this a SOSD file?",
                             path, (unsigned long long)n, size);
        else
            rc = omen_errorf(err, OMEN_EINVAL,
                             "dataset %s: the header (offset 0) says %llu keys, so the file "
                             "should be %llu bytes (8 + 8*N), but it is %zu bytes (%s)",
                             path, (unsigned long long)n,
                             (unsigned long long)(8 + 8 * n), size,
                             size < 8 + 8 * n ? "truncated" : "trailing bytes");
        omen_dataset_free(out);
        return rc;
    }
    if (n > OMEN_MAX_KEYS) {
        omen_dataset_free(out);
        return omen_errorf(err, OMEN_EINVAL,
                           "dataset %s: %llu keys; omen handles at most %llu (2^32 - 1) keys per "
                           "dataset (see README, Limits); split the file",
                           path, (unsigned long long)n, (unsigned long long)OMEN_MAX_KEYS);
    }
    if (n == 0) {
        omen_dataset_free(out);
        return omen_errorf(err, OMEN_EINVAL,
                           "dataset %s: the file holds 0 keys; a dataset needs at least one",
                           path);
    }
    out->n = n;
    return OMEN_OK;
}

int omen_dataset_check_sosd(const char *path, omen_error *err)
{
    omen_dataset d;
    int rc = sosd_map(path, &d, err);
    if (rc == OMEN_OK)
        omen_dataset_free(&d);
    return rc;
}

int omen_dataset_load_sosd(const char *path, omen_dataset *out, omen_error *err)
{
    int rc = sosd_map(path, out, err);
    if (rc)
        return rc;
    size_t n = out->n;
    const void *map = out->map;
    const uint64_t *keys = (const uint64_t *)((const char *)map + 8);
    for (size_t i = 1; i < n; i++)
        if (keys[i] < keys[i - 1]) {
            int bad = omen_errorf(err, OMEN_EINVAL,
                                 "dataset %s: keys are not sorted: key %zu (byte offset %zu) "
                                 "is %llu, smaller than the key before it, %llu; sort the "
                                 "file ascending",
                                 path, i, 8 + 8 * i, (unsigned long long)keys[i],
                                 (unsigned long long)keys[i - 1]);
            omen_dataset_free(out);
            return bad;
        }
    out->keys = keys;
    out->n = n;
    /* Lookups probe the keys at random: copy them from the file's page-cache
     * pages into memory that can use huge pages, unless those are off. */
    if (omen_alloc_hugepages() && n * 8 >= (1u << 21)) {
        uint64_t *copy = omen_alloc(n * sizeof *copy);
        if (copy) {
            memcpy(copy, keys, n * sizeof *copy);
            munmap(out->map, out->map_len);
            out->map = NULL;
            out->owned_keys = copy;
            out->keys = copy;
        }
    }
    return omen_dataset_finish(out, err);
}

int omen_sosd_write(const char *path, const uint64_t *keys, size_t n, omen_error *err)
{
    char tmp[4096];
    if (snprintf(tmp, sizeof tmp, "%s.tmp.%ld", path, (long)getpid()) >= (int)sizeof tmp)
        return omen_errorf(err, OMEN_EINVAL, "path too long: %s", path);
    FILE *f = fopen(tmp, "wb");
    if (!f)
        return omen_errorf(err, OMEN_EIO, "cannot write %s: %s", tmp, strerror(errno));
    uint64_t count = n;
    int ok = fwrite(&count, 8, 1, f) == 1 && (n == 0 || fwrite(keys, 8, n, f) == n);
    ok = (fflush(f) == 0) && ok;
    int saved = errno;
    ok = (fclose(f) == 0) && ok;
    if (!ok || rename(tmp, path) != 0) {
        if (ok)
            saved = errno;
        unlink(tmp);
        return omen_errorf(err, OMEN_EIO, "cannot write %s: %s", path, strerror(saved));
    }
    return OMEN_OK;
}
