/* harness/checkpoint.c: the OUT.partial checkpoint and --resume. */
#ifndef OMEN_CHECKPOINT_H
#define OMEN_CHECKPOINT_H

#include <stddef.h>

#include "harness/bench.h"

/* OUT.partial, where the finished rows of a running sweep are kept. */
void bench_partial_path(const char *out, char *buf, size_t cap);
/* 1 when rows already holds the cell key names. */
int bench_cell_done(const bench_rows *rows, const bench_row *key);
/* --resume: adds to rows those of the checkpoint (partial) of an interrupted
 * run, else of a finished CSV --out. */
int bench_checkpoint_load(const bench_opts *o, const char *partial, bench_rows *rows,
                          omen_error *err);
/* Removes the checkpoint once the final file is in place. */
void bench_checkpoint_drop(const bench_opts *o);

#endif
