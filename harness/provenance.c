/* Provenance: what a result file says about where its rows came from (the
 * commit the binary was built at, compiler and flags, CPU, kernels, OpenMP
 * and pinning, RocksDB, huge pages, the datasets), as one JSON object. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/utsname.h>
#include <time.h>
#include <unistd.h>
#ifdef _OPENMP
#include <omp.h>
#endif

#include "harness/bench.h"
#include "harness/build_info.h"
#include "registry/registry.h"
#include "common/alloc.h"
#include "kernels/kernels.h"

#ifndef OMEN_C_FLAGS
#define OMEN_C_FLAGS "unknown"
#endif

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

/* A JSON string literal of s (report.c writes its rows with it too). */
void bench_json_string(FILE *f, const char *s)
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
    bench_json_string(f, o->command);
    fprintf(f, ",\n  \"git_commit\": ");
    bench_json_string(f, commit);
    fprintf(f, ",\n  \"git_dirty\": %s,\n  \"compiler\": ", dirty);
    bench_json_string(f, "gcc-compatible " __VERSION__);
    fprintf(f, ",\n  \"cflags\": ");
    bench_json_string(f, OMEN_C_FLAGS);
    fprintf(f, ",\n  \"cpu\": ");
    bench_json_string(f, model);
    fprintf(f, ",\n  \"cpu_flags\": ");
    bench_json_string(f, flags);
    fprintf(f, ",\n  \"cores_online\": %ld", sysconf(_SC_NPROCESSORS_ONLN));
    fprintf(f, ",\n  \"isa_default\": ");
    bench_json_string(f, omen_kernels->isa);
    fprintf(f, ",\n  \"isa_available\": ");
    bench_json_string(f, omen_kernels_available());
#ifdef _OPENMP
    fprintf(f, ",\n  \"openmp_max_threads\": %d", omp_get_max_threads());
#else
    fprintf(f, ",\n  \"openmp_max_threads\": null");
#endif
    /* Thread pinning: omen-bench pins each timed thread to its own CPU
     * unless OpenMP was told to bind (then the user's placement stands). */
    const char *bind = getenv("OMP_PROC_BIND"), *places = getenv("OMP_PLACES");
    fprintf(f, ",\n  \"pinning\": ");
    bench_json_string(f, o->pin ? "timed thread t on the t-th allowed CPU" : "OMP_PROC_BIND (user's)");
    fprintf(f, ",\n  \"omp_proc_bind\": ");
    bench_json_string(f, bind ? bind : "unset");
    fprintf(f, ",\n  \"omp_places\": ");
    bench_json_string(f, places ? places : "unset");
    fprintf(f, ",\n  \"schedule\": ");
    bench_json_string(f, o->schedule == SCHEDULE_SWEEP     ? "round-robin passes over the sweep"
                   : o->schedule == SCHEDULE_DATASET ? "round-robin passes per dataset"
                                                     : "sequential");
    fprintf(f, ",\n  \"budget_s\": %g", o->budget);
    fprintf(f, ",\n  \"rocksdb_version\": ");
    bench_json_string(f, bench_rocksdb_version());
    fprintf(f, ",\n  \"rocksdb_library\": ");
    bench_json_string(f, bench_rocksdb_library());
    /* Variants from plugins: which shared objects answered. */
    fprintf(f, ",\n  \"plugins\": [");
    for (size_t i = 0; omen_registry_plugin_path(i); i++) {
        fputs(i ? ", " : "", f);
        bench_json_string(f, omen_registry_plugin_path(i));
    }
    fputc(']', f);
    int ra = bench_rocksdb_assertions();
    fprintf(f, ",\n  \"rocksdb_assertions\": %s", ra < 0 ? "null" : ra ? "true" : "false");
    char kernel[600];
    snprintf(kernel, sizeof kernel, "%s %s %s", u.sysname, u.release, u.machine);
    fprintf(f, ",\n  \"kernel\": ");
    bench_json_string(f, kernel);
    fprintf(f, ",\n  \"date\": ");
    bench_json_string(f, when);
    fprintf(f, ",\n  \"seed\": %llu,\n  \"lookups\": %zu,\n  \"repeat\": %d,\n  \"batch\": %zu",
            (unsigned long long)o->seed, o->lookups, o->repeat, o->batch);
    char thp[128];
    command_line("cat /sys/kernel/mm/transparent_hugepage/enabled 2>/dev/null", thp, sizeof thp);
    fprintf(f, ",\n  \"hugepages_requested\": %s", omen_alloc_hugepages() ? "true" : "false");
    fprintf(f, ",\n  \"thp_mode\": ");
    bench_json_string(f, thp[0] ? thp : "unknown");
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
        bench_json_string(f, rows->v[i].dataset);
        fprintf(f, ", \"n\": %zu, \"hash\": \"%016llx\"}", rows->v[i].n,
                (unsigned long long)rows->v[i].dataset_hash);
        first = 0;
    }
    fprintf(f, "]\n}");
    fclose(f);
    return buf;
}

