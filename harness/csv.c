/* Reads result CSVs back: the columns omen-bench writes, by header name, so
 * files with extra or reordered columns still load. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness/bench.h"

enum { MAX_FIELDS = 64 };

/* Splits one CSV line in place (RFC 4180 quoting); returns the field count. */
static int split_csv(char *line, char **fields)
{
    int n = 0;
    char *s = line;
    for (;;) {
        if (n == MAX_FIELDS)
            return n;
        if (*s == '"') {
            char *w = ++s;
            fields[n++] = w;
            for (;;) {
                if (*s == '\0')
                    break;
                if (*s == '"' && s[1] == '"') {
                    *w++ = '"';
                    s += 2;
                } else if (*s == '"') {
                    s++;
                    break;
                } else {
                    *w++ = *s++;
                }
            }
            *w = '\0';
            if (*s == ',') {
                s++;
                continue;
            }
            return n;
        }
        fields[n++] = s;
        char *comma = strchr(s, ',');
        if (!comma)
            return n;
        *comma = '\0';
        s = comma + 1;
    }
}

int bench_same_cell(const bench_row *a, const bench_row *b)
{
    return !strcmp(a->dataset, b->dataset) && !strcmp(a->index, b->index) &&
           !strcmp(a->params, b->params) && !strcmp(a->workload, b->workload) &&
           a->threads == b->threads && !strcmp(a->isa, b->isa);
}

int bench_read_csv(const char *path, bench_rows *rows, omen_error *err)
{
    FILE *f = fopen(path, "r");
    if (!f)
        return omen_errorf(err, OMEN_EIO, "cannot read %s: %s", path, strerror(errno));
    static const char *const names[] = {"dataset",  "n",         "dataset_hash", "index",
                                        "params",   "workload",  "threads",      "isa",
                                        "ops",      "ns_per_op", "mops",         "ns_min",
                                        "ns_max",   "build_ms",  "size_bytes",   "valid",
                                        "cv",       "oversubscribed", "mean_abs_error",
                                        "max_abs_error", "models", "rel_ns", "rel_min",
                                        "rel_max", "p50_ns", "p99_ns", "p999_ns",
                                        "keys_after"};
    enum { NCOL = sizeof names / sizeof names[0] };
    int col[NCOL];
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    size_t lineno = 0;
    int rc = OMEN_OK;
    while ((len = getline(&line, &cap, f)) > 0) {
        lineno++;
        line[strcspn(line, "\r\n")] = '\0';
        char *fld[MAX_FIELDS];
        int nf = split_csv(line, fld);
        if (lineno == 1) {
            for (int c = 0; c < NCOL; c++) {
                col[c] = -1;
                for (int k = 0; k < nf; k++)
                    if (!strcmp(fld[k], names[c]))
                        col[c] = k;
                if (col[c] < 0 && c < 16) {
                    rc = omen_errorf(err, OMEN_EINVAL,
                                     "%s: not an omen-bench CSV (no column '%s' in the header)",
                                     path, names[c]);
                    goto out;
                }
            }
            continue;
        }
        if (line[0] == '\0')
            continue;
        if (nf < 16) {
            rc = omen_errorf(err, OMEN_EINVAL, "%s:%zu: %d fields, expected at least 16",
                             path, lineno, nf);
            goto out;
        }
#define F(c) (col[c] >= 0 && col[c] < nf ? fld[col[c]] : "")
        bench_row r;
        memset(&r, 0, sizeof r);
        snprintf(r.dataset, sizeof r.dataset, "%s", F(0));
        r.n = strtoull(F(1), NULL, 10);
        r.dataset_hash = strtoull(F(2), NULL, 16);
        snprintf(r.index, sizeof r.index, "%s", F(3));
        snprintf(r.params, sizeof r.params, "%s", F(4));
        snprintf(r.workload, sizeof r.workload, "%s", F(5));
        r.threads = atoi(F(6));
        snprintf(r.isa, sizeof r.isa, "%s", F(7));
        r.ops = strtoull(F(8), NULL, 10);
        r.ns_per_op = strtod(F(9), NULL);
        r.mops = strtod(F(10), NULL);
        r.ns_min = strtod(F(11), NULL);
        r.ns_max = strtod(F(12), NULL);
        r.build_ms = strtod(F(13), NULL);
        r.size_bytes = strtoull(F(14), NULL, 10);
        r.valid = !strcmp(F(15), "true");
        r.cv = strtod(F(16), NULL);
        r.oversubscribed = !strcmp(F(17), "true");
        r.has_stats = F(18)[0] != '\0';
        r.mean_err = strtod(F(18), NULL);
        r.max_err = strtoull(F(19), NULL, 10);
        r.models = strtoull(F(20), NULL, 10);
        r.has_rel = F(21)[0] != '\0';
        r.rel_ns = strtod(F(21), NULL);
        r.rel_min = strtod(F(22), NULL);
        r.rel_max = strtod(F(23), NULL);
        /* Files from before the read-write workloads have no such columns. */
        r.has_lat = F(24)[0] != '\0';
        r.p50_ns = strtod(F(24), NULL);
        r.p99_ns = strtod(F(25), NULL);
        r.p999_ns = strtod(F(26), NULL);
        r.keys_after = strtoull(F(27), NULL, 10);
#undef F
        if (bench_rows_push(rows, &r)) {
            rc = omen_errorf(err, OMEN_ENOMEM, "out of memory");
            goto out;
        }
    }
    if (lineno == 0)
        rc = omen_errorf(err, OMEN_EINVAL, "%s: empty file, not an omen-bench CSV", path);
out:
    free(line);
    fclose(f);
    return rc;
}
