/* The read-write workloads' cells (load, rw, scan, delete, shift; see
 * datasets/workload_rw.c). Every pass bulk-loads a fresh index (untimed:
 * its time is the row's build_ms), runs the whole stream once on one thread,
 * folds every answer into a checksum that must equal the oracle's, and
 * records the index's size after the stream. The passes of all read-write
 * cells go round-robin, like the read-only ones.
 *
 * Latency: about one operation in RW_EVERY is timed on its own with the
 * monotonic clock (two reads, whose median cost is measured at start and
 * subtracted; its size is in docs/decisions.md); the others run untimed, so
 * the clock adds about 1/RW_EVERY of its cost per operation to throughput.
 * The gaps between timed operations are drawn at random (RW_EVERY/2 to
 * 3*RW_EVERY/2 - 1, the same draws every run): a fixed stride would time
 * the same phase of a periodic write path every time (dpgm's buffer of 256
 * fills every 256 inserts, so every merge was timed). The percentiles are
 * over the samples of all passes.
 *
 * --budget S: the first pass stops at the first multiple of OMEN_RW_CUT
 * operations after S seconds, and every pass runs that prefix (validated
 * against the oracle's checksum of the prefix), so a slow index (RocksDB)
 * runs a prefix of the same stream in the same round-robin passes. */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "harness/index_spec.h"
#include "harness/sweep.h"
#include "harness/timing.h"

enum { RW_EVERY = 32 };

/* The gap to the next timed operation: splitmix64 over a per-pass state. */
static size_t next_gap(uint64_t *state)
{
    uint64_t z = (*state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    z ^= z >> 31;
    return RW_EVERY / 2 + (size_t)(z % RW_EVERY);
}

static inline uint64_t now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

static int cmp_float(const void *a, const void *b)
{
    float x = *(const float *)a, y = *(const float *)b;
    return (x > y) - (x < y);
}

/* The median cost of timing nothing: subtracted from every sample. */
static double clock_cost_ns(void)
{
    float d[301];
    for (int i = 0; i < 301; i++) {
        uint64_t a = now_ns();
        uint64_t b = now_ns();
        d[i] = (float)(b - a);
    }
    qsort(d, 301, sizeof *d, cmp_float);
    return d[150];
}

/* One operation's checksum term; the oracle's terms are in workload.h. */
static inline uint64_t rw_op(const omen_index_vtable *vt, omen_index *ix, const omen_workload *w,
                             size_t i, omen_error *err)
{
    uint64_t p;
    switch (w->ops[i]) {
    case OMEN_OP_GET:
        return omen_index_get(vt, ix, w->keys[i], &p) ? p : OMEN_RW_MISS;
    case OMEN_OP_INSERT: /* his[i]: the payload */
        return vt->insert(ix, w->keys[i], w->his[i], err) == OMEN_OK ? OMEN_RW_INSERTED : 1;
    case OMEN_OP_ERASE: {
        int rc = vt->erase(ix, w->keys[i], err);
        return rc == 1 ? OMEN_RW_ERASED : rc == 0 ? OMEN_RW_NOT_ERASED : 2;
    }
    default: {
        omen_range_result r = omen_index_range(vt, ix, w->keys[i], w->his[i]);
        return r.count * OMEN_RW_SCAN_COUNT + r.sum;
    }
    }
}

/* The timed stream's first *count operations, or (limit > 0) fewer, a
 * multiple of OMEN_RW_CUT, when limit seconds have passed; returns wall
 * seconds, sets *cs and *count and appends the latency samples (ns). */
static double rw_stream(const omen_index_vtable *vt, omen_index *ix, const omen_workload *w,
                        size_t *count, double limit, float *lat, size_t *nlat, double cost,
                        uint64_t *cs, int pass)
{
    omen_error err;
    uint64_t sum = 0, state = (uint64_t)pass;
    size_t nl = *nlat, n = *count, i, timed = next_gap(&state) - RW_EVERY / 2;
    double t0 = bench_now_sec();
    for (i = 0; i < n; i++) {
        if (limit > 0 && i % OMEN_RW_CUT == 0 && i && bench_now_sec() - t0 > limit)
            break;
        if (i == timed) {
            timed += next_gap(&state);
            uint64_t a = now_ns();
            sum += rw_op(vt, ix, w, i, &err);
            double d = (double)(now_ns() - a) - cost;
            lat[nl++] = d > 0 ? (float)d : 0.0f;
        } else {
            sum += rw_op(vt, ix, w, i, &err);
        }
    }
    double t = bench_now_sec() - t0;
    *nlat = nl;
    *cs = sum;
    *count = i;
    return t;
}

int measure_rw_only(const bench_opts *o)
{
    for (size_t w = 0; w < o->workload.n; w++) {
        omen_workload_spec ws;
        omen_error err;
        if (omen_workload_parse(o->workload.v[w], &ws, &err) || !omen_workload_is_rw(ws.kind))
            return 0;
    }
    return 1;
}

int measure_rw_resolve(const bench_opts *o, size_t x, built *b, omen_error *err)
{
    omen_index_spec spec;
    if (omen_index_spec_resolve(o->index.v[x], &spec, err))
        return err->code;
    b->vt = spec.vt;
    b->params = spec.params;
    return OMEN_OK;
}

const char *measure_rw_skip(const omen_workload *w, const omen_index_vtable *vt, int threads)
{
    if (!vt->insert)
        return "inserts, and the index cannot insert";
    if (w->spec.kind == OMEN_WL_DELETE && !vt->erase)
        return "erases, and the index cannot erase";
    if (threads != 1)
        return "runs on one thread (btree_dyn, dpgm and gapped take one writer and no reads "
               "meanwhile)";
    return NULL;
}

int measure_rw_pass(const bench_opts *o, cell *c, int r, omen_error *err)
{
    const omen_workload *w = c->full;
    const omen_index_vtable *vt = c->b->vt;
    measure_select_isa(o, c->isa);
    if (!c->lat) {
        c->wv = *w;
        c->loops = 1;
        c->clock_cost = clock_cost_ns();
        c->lat = malloc(((w->count / (RW_EVERY / 2) + 1) * (size_t)o->repeat) * sizeof *c->lat);
        c->builds = calloc((size_t)o->repeat, sizeof *c->builds);
        if (!c->lat || !c->builds)
            return omen_errorf(err, OMEN_ENOMEM, "out of memory");
    }
    omen_index *ix = NULL;
    double t0 = bench_now_sec();
    int rc = vt->build(w->bulk_keys, w->bulk_payloads, w->bulk_n, c->b->params, &ix, err);
    if (rc)
        return rc;
    c->builds[r] = (bench_now_sec() - t0) * 1e3;
    uint64_t cs;
    size_t n = c->wv.count;
    c->samples[r] = rw_stream(vt, ix, w, &n, r == 0 ? o->budget : 0, c->lat, &c->nlat,
                              c->clock_cost, &cs, r);
    c->wv.count = n;
    c->valid &= cs == (n == w->count ? w->expect : w->expect_at[n / OMEN_RW_CUT]);
    if (vt->read_error)
        rc = vt->read_error(ix, err);
    c->size_after = vt->size_bytes(ix);
    vt->free(ix);
    return rc;
}

static double nearest_rank(const float *v, size_t n, double q)
{
    if (n == 0)
        return 0;
    size_t k = (size_t)(q * (double)n);
    return v[k < n ? k : n - 1];
}

void measure_rw_finish(const bench_opts *o, cell *c, bench_row *row)
{
    qsort(c->lat, c->nlat, sizeof *c->lat, cmp_float);
    row->has_lat = 1;
    row->p50_ns = nearest_rank(c->lat, c->nlat, 0.50);
    row->p99_ns = nearest_rank(c->lat, c->nlat, 0.99);
    row->p999_ns = nearest_rank(c->lat, c->nlat, 0.999);
    size_t n = c->wv.count;
    row->keys_after = n == c->full->count ? c->full->keys_after : c->full->keys_at[n / OMEN_RW_CUT];
    row->size_bytes = c->size_after;
    qsort(c->builds, (size_t)o->repeat, sizeof *c->builds, bench_cmp_double);
    row->build_ms = c->builds[o->repeat / 2];
    free(c->lat);
    free(c->builds);
    c->lat = NULL;
    c->builds = NULL;
}
