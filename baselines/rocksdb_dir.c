/* The database directory of the rocksdb variant (dir=, see baselines/rocksdb.c):
 * making or checking it, the marker that says omen wrote it, and removing
 * only what RocksDB or omen wrote. */
#define _XOPEN_SOURCE 700 /* mkdtemp, nftw */

#include "baselines/rocksdb_dir.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Files RocksDB (or this file) writes in a database directory; nothing
 * else is ever deleted from a directory omen did not create. */
static int is_db_file(const char *name)
{
    static const char *const exact[] = {"CURRENT", "IDENTITY", "LOCK", "LOG", MARKER, NULL};
    static const char *const prefix[] = {"LOG.old.", "MANIFEST-", "OPTIONS-", "omen-bulk-",
                                         NULL};
    static const char *const suffix[] = {".sst", ".log", ".blob", ".dbtmp", NULL};
    size_t len = strlen(name);
    for (size_t i = 0; exact[i]; i++)
        if (strcmp(name, exact[i]) == 0)
            return 1;
    for (size_t i = 0; prefix[i]; i++)
        if (strncmp(name, prefix[i], strlen(prefix[i])) == 0)
            return 1;
    for (size_t i = 0; suffix[i]; i++) {
        size_t sl = strlen(suffix[i]);
        if (len > sl && strcmp(name + len - sl, suffix[i]) == 0 &&
            strspn(name, "0123456789") == len - sl)
            return 1;
    }
    return 0;
}

int omen_rocksdb_dir_scan(const char *dir, omen_rocksdb_dir_contents *s)
{
    memset(s, 0, sizeof *s);
    DIR *d = opendir(dir);
    if (!d)
        return -1;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        s->entries++;
        if (!is_db_file(e->d_name))
            s->foreign++;
        if (strcmp(e->d_name, "CURRENT") == 0)
            s->has_current = 1;
        if (strcmp(e->d_name, MARKER) == 0)
            s->has_marker = 1;
    }
    closedir(d);
    return 0;
}

/* Deletes the database files in dir and nothing else. */
void omen_rocksdb_dir_clear(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d)
        return;
    int fd = dirfd(d);
    struct dirent *e;
    while ((e = readdir(d)) != NULL)
        if (is_db_file(e->d_name))
            unlinkat(fd, e->d_name, 0);
    closedir(d);
}

static int remove_entry(const char *path, const struct stat *sb, int flag, struct FTW *ftw)
{
    (void)sb, (void)flag, (void)ftw;
    remove(path);
    return 0; /* carry on: remove as much as can be removed */
}

void omen_rocksdb_dir_remove(const char *dir)
{
    nftw(dir, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
}

/* Sums the sizes of the database's files; the info LOG and the marker are
 * diagnostics, not data. */
size_t omen_rocksdb_dir_bytes(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d)
        return 0;
    int fd = dirfd(d);
    size_t total = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (strcmp(e->d_name, "LOG") == 0 || strncmp(e->d_name, "LOG.old.", 8) == 0 ||
            strcmp(e->d_name, MARKER) == 0)
            continue;
        struct stat st;
        if (fstatat(fd, e->d_name, &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISREG(st.st_mode))
            total += (size_t)st.st_size;
    }
    closedir(d);
    return total;
}

/* Makes or checks the directory. *fresh says the directory was made here
 * (remove it on failure); otherwise it existed and holds nothing or an
 * earlier omen database. */
int omen_rocksdb_dir_prepare(char *dir, size_t cap, const char *given, int *fresh,
                             omen_error *err)
{
    *fresh = 0;
    if (!given[0]) {
        const char *tmp = getenv("TMPDIR");
        if (!tmp || !tmp[0])
            tmp = "/tmp";
        int len = snprintf(dir, cap, "%s/omen-rocksdb-XXXXXX", tmp);
        if (len < 0 || (size_t)len >= cap)
            return omen_errorf(err, OMEN_EINVAL, "rocksdb: TMPDIR is too long: %s", tmp);
        if (!mkdtemp(dir))
            return omen_errorf(err, OMEN_EIO,
                               "rocksdb: cannot create a temporary directory in %s: %s; set "
                               "TMPDIR to a writable directory or give dir=",
                               tmp, strerror(errno));
        *fresh = 1;
        return OMEN_OK;
    }
    snprintf(dir, cap, "%s", given);
    struct stat st;
    if (stat(dir, &st) != 0) {
        if (errno != ENOENT)
            return omen_errorf(err, OMEN_EIO, "rocksdb: cannot use dir=%s: %s", dir,
                               strerror(errno));
        if (mkdir(dir, 0777) != 0) {
            int e = errno;
            if (e == ENOENT)
                return omen_errorf(err, OMEN_EIO,
                                   "rocksdb: cannot create directory %s: its parent directory "
                                   "does not exist; create the parent first or give another "
                                   "dir=",
                                   dir);
            if (e == EACCES || e == EPERM || e == EROFS)
                return omen_errorf(err, OMEN_EIO,
                                   "rocksdb: cannot create directory %s: %s; give dir= a "
                                   "place you can write to",
                                   dir, strerror(e));
            return omen_errorf(err, OMEN_EIO,
                               "rocksdb: cannot create directory %s: %s; give another dir=",
                               dir, strerror(e));
        }
        *fresh = 1;
        return OMEN_OK;
    }
    if (!S_ISDIR(st.st_mode))
        return omen_errorf(err, OMEN_EIO,
                           "rocksdb: dir=%s is not a directory (a file is in the way); "
                           "remove it or give another dir=",
                           dir);
    if (access(dir, W_OK | X_OK) != 0)
        return omen_errorf(err, OMEN_EIO,
                           "rocksdb: directory %s is not writable: %s; fix its permissions "
                           "or give another dir=",
                           dir, strerror(errno));
    omen_rocksdb_dir_contents s;
    if (omen_rocksdb_dir_scan(dir, &s) != 0)
        return omen_errorf(err, OMEN_EIO, "rocksdb: cannot read directory %s: %s", dir,
                           strerror(errno));
    if (s.foreign)
        return omen_errorf(err, OMEN_EIO,
                           "rocksdb: directory %s is not empty and holds files that are not "
                           "an omen RocksDB database; give an empty or new dir=",
                           dir);
    if (s.entries && !s.has_marker)
        return omen_errorf(err, OMEN_EIO,
                           "rocksdb: directory %s holds a RocksDB database omen did not "
                           "write; omen will not replace it; give an empty or new dir=",
                           dir);
    return OMEN_OK;
}

int omen_rocksdb_dir_mark(const char *dir, omen_error *err)
{
    char path[1200];
    snprintf(path, sizeof path, "%s/%s", dir, MARKER);
    FILE *f = fopen(path, "w");
    if (!f)
        return omen_errorf(err, OMEN_EIO, "rocksdb: cannot write %s: %s", path,
                           strerror(errno));
    fputs("This directory holds a RocksDB database written by omen's rocksdb index;\n"
          "the next omen build given this directory replaces it.\n",
          f);
    if (fclose(f) != 0)
        return omen_errorf(err, OMEN_EIO, "rocksdb: cannot write %s: %s", path,
                           strerror(errno));
    return OMEN_OK;
}

