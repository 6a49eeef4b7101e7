/* Timing: the loops that run a lookup stream against an index (checksummed,
 * so every run is validated), pinned threads, and the clock. */
#define _GNU_SOURCE /* pthread_setaffinity_np */
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
#include <time.h>
#include <omp.h>

#include "harness/timing.h"

double bench_now_sec(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

int bench_cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static const uint64_t MISS = 0x6A09E667F3BCC909ull; /* checksum term of a miss */

/* The answers for lookups [from, to) folded into one number; a sum, so it
 * does not depend on how the stream is split among threads. */
static uint64_t run_slice(const omen_index_vtable *vt, const omen_index *ix,
                          const omen_workload *w, size_t from, size_t to, size_t batch)
{
    uint64_t cs = 0;
    if (w->spec.kind == OMEN_WL_RANGE) {
        for (size_t i = from; i < to; i++) {
            omen_range_result r = omen_index_range(vt, ix, w->keys[i], w->his[i]);
            cs += r.count * 0x9E3779B97F4A7C15ull + r.sum;
        }
    } else if (batch && vt->get_batch) {
        uint64_t pay[256];
        uint8_t found[256];
        size_t step = batch < 256 ? batch : 256;
        for (size_t i = from; i < to; i += step) {
            size_t m = to - i < step ? to - i : step;
            vt->get_batch(ix, w->keys + i, m, pay, found);
            for (size_t k = 0; k < m; k++)
                cs += found[k] ? pay[k] : MISS;
        }
    } else {
        for (size_t i = from; i < to; i++) {
            uint64_t p;
            cs += omen_index_get(vt, ix, w->keys[i], &p) ? p : MISS;
        }
    }
    return cs;
}

static const uint64_t INSERT_TERM = 0x3C6EF372FE94F82Bull;

/* Mixed workload: inserts interleaved with point lookups of existing keys.
 * Inserted keys are all new, so the lookups' answers equal the oracle's on
 * the original data; a failed insert changes the checksum. */
static uint64_t run_mixed_slice(const omen_index_vtable *vt, omen_index *ix,
                                const omen_workload *w, size_t from, size_t to)
{
    uint64_t cs = 0;
    for (size_t i = from; i < to; i++) {
        if (w->is_insert[i]) {
            cs += vt->insert(ix, w->keys[i], omen_payload_of_rank(w->keys[i]), NULL) == OMEN_OK
                      ? INSERT_TERM
                      : 1;
        } else {
            uint64_t p;
            cs += omen_index_get(vt, ix, w->keys[i], &p) ? p : MISS;
        }
    }
    return cs;
}

/* Timed threads are pinned, thread t to the t-th CPU the thread may run on
 * (wrapping): a thread that migrates mid-pass loses its caches and TLB, one
 * of the larger sources of spread between runs on a small shared machine. Only
 * while timing: builds (pla streams its level 0 on every core) and the rest
 * run unpinned, which binding the whole process (OMP_PROC_BIND) would not
 * allow, since threads an index starts inherit the binding of the thread
 * that starts them. Returns 1 when *saved holds the mask to restore. */
static int pin_self(int t, cpu_set_t *saved)
{
    if (sched_getaffinity(0, sizeof *saved, saved) != 0)
        return 0;
    int count = CPU_COUNT(saved), want = t % (count ? count : 1), seen = 0;
    for (int c = 0; c < CPU_SETSIZE; c++) {
        if (!CPU_ISSET(c, saved) || seen++ != want)
            continue;
        cpu_set_t one;
        CPU_ZERO(&one);
        CPU_SET(c, &one);
        return pthread_setaffinity_np(pthread_self(), sizeof one, &one) == 0;
    }
    return 0;
}

/* One timed pass: `loops` times over the stream with `threads` threads;
 * returns wall seconds and sets *cs. Threads start together after a barrier.
 * A mixed workload inserts, so the index is not const. */
double bench_timed_pass(const bench_opts *o, const omen_index_vtable *vt, omen_index *ix,
                         const omen_workload *w, int threads, unsigned loops, uint64_t *cs)
{
    double t0 = 0, t1 = 0;
    uint64_t total = 0;
    int mixed = w->spec.kind == OMEN_WL_MIXED;
#pragma omp parallel num_threads(threads) reduction(+ : total)
    {
        int t = omp_get_thread_num(), nt = omp_get_num_threads();
        size_t from = w->count * (size_t)t / (size_t)nt;
        size_t to = w->count * (size_t)(t + 1) / (size_t)nt;
        cpu_set_t saved;
        int pinned = o->pin ? pin_self(t, &saved) : 0;
#pragma omp barrier
#pragma omp single
        t0 = bench_now_sec();
        for (unsigned l = 0; l < loops; l++)
            total += mixed ? run_mixed_slice(vt, ix, w, from, to)
                           : run_slice(vt, ix, w, from, to, o->batch);
#pragma omp barrier
#pragma omp single
        t1 = bench_now_sec();
        if (pinned)
            pthread_setaffinity_np(pthread_self(), sizeof saved, &saved);
    }
    *cs = total;
    return t1 - t0;
}

/* The checksum the oracle gives stream w: what every timed run of w must
 * match. For a mixed stream every insert counts as succeeded. */
uint64_t bench_oracle_checksum(const omen_index_vtable *oracle, const omen_index *oix,
                                const omen_workload *w)
{
    if (w->spec.kind != OMEN_WL_MIXED)
        return run_slice(oracle, oix, w, 0, w->count, 0);
    uint64_t cs = 0;
    for (size_t i = 0; i < w->count; i++) {
        uint64_t p;
        cs += w->is_insert[i] ? INSERT_TERM : omen_index_get(oracle, oix, w->keys[i], &p) ? p : MISS;
    }
    return cs;
}
