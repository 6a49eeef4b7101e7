/* What omen-bench was built from and against, recorded at build time (the
 * commit and dirty flag of the tree, RocksDB's version and build), for
 * provenance. */
#ifndef OMEN_BUILD_INFO_H
#define OMEN_BUILD_INFO_H

/* The git commit of the sources at build time, or "unknown". */
const char *bench_build_commit(void);
/* 1 when the code differed from that commit, 0 when not, -1 unknown. */
int bench_build_dirty(void);
/* RocksDB's version from the headers built against, e.g. "7.8.3". */
const char *bench_rocksdb_version(void);
/* The RocksDB shared library this process loaded (its real path). */
const char *bench_rocksdb_library(void);
/* 1 when the library linked at configure time calls __assert_fail (built
 * with assertions on), 0 when not, -1 unknown. */
int bench_rocksdb_assertions(void);

#endif
