/* omen-compare BEFORE.csv AFTER.csv: per (dataset, index, params, workload,
 * threads, isa), the ratio of median ns per op, marked where the change is
 * bigger than both rows' spreads (min..max over the repeats do not overlap).
 * The tool that shows a change made something faster, or did not. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness/bench.h"

static void usage(void)
{
    fputs("usage: omen-compare BEFORE.csv AFTER.csv\n"
          "Prints after/before ratios of median ns per op for every row the two omen-bench\n"
          "CSV files share. 'faster'/'slower' mark changes beyond both rows' min..max\n"
          "spread; '~' means within the noise. Exit status 0 unless a file is unreadable.\n",
          stderr);
}

int main(int argc, char **argv)
{
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
           "isa", "before ns", "after ns", "ratio", "verdict");
    double log_sum = 0;
    size_t matched = 0, faster = 0, slower = 0;
    for (size_t i = 0; i < a.n; i++) {
        const bench_row *x = &a.v[i];
        const bench_row *y = NULL;
        for (size_t j = 0; j < b.n && !y; j++)
            if (bench_same_cell(x, &b.v[j]))
                y = &b.v[j];
        if (!y)
            continue;
        double ratio = y->ns_per_op / x->ns_per_op;
        const char *verdict = "~";
        if (y->ns_max < x->ns_min) {
            verdict = "faster";
            faster++;
        } else if (y->ns_min > x->ns_max) {
            verdict = "slower";
            slower++;
        }
        char idx[600];
        snprintf(idx, sizeof idx, "%s%s%s", x->index, x->params[0] ? ":" : "", x->params);
        printf("%-28s %-24s %-10s %3d %-7s %10.1f %10.1f %7.3f  %s%s\n", x->dataset, idx,
               x->workload, x->threads, x->isa, x->ns_per_op, y->ns_per_op, ratio, verdict,
               x->valid && y->valid ? "" : " (INVALID row)");
        log_sum += log(ratio);
        matched++;
    }
    if (matched)
        printf("\n%zu rows compared: %zu faster, %zu slower, %zu within spread; geometric mean "
               "ratio %.3f (after/before ns per op; < 1 is faster)\n",
               matched, faster, slower, matched - faster - slower, exp(log_sum / matched));
    else
        printf("no rows in common\n");
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
