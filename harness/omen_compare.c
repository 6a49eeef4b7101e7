/* omen-compare BEFORE.csv AFTER.csv: per (dataset, index, params, workload,
 * threads, isa), the ratio of median ns per op, marked where the change is
 * bigger than both rows' spreads (min..max over the repeats do not overlap).
 * The tool that shows a change made something faster, or did not.
 * --relative compares rel_ns instead (each row's time over its pass's
 * binsearch row's), which a drift of the whole host between runs leaves
 * unchanged. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness/bench.h"

static void usage(void)
{
    fputs("usage: omen-compare [--relative] BEFORE.csv AFTER.csv\n"
          "Prints after/before ratios of median ns per op for every row the two omen-bench\n"
          "CSV files share. 'faster'/'slower' mark changes beyond both rows' min..max\n"
          "spread; '~' means within the noise. --relative compares rel_ns (time over the\n"
          "same pass's binsearch row) instead, so a drift of the whole machine between the\n"
          "runs cancels; rows without rel_ns are left out. Exit status 0 unless a file is\n"
          "unreadable.\n",
          stderr);
}

/* The compared figure of a row: median, min, max (ns, or rel_ns). */
static int figure(const bench_row *r, int relative, double *med, double *lo, double *hi)
{
    if (relative && !r->has_rel)
        return 0;
    *med = relative ? r->rel_ns : r->ns_per_op;
    *lo = relative ? r->rel_min : r->ns_min;
    *hi = relative ? r->rel_max : r->ns_max;
    return 1;
}

int main(int argc, char **argv)
{
    int relative = argc > 1 && !strcmp(argv[1], "--relative");
    if (relative) {
        argv++;
        argc--;
    }
    if (argc != 3 || !strcmp(argv[1], "--help")) {
        usage();
        return argc == 2 && !strcmp(argv[1], "--help") ? 0 : 2;
    }
    bench_rows a = {0}, b = {0};
    omen_error err;
    if (bench_read_csv(argv[1], &a, &err) || bench_read_csv(argv[2], &b, &err)) {
        fprintf(stderr, "omen-compare: %s\n", err.msg);
        return 2;
    }
    printf("%-28s %-24s %-10s %3s %-7s %10s %10s %7s  %s\n", "dataset", "index", "workload", "thr",
           "isa", relative ? "before rel" : "before ns", relative ? "after rel" : "after ns",
           "ratio", "verdict");
    double log_sum = 0;
    size_t matched = 0, faster = 0, slower = 0, no_rel = 0;
    for (size_t i = 0; i < a.n; i++) {
        const bench_row *x = &a.v[i];
        const bench_row *y = NULL;
        for (size_t j = 0; j < b.n && !y; j++)
            if (bench_same_cell(x, &b.v[j]))
                y = &b.v[j];
        if (!y)
            continue;
        double xm, xl, xh, ym, yl, yh;
        if (!figure(x, relative, &xm, &xl, &xh) || !figure(y, relative, &ym, &yl, &yh)) {
            no_rel++;
            continue;
        }
        double ratio = ym / xm;
        const char *verdict = "~";
        if (yh < xl) {
            verdict = "faster";
            faster++;
        } else if (yl > xh) {
            verdict = "slower";
            slower++;
        }
        char idx[600];
        snprintf(idx, sizeof idx, "%s%s%s", x->index, x->params[0] ? ":" : "", x->params);
        printf(relative ? "%-28s %-24s %-10s %3d %-7s %10.4f %10.4f %7.3f  %s%s\n"
                        : "%-28s %-24s %-10s %3d %-7s %10.1f %10.1f %7.3f  %s%s\n",
               x->dataset, idx, x->workload, x->threads, x->isa, xm, ym, ratio, verdict,
               x->valid && y->valid ? "" : " (INVALID row)");
        log_sum += log(ratio);
        matched++;
    }
    if (matched)
        printf("\n%zu rows compared: %zu faster, %zu slower, %zu within spread; geometric mean "
               "ratio %.3f (after/before %s; < 1 is faster)\n",
               matched, faster, slower, matched - faster - slower, exp(log_sum / matched),
               relative ? "rel_ns" : "ns per op");
    else
        printf("no rows in common\n");
    if (no_rel)
        printf("%zu shared rows have no rel_ns in one of the files (no binsearch row in their "
               "pass): left out\n", no_rel);
    size_t only_a = 0, only_b = 0;
    for (size_t i = 0; i < a.n; i++) {
        int found = 0;
        for (size_t j = 0; j < b.n && !found; j++)
            found = bench_same_cell(&a.v[i], &b.v[j]);
        only_a += !found;
    }
    for (size_t j = 0; j < b.n; j++) {
        int found = 0;
        for (size_t i = 0; i < a.n && !found; i++)
            found = bench_same_cell(&a.v[i], &b.v[j]);
        only_b += !found;
    }
    if (only_a || only_b)
        printf("%zu rows only in %s, %zu only in %s\n", only_a, argv[1], only_b, argv[2]);
    free(a.v);
    free(b.v);
    return 0;
}
