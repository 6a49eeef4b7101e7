/* The database directory of the rocksdb variant: making or checking it, the
 * marker that says omen wrote it, and removing only what RocksDB or omen
 * wrote (baselines/rocksdb_dir.c). */
#ifndef OMEN_ROCKSDB_DIR_H
#define OMEN_ROCKSDB_DIR_H

#include <stddef.h>

#include "common/error.h"

/* Left in every directory omen fills, so a later build may replace it. */
#define MARKER "OMEN-ROCKSDB"

typedef struct omen_rocksdb_dir_contents {
    int entries, foreign, has_current, has_marker;
} omen_rocksdb_dir_contents;

/* Counts dir's entries, those neither RocksDB nor omen writes (foreign), and
 * whether CURRENT and the marker are there; -1 if dir cannot be read. */
int omen_rocksdb_dir_scan(const char *dir, omen_rocksdb_dir_contents *s);
/* Makes a temporary directory (given "") or the given one, or checks that
 * the given one holds nothing or an earlier omen database; its path goes
 * into dir[cap]. *fresh says it was made here (remove it on failure). */
int omen_rocksdb_dir_prepare(char *dir, size_t cap, const char *given, int *fresh,
                             omen_error *err);
/* Writes the marker. */
int omen_rocksdb_dir_mark(const char *dir, omen_error *err);
/* Deletes the database files in dir and nothing else. */
void omen_rocksdb_dir_clear(const char *dir);
/* Removes dir and everything in it (a directory this build made). */
void omen_rocksdb_dir_remove(const char *dir);
/* Bytes of the database's files, not its info LOG or the marker. */
size_t omen_rocksdb_dir_bytes(const char *dir);

#endif
