/* omen-bench --describe: the shape of each dataset, so a reader sees why an
 * index behaves as it does on it. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "datasets/dataset.h"
#include "harness/bench.h"
#include "harness/describe.h"
#include "indexes/pla.h"

/* The densest window a whole 1/den of [min, max] wide: two pointers over the
 * sorted keys, each key entering and leaving once. */
static size_t densest_window(const uint64_t *k, size_t n, size_t den)
{
    if (n == 0)
        return 0;
    uint64_t w = (k[n - 1] - k[0]) / den, best = 0;
    for (size_t i = 0, j = 0; j < n; j++) {
        while (k[j] - k[i] > w)
            i++;
        best = j + 1 - i > best ? j + 1 - i : best;
    }
    return best;
}

int bench_shape_of(const uint64_t *keys, size_t n, bench_shape *s, omen_error *err)
{
    memset(s, 0, sizeof *s);
    s->n = n;
    if (n == 0)
        return OMEN_OK;
    s->min = keys[0];
    s->max = keys[n - 1];
    s->distinct = 1;
    for (size_t i = 1; i < n; i++) {
        uint64_t gap = keys[i] - keys[i - 1];
        s->distinct += gap != 0;
        s->max_gap = gap > s->max_gap ? gap : s->max_gap;
    }
    s->dup_share = (double)(n - s->distinct) / (double)n;
    s->dense1_share = (double)densest_window(keys, n, 100) / (double)n;
    size_t seg32, seg4096;
    int rc = omen_pla_count_segments(keys, n, 32, &seg32, err);
    if (!rc)
        rc = omen_pla_count_segments(keys, n, 4096, &seg4096, err);
    if (rc)
        return rc;
    s->pla32_per_m = (double)seg32 * 1e6 / (double)n;
    s->pla4096_per_m = (double)seg4096 * 1e6 / (double)n;
    return OMEN_OK;
}

static const char *const header =
    "dataset,n,distinct,dup_share,min,max,max_gap,pla32_per_m,pla4096_per_m,dense1_share";

static void write_csv_row(FILE *f, const char *name, const bench_shape *s)
{
    /* Names are file paths or DIST:N: quote them, as CSV wants for commas. */
    fputc('"', f);
    for (const char *c = name; *c; c++)
        fprintf(f, *c == '"' ? "\"\"" : "%c", *c);
    fprintf(f, "\",%zu,%zu,%.6f,%llu,%llu,%llu,%.3f,%.3f,%.6f\n", s->n, s->distinct,
            s->dup_share, (unsigned long long)s->min, (unsigned long long)s->max,
            (unsigned long long)s->max_gap, s->pla32_per_m, s->pla4096_per_m, s->dense1_share);
}

static void print_row(const char *name, const bench_shape *s)
{
    printf("%-28s %12zu %12zu %6.1f%% %20llu %20llu %20llu %10.1f %10.2f %6.1f%%\n", name, s->n,
           s->distinct, 100 * s->dup_share, (unsigned long long)s->min,
           (unsigned long long)s->max, (unsigned long long)s->max_gap, s->pla32_per_m,
           s->pla4096_per_m, 100 * s->dense1_share);
}

/* The CDF in CDF_POINTS evenly spaced ranks, for plots: rank fraction, key. */
enum { CDF_POINTS = 1000 };

static void write_cdf(FILE *f, const char *name, const omen_dataset *d)
{
    for (size_t p = 0; d->n && p <= CDF_POINTS; p++) {
        size_t r = (size_t)((double)(d->n - 1) * (double)p / CDF_POINTS);
        fprintf(f, "\"%s\",%.6f,%llu\n", name, (double)r / (double)(d->n > 1 ? d->n - 1 : 1),
                (unsigned long long)d->keys[r]);
    }
}

/* path through path.tmp.PID and a rename; f is the open temporary file. */
static FILE *open_tmp(const char *path, char *tmp, size_t cap, omen_error *err)
{
    snprintf(tmp, cap, "%s.tmp.%ld", path, (long)getpid());
    FILE *f = fopen(tmp, "w");
    if (!f)
        omen_errorf(err, OMEN_EIO, "--describe: cannot write %s", tmp);
    return f;
}

static int close_tmp(FILE *f, const char *tmp, const char *path, omen_error *err)
{
    int bad = ferror(f) | fclose(f);
    if (bad || rename(tmp, path) != 0) {
        unlink(tmp);
        return omen_errorf(err, OMEN_EIO, "--describe: cannot write %s", path);
    }
    return OMEN_OK;
}

int bench_describe(const bench_opts *o, omen_error *err)
{
    char tmp[4300], tmp_cdf[4300], cdf_path[4200];
    FILE *csv = NULL, *cdf = NULL;
    if (o->out) {
        snprintf(cdf_path, sizeof cdf_path, "%s.cdf.csv", o->out);
        if (!(csv = open_tmp(o->out, tmp, sizeof tmp, err)))
            return err->code;
        if (!(cdf = open_tmp(cdf_path, tmp_cdf, sizeof tmp_cdf, err))) {
            fclose(csv);
            unlink(tmp);
            return err->code;
        }
        fprintf(csv, "%s\n", header);
        fprintf(cdf, "dataset,rank_frac,key\n");
    } else {
        printf("%-28s %12s %12s %7s %20s %20s %20s %10s %10s %7s\n", "dataset", "n", "distinct",
               "dups", "min", "max", "largest gap", "pla32/M", "pla4096/M", "dense1%");
    }
    int rc = OMEN_OK;
    for (size_t i = 0; !rc && i < o->data.n; i++) {
        omen_dataset d;
        bench_shape s;
        if ((rc = omen_dataset_open(o->data.v[i], &d, err)))
            break;
        rc = bench_shape_of(d.keys, d.n, &s, err);
        if (!rc && csv) {
            write_csv_row(csv, o->data.v[i], &s);
            write_cdf(cdf, o->data.v[i], &d);
        } else if (!rc) {
            print_row(o->data.v[i], &s);
        }
        omen_dataset_free(&d);
    }
    if (csv) {
        if (rc) {
            fclose(csv);
            fclose(cdf);
            unlink(tmp);
            unlink(tmp_cdf);
        } else if (!(rc = close_tmp(csv, tmp, o->out, err))) {
            rc = close_tmp(cdf, tmp_cdf, cdf_path, err);
        } else {
            fclose(cdf);
            unlink(tmp_cdf);
        }
    }
    return rc;
}
