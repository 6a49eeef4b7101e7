/* Result files: CSV (design reference columns), JSON and Markdown, each with
 * provenance, written to a temporary name and renamed into place. */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <time.h>
#include <unistd.h>
#ifdef _OPENMP
#include <omp.h>
#endif

#include "harness/bench.h"
#include "harness/timing.h"
#include "harness/build_info.h"
#include "common/alloc.h"
#include "kernels/kernels.h"

#ifndef OMEN_C_FLAGS
#define OMEN_C_FLAGS "unknown"
#endif

static const char *const columns =
    "dataset,n,dataset_hash,index,params,workload,threads,isa,ops,ns_per_op,mops,"
    "ns_min,ns_max,build_ms,size_bytes,valid,cv,oversubscribed,mean_abs_error,max_abs_error,"
    "models,rel_ns,rel_min,rel_max,p50_ns,p99_ns,p999_ns,keys_after";

/* The most anonymous huge-page memory seen while datasets were loaded. */
static long huge_kb_seen = -1;

void bench_note_hugepages(void)
{
    FILE *f = fopen("/proc/self/smaps_rollup", "r");
    if (!f)
        return;
    char line[256];
    long kb;
    while (fgets(line, sizeof line, f))
        if (sscanf(line, "AnonHugePages: %ld kB", &kb) == 1 && kb > huge_kb_seen)
            huge_kb_seen = kb;
    fclose(f);
}

void bench_row_timing(bench_row *r, double *samples, int repeat, size_t ops, int threads)
{
    double mean = 0, var = 0;
    for (int i = 0; i < repeat; i++)
        mean += samples[i] / repeat;
    for (int i = 0; i < repeat; i++)
        var += (samples[i] - mean) * (samples[i] - mean) / repeat;
    qsort(samples, (size_t)repeat, sizeof *samples, bench_cmp_double);
    double med = repeat % 2 ? samples[repeat / 2]
                            : (samples[repeat / 2 - 1] + samples[repeat / 2]) / 2;
    double per_op = 1e9 * threads / (double)ops; /* wall time x threads / ops */
    r->ops = ops;
    r->threads = threads;
    r->ns_per_op = med * per_op;
    r->ns_min = samples[0] * per_op;
    r->ns_max = samples[repeat - 1] * per_op;
    r->mops = (double)ops / med / 1e6;
    r->cv = mean > 0 ? sqrt(var) / mean : 0;
    r->oversubscribed = threads > sysconf(_SC_NPROCESSORS_ONLN);
}

int bench_rows_push(bench_rows *rows, const bench_row *r)
{
    if (rows->n == rows->cap) {
        size_t cap = rows->cap ? rows->cap * 2 : 64;
        bench_row *v = realloc(rows->v, cap * sizeof *v);
        if (!v)
            return -1;
        rows->v = v;
        rows->cap = cap;
    }
    rows->v[rows->n++] = *r;
    return 0;
}

/* First line of a command's output, or "" (provenance only; never fails). */
static void command_line(const char *cmd, char *buf, size_t len)
{
    buf[0] = '\0';
    FILE *p = popen(cmd, "r");
    if (!p)
        return;
    if (!fgets(buf, (int)len, p))
        buf[0] = '\0';
    pclose(p);
    buf[strcspn(buf, "\n")] = '\0';
}

static void cpu_info(char *model, size_t mlen, char *flags, size_t flen)
{
    snprintf(model, mlen, "unknown");
    flags[0] = '\0';
    FILE *f = fopen("/proc/cpuinfo", "r");
    if (!f)
        return;
    char line[8192];
    int have_model = 0, have_flags = 0;
    while (fgets(line, sizeof line, f) && !(have_model && have_flags)) {
        char *colon = strchr(line, ':');
        if (!colon)
            continue;
        char *val = colon + 2 <= line + strlen(line) ? colon + 2 : colon + 1;
        val[strcspn(val, "\n")] = '\0';
        if (!have_model && (!strncmp(line, "model name", 10) || !strncmp(line, "CPU part", 8))) {
            snprintf(model, mlen, "%s", val);
            have_model = 1;
        } else if (!have_flags && (!strncmp(line, "flags", 5) || !strncmp(line, "Features", 8))) {
            /* Only the flags that matter to the kernels. */
            const char *wanted[] = {"sse4_2", "avx", "avx2", "bmi2", "avx512f", "avx512bw",
                                    "avx512vl", "asimd", "sve", NULL};
            size_t off = 0;
            for (int k = 0; wanted[k]; k++) {
                char pat[32];
                snprintf(pat, sizeof pat, " %s ", wanted[k]);
                char padded[8200];
                snprintf(padded, sizeof padded, " %s ", val);
                if (strstr(padded, pat))
                    off += (size_t)snprintf(flags + off, flen - off, "%s%s", off ? " " : "",
                                            wanted[k]);
            }
            have_flags = 1;
        }
    }
    fclose(f);
}

static void json_string(FILE *f, const char *s)
{
    fputc('"', f);
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\')
            fprintf(f, "\\%c", c);
        else if (c < 0x20)
            fprintf(f, "\\u%04x", c);
        else
            fputc(c, f);
    }
    fputc('"', f);
}

char *bench_provenance_json(const bench_opts *o, const bench_rows *rows)
{
    char model[256], flags[256], when[64];
    /* The tree the binary was built from (harness/build_info.cmake), not
     * the tree at the time it runs. */
    const char *commit = bench_build_commit();
    int d = bench_build_dirty();
    const char *dirty = d < 0 ? "null" : d ? "true" : "false";
    cpu_info(model, sizeof model, flags, sizeof flags);
    time_t now = time(NULL);
    strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%SZ", gmtime(&now));
    struct utsname u;
    if (uname(&u) != 0)
        memset(&u, 0, sizeof u);

    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    if (!f)
        return NULL;
    fprintf(f, "{\n  \"tool\": \"omen-bench\",\n  \"command\": ");
    json_string(f, o->command);
    fprintf(f, ",\n  \"git_commit\": ");
    json_string(f, commit);
    fprintf(f, ",\n  \"git_dirty\": %s,\n  \"compiler\": ", dirty);
    json_string(f, "gcc-compatible " __VERSION__);
    fprintf(f, ",\n  \"cflags\": ");
    json_string(f, OMEN_C_FLAGS);
    fprintf(f, ",\n  \"cpu\": ");
    json_string(f, model);
    fprintf(f, ",\n  \"cpu_flags\": ");
    json_string(f, flags);
    fprintf(f, ",\n  \"cores_online\": %ld", sysconf(_SC_NPROCESSORS_ONLN));
    fprintf(f, ",\n  \"isa_default\": ");
    json_string(f, omen_kernels->isa);
    fprintf(f, ",\n  \"isa_available\": ");
    json_string(f, omen_kernels_available());
#ifdef _OPENMP
    fprintf(f, ",\n  \"openmp_max_threads\": %d", omp_get_max_threads());
#else
    fprintf(f, ",\n  \"openmp_max_threads\": null");
#endif
    /* Thread pinning: omen-bench pins each timed thread to its own CPU
     * unless OpenMP was told to bind (then the user's placement stands). */
    const char *bind = getenv("OMP_PROC_BIND"), *places = getenv("OMP_PLACES");
    fprintf(f, ",\n  \"pinning\": ");
    json_string(f, o->pin ? "timed thread t on the t-th allowed CPU" : "OMP_PROC_BIND (user's)");
    fprintf(f, ",\n  \"omp_proc_bind\": ");
    json_string(f, bind ? bind : "unset");
    fprintf(f, ",\n  \"omp_places\": ");
    json_string(f, places ? places : "unset");
    fprintf(f, ",\n  \"schedule\": ");
    json_string(f, o->schedule == SCHEDULE_SWEEP     ? "round-robin passes over the sweep"
                   : o->schedule == SCHEDULE_DATASET ? "round-robin passes per dataset"
                                                     : "sequential");
    fprintf(f, ",\n  \"budget_s\": %g", o->budget);
    fprintf(f, ",\n  \"rocksdb_version\": ");
    json_string(f, bench_rocksdb_version());
    fprintf(f, ",\n  \"rocksdb_library\": ");
    json_string(f, bench_rocksdb_library());
    int ra = bench_rocksdb_assertions();
    fprintf(f, ",\n  \"rocksdb_assertions\": %s", ra < 0 ? "null" : ra ? "true" : "false");
    char kernel[600];
    snprintf(kernel, sizeof kernel, "%s %s %s", u.sysname, u.release, u.machine);
    fprintf(f, ",\n  \"kernel\": ");
    json_string(f, kernel);
    fprintf(f, ",\n  \"date\": ");
    json_string(f, when);
    fprintf(f, ",\n  \"seed\": %llu,\n  \"lookups\": %zu,\n  \"repeat\": %d,\n  \"batch\": %zu",
            (unsigned long long)o->seed, o->lookups, o->repeat, o->batch);
    char thp[128];
    command_line("cat /sys/kernel/mm/transparent_hugepage/enabled 2>/dev/null", thp, sizeof thp);
    fprintf(f, ",\n  \"hugepages_requested\": %s", omen_alloc_hugepages() ? "true" : "false");
    fprintf(f, ",\n  \"thp_mode\": ");
    json_string(f, thp[0] ? thp : "unknown");
    fprintf(f, ",\n  \"anon_hugepages_kb_max\": %ld", huge_kb_seen);
    fprintf(f, ",\n  \"datasets\": [");
    int first = 1;
    for (size_t i = 0; i < rows->n; i++) {
        int seen = 0;
        for (size_t j = 0; j < i && !seen; j++)
            seen = !strcmp(rows->v[j].dataset, rows->v[i].dataset);
        if (seen)
            continue;
        fprintf(f, "%s{\"name\": ", first ? "" : ",\n    ");
        json_string(f, rows->v[i].dataset);
        fprintf(f, ", \"n\": %zu, \"hash\": \"%016llx\"}", rows->v[i].n,
                (unsigned long long)rows->v[i].dataset_hash);
        first = 0;
    }
    fprintf(f, "]\n}");
    fclose(f);
    return buf;
}

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
    json_string(f, r->dataset);
    fprintf(f, ", \"n\": %zu, \"dataset_hash\": \"%016llx\", \"index\": ", r->n,
            (unsigned long long)r->dataset_hash);
    json_string(f, r->index);
    fprintf(f, ", \"params\": ");
    json_string(f, r->params);
    fprintf(f, ", \"workload\": ");
    json_string(f, r->workload);
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
