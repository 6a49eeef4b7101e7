/* Result files: CSV (design reference columns), JSON and Markdown, each with
 * provenance (harness/provenance.c), written to a temporary name and renamed
 * into place. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "harness/bench.h"

static const char *const columns =
    "dataset,n,dataset_hash,index,params,workload,threads,isa,ops,ns_per_op,mops,"
    "ns_min,ns_max,build_ms,size_bytes,valid,cv,oversubscribed,mean_abs_error,max_abs_error,"
    "models,rel_ns,rel_min,rel_max,p50_ns,p99_ns,p999_ns,keys_after";

static void csv_field(FILE *f, const char *s)
{
    if (strpbrk(s, ",\"\n")) {
        fputc('"', f);
        for (; *s; s++) {
            if (*s == '"')
                fputc('"', f);
            fputc(*s, f);
        }
        fputc('"', f);
    } else {
        fputs(s, f);
    }
}

static void write_csv_row(FILE *f, const bench_row *r)
{
    csv_field(f, r->dataset);
    fprintf(f, ",%zu,%016llx,", r->n, (unsigned long long)r->dataset_hash);
    csv_field(f, r->index);
    fputc(',', f);
    csv_field(f, r->params);
    fputc(',', f);
    csv_field(f, r->workload);
    fprintf(f, ",%d,%s,%zu,%.3f,%.3f,%.3f,%.3f,%.3f,%zu,%s,%.4f,%s", r->threads, r->isa,
            r->ops, r->ns_per_op, r->mops, r->ns_min, r->ns_max, r->build_ms, r->size_bytes,
            r->valid ? "true" : "false", r->cv, r->oversubscribed ? "true" : "false");
    if (r->has_stats)
        fprintf(f, ",%.3f,%llu,%llu", r->mean_err, (unsigned long long)r->max_err,
                (unsigned long long)r->models);
    else
        fputs(",,,", f);
    if (r->has_rel)
        fprintf(f, ",%.4f,%.4f,%.4f", r->rel_ns, r->rel_min, r->rel_max);
    else
        fputs(",,,", f);
    if (r->has_lat)
        fprintf(f, ",%.1f,%.1f,%.1f,%zu\n", r->p50_ns, r->p99_ns, r->p999_ns, r->keys_after);
    else
        fputs(",,,,\n", f);
}

static void write_json_row(FILE *f, const bench_row *r)
{
    fprintf(f, "{\"dataset\": ");
    bench_json_string(f, r->dataset);
    fprintf(f, ", \"n\": %zu, \"dataset_hash\": \"%016llx\", \"index\": ", r->n,
            (unsigned long long)r->dataset_hash);
    bench_json_string(f, r->index);
    fprintf(f, ", \"params\": ");
    bench_json_string(f, r->params);
    fprintf(f, ", \"workload\": ");
    bench_json_string(f, r->workload);
    fprintf(f,
            ", \"threads\": %d, \"isa\": \"%s\", \"ops\": %zu, \"ns_per_op\": %.3f, "
            "\"mops\": %.3f, \"ns_min\": %.3f, \"ns_max\": %.3f, \"build_ms\": %.3f, "
            "\"size_bytes\": %zu, \"valid\": %s, \"cv\": %.4f, \"oversubscribed\": %s",
            r->threads, r->isa, r->ops, r->ns_per_op, r->mops, r->ns_min, r->ns_max,
            r->build_ms, r->size_bytes, r->valid ? "true" : "false", r->cv,
            r->oversubscribed ? "true" : "false");
    if (r->has_rel)
        fprintf(f, ", \"rel_ns\": %.4f, \"rel_min\": %.4f, \"rel_max\": %.4f", r->rel_ns,
                r->rel_min, r->rel_max);
    if (r->has_lat)
        fprintf(f, ", \"p50_ns\": %.1f, \"p99_ns\": %.1f, \"p999_ns\": %.1f, "
                   "\"keys_after\": %zu", r->p50_ns, r->p99_ns, r->p999_ns, r->keys_after);
    fputc('}', f);
}

void bench_write_rows(FILE *f, int format, const bench_rows *rows, const char *prov)
{
    if (format == FMT_CSV) {
        fprintf(f, "%s\n", columns);
        for (size_t i = 0; i < rows->n; i++)
            write_csv_row(f, &rows->v[i]);
    } else if (format == FMT_JSON) {
        fprintf(f, "{\"provenance\": %s,\n \"rows\": [\n", prov ? prov : "null");
        for (size_t i = 0; i < rows->n; i++) {
            fputs("  ", f);
            write_json_row(f, &rows->v[i]);
            fputs(i + 1 < rows->n ? ",\n" : "\n", f);
        }
        fputs(" ]}\n", f);
    } else {
        /* Latency columns only when some row has them (read-write workloads). */
        int lat = 0;
        for (size_t i = 0; i < rows->n; i++)
            lat |= rows->v[i].has_lat;
        fprintf(f, "| dataset | n | index | params | workload | threads | isa | ns/op "
                   "(median) | min | max | cv | Mops/s | build ms | index bytes | valid |%s\n",
                lat ? " p50 ns | p99 ns | p99.9 ns | keys after |" : "");
        fprintf(f, "|---|---:|---|---|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---|%s\n",
                lat ? "---:|---:|---:|---:|" : "");
        for (size_t i = 0; i < rows->n; i++) {
            const bench_row *r = &rows->v[i];
            fprintf(f, "| %s | %zu | %s | %s | %s | %d%s | %s | %.1f | %.1f | %.1f | %.3f | %.2f | "
                       "%.1f | %zu | %s |",
                    r->dataset, r->n, r->index, r->params[0] ? r->params : "-", r->workload,
                    r->threads, r->oversubscribed ? " (more than cores)" : "", r->isa,
                    r->ns_per_op, r->ns_min, r->ns_max, r->cv, r->mops, r->build_ms,
                    r->size_bytes, r->valid ? "yes" : "**NO**");
            if (lat && r->has_lat)
                fprintf(f, " %.1f | %.1f | %.1f | %zu |", r->p50_ns, r->p99_ns, r->p999_ns,
                        r->keys_after);
            else if (lat)
                fputs(" - | - | - | - |", f);
            fputc('\n', f);
        }
        if (prov)
            fprintf(f, "\nProvenance (how to regenerate: the command below, at the commit):\n\n"
                       "```json\n%s\n```\n", prov);
    }
}

/* Writes through FILE.tmp.PID and renames; on any failure removes the
 * temporary file and leaves nothing at path. */
int bench_out_is_device(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode);
}

int bench_write_atomically(const char *path, int format, const bench_rows *rows,
                           const char *prov, omen_error *err)
{
    char tmp[4200];
    /* A device (/dev/stdout, /dev/full, a pipe) is written in place: there is
     * no file to replace, and a temporary file beside it would land in /dev. */
    int device = bench_out_is_device(path);
    if (snprintf(tmp, sizeof tmp, "%s.tmp.%ld", path, (long)getpid()) >= (int)sizeof tmp)
        return omen_errorf(err, OMEN_EINVAL, "--out path is too long: %s", path);
    if (device)
        snprintf(tmp, sizeof tmp, "%s", path);
    FILE *f = fopen(tmp, "w");
    if (!f)
        return omen_errorf(err, OMEN_EIO, "cannot write results to %s: %s", path,
                           strerror(errno));
    if (format == FMT_JSON && rows == NULL)
        fprintf(f, "%s\n", prov);
    else
        bench_write_rows(f, format, rows, prov);
    int bad = ferror(f);
    int saved = errno;
    if (fflush(f) != 0 && !bad) {
        bad = 1;
        saved = errno;
    }
    if (fsync(fileno(f)) != 0 && !bad && errno != EINVAL) {
        bad = 1;
        saved = errno;
    }
    if (fclose(f) != 0 && !bad) {
        bad = 1;
        saved = errno;
    }
    if (bad || (!device && rename(tmp, path) != 0)) {
        if (!bad)
            saved = errno;
        if (!device)
            unlink(tmp);
        return omen_errorf(err, OMEN_EIO, "cannot write results to %s: %s", path,
                           strerror(saved));
    }
    return OMEN_OK;
}

/* FILE.csv -> FILE.md: the --out path with its extension swapped. */
static void sibling_path(const char *out, const char *ext, char *buf, size_t len)
{
    const char *slash = strrchr(out, '/');
    const char *dot = strrchr(out, '.');
    size_t stem = dot && (!slash || dot > slash) ? (size_t)(dot - out) : strlen(out);
    snprintf(buf, len, "%.*s.%s", (int)stem, out, ext);
}

int bench_write_results(const bench_opts *o, const bench_rows *rows, omen_error *err)
{
    char *prov = bench_provenance_json(o, rows);
    int rc = OMEN_OK;
    if (!o->out) {
        bench_write_rows(stdout, o->format, rows, o->format == FMT_CSV ? NULL : prov);
        fflush(stdout);
        free(prov);
        return OMEN_OK;
    }
    static const char *const ext[] = {"csv", "json", "md"};
    for (int f = 0; f < 3 && !rc; f++) {
        if (f != o->format && !o->also[f])
            continue;
        char path[4200];
        if (f == o->format)
            snprintf(path, sizeof path, "%s", o->out);
        else
            sibling_path(o->out, ext[f], path, sizeof path);
        rc = bench_write_atomically(path, f, rows, f == FMT_CSV ? NULL : prov, err);
        if (!rc && f == FMT_CSV) {
            char meta[4300];
            snprintf(meta, sizeof meta, "%s.meta.json", path);
            rc = bench_write_atomically(meta, FMT_JSON, NULL, prov ? prov : "{}", err);
            if (rc)
                unlink(path);
        }
    }
    free(prov);
    return rc;
}
