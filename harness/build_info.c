/* Build-time facts for provenance (harness/build_info.h). The commit comes
 * from a header the build regenerates whenever the tree's commit or dirty
 * state changes (harness/build_info.cmake), so a binary reports the tree it
 * was built from, not the tree at the time it runs. */
#define _GNU_SOURCE /* dladdr */
#include <dlfcn.h>
#include <limits.h>
#include <stdlib.h>

#include <rocksdb/c.h>

#include "harness/build_info.h"
#include "omen_build_info.h"

#ifndef OMEN_ROCKSDB_VERSION
#define OMEN_ROCKSDB_VERSION "unknown"
#endif
#ifndef OMEN_ROCKSDB_ASSERTIONS
#define OMEN_ROCKSDB_ASSERTIONS -1
#endif

const char *bench_build_commit(void)
{
    return OMEN_BUILD_COMMIT;
}

int bench_build_dirty(void)
{
    return OMEN_BUILD_DIRTY;
}

const char *bench_rocksdb_version(void)
{
    return OMEN_ROCKSDB_VERSION;
}

const char *bench_rocksdb_library(void)
{
    static char path[PATH_MAX];
    Dl_info info;
    if (!path[0]) {
        if (dladdr((void *)rocksdb_options_create, &info) && info.dli_fname &&
            realpath(info.dli_fname, path))
            return path;
        return "unknown";
    }
    return path;
}

int bench_rocksdb_assertions(void)
{
    return OMEN_ROCKSDB_ASSERTIONS;
}
