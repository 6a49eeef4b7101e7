/* omen-bench command line. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness/bench.h"
#include "indexes/index.h"
#include "registry/registry.h"
#include "indexes/params.h"

int strlist_push(strlist *l, const char *s)
{
    char **v = realloc(l->v, (l->n + 1) * sizeof *v);
    if (!v)
        return -1;
    l->v = v;
    if (!(l->v[l->n] = strdup(s)))
        return -1;
    l->n++;
    return 0;
}

void strlist_free(strlist *l)
{
    for (size_t i = 0; i < l->n; i++)
        free(l->v[i]);
    free(l->v);
    l->v = NULL;
    l->n = 0;
}

static int split_list(const char *arg, strlist *out, const char *what, omen_error *err)
{
    const char *s = arg;
    for (;;) {
        const char *comma = strchr(s, ',');
        size_t len = comma ? (size_t)(comma - s) : strlen(s);
        if (len == 0)
            return omen_errorf(err, OMEN_EINVAL, "%s: empty item in list '%s'", what, arg);
        char *item = strndup(s, len);
        int rc = item ? strlist_push(out, item) : -1;
        free(item);
        if (rc)
            return omen_errorf(err, OMEN_ENOMEM, "out of memory");
        if (!comma)
            return OMEN_OK;
        s = comma + 1;
    }
}

/* Expands one "name:k=a|b,j=c" into every combination. */
enum { MAX_INDEX_SPECS = 4096 };

static int expand_one(const char *spec, strlist *out, omen_error *err)
{
    const char *bar = strchr(spec, '|');
    /* Alternatives multiply: a few '|' per parameter make millions of
     * combinations, which no sweep means. */
    if (out->n >= MAX_INDEX_SPECS)
        return omen_errorf(err, OMEN_EINVAL,
                           "--index: the '|' alternatives make more than %d index "
                           "configurations; sweep fewer at a time", MAX_INDEX_SPECS);
    if (!bar)
        return strlist_push(out, spec) ? omen_errorf(err, OMEN_ENOMEM, "out of memory") : 0;
    /* The alternatives of the first '|' run: from after the '=' before it to
     * the next ','. */
    const char *start = bar;
    while (start > spec && start[-1] != '=')
        start--;
    if (start == spec)
        return omen_errorf(err, OMEN_EINVAL,
                           "index %s: '|' separates alternative values, as in "
                           "rmi:branches=1024|4096", spec);
    const char *end = strchr(bar, ',');
    if (!end)
        end = spec + strlen(spec);
    const char *alt = start;
    while (alt < end) {
        const char *next = memchr(alt, '|', (size_t)(end - alt));
        if (!next)
            next = end;
        if (next == alt)
            return omen_errorf(err, OMEN_EINVAL, "index %s: empty alternative", spec);
        size_t head = (size_t)(start - spec), mid = (size_t)(next - alt);
        char *one = malloc(strlen(spec) + 1);
        if (!one)
            return omen_errorf(err, OMEN_ENOMEM, "out of memory");
        memcpy(one, spec, head);
        memcpy(one + head, alt, mid);
        strcpy(one + head + mid, end);
        int rc = expand_one(one, out, err);
        free(one);
        if (rc)
            return rc;
        alt = next < end ? next + 1 : end;
    }
    return OMEN_OK;
}

int bench_expand_index_list(const char *arg, strlist *out, omen_error *err)
{
    if (!strcmp(arg, "all")) {
        size_t count;
        const omen_index_vtable *const *all = omen_registry(&count);
        for (size_t i = 0; i < count; i++)
            if (!(all[i]->caps & OMEN_CAP_TEST_ONLY) && strlist_push(out, all[i]->name))
                return omen_errorf(err, OMEN_ENOMEM, "out of memory");
        return OMEN_OK;
    }
    /* A comma starts a new index unless the item is a parameter (has '='
     * but no ':'), which continues the previous index's parameters. */
    strlist items = {0};
    int rc = split_list(arg, &items, "--index", err);
    strlist specs = {0};
    for (size_t i = 0; !rc && i < items.n; i++) {
        const char *it = items.v[i];
        if (strchr(it, '=') && !strchr(it, ':')) {
            if (specs.n == 0) {
                rc = omen_errorf(err, OMEN_EINVAL,
                                 "--index: parameter '%s' comes before any index name", it);
                break;
            }
            char *prev = specs.v[specs.n - 1];
            char *joined = malloc(strlen(prev) + strlen(it) + 2);
            if (!joined) {
                rc = omen_errorf(err, OMEN_ENOMEM, "out of memory");
                break;
            }
            sprintf(joined, "%s,%s", prev, it);
            free(prev);
            specs.v[specs.n - 1] = joined;
        } else if (strlist_push(&specs, it)) {
            rc = omen_errorf(err, OMEN_ENOMEM, "out of memory");
        }
    }
    for (size_t i = 0; !rc && i < specs.n; i++)
        rc = expand_one(specs.v[i], out, err);
    strlist_free(&items);
    strlist_free(&specs);
    return rc;
}

static int parse_size(const char *opt, const char *v, size_t min, size_t max, size_t *out,
                      omen_error *err)
{
    unsigned long long x;
    if (omen_parse_count(v, &x) != 0 || x < min || x > max)
        return omen_errorf(err, OMEN_EINVAL,
                           "%s %s: expected a whole number in [%zu, %zu] (K, M, G suffixes allowed)",
                           opt, v, min, max);
    *out = (size_t)x;
    return OMEN_OK;
}

void bench_print_help(void)
{
    fputs(
"omen-bench: build indexes over sorted uint64 keys, time lookups, check every\n"
"answer against binary search, and write one result row per measurement.\n"
"\n"
"usage: omen-bench --data LIST --index LIST [options]\n"
"       omen-bench --list\n"
"\n"
"  --data LIST       SOSD files or synthetic names DIST:N[:seed], comma-separated.\n"
"                    DIST: uniform_dense uniform_sparse normal lognormal zipf_gaps\n"
"                    clustered sequential outliers. N takes K/M/G (powers of 1000).\n"
"  --index LIST      registry names, each with optional parameters name:k=v,k=v;\n"
"                    'all' means every registered index with its defaults.\n"
"                    k=a|b sweeps the alternatives: rmi:branches=1024|4096.\n"
"  --workload LIST   point (default: existing keys, uniform), absent (keys not in\n"
"                    the data), zipf:S (Zipf skew S, hot keys scattered), recent:S\n"
"                    (Zipf over recency: the largest keys are hottest), range:W\n"
"                    (ranges of ~W keys), mixed:R (R % inserts among lookups).\n"
"                    Read-write (GRE's set; a fresh bulk-load of half the distinct\n"
"                    keys per pass, or fraction F with @F; the stream runs whole,\n"
"                    on one thread, --lookups operations, or with --budget S the\n"
"                    prefix its first pass ran in S s, a multiple of 1024): load:F (insert the\n"
"                    rest), rw:R (R % lookups, the rest inserts), scan:W (95 %\n"
"                    scans of W keys, 5 % inserts), delete:D (D % erases, the rest\n"
"                    half lookups, half inserts), shift[:R] (rw:R, default 50,\n"
"                    inserting keys drawn uniformly over the key range instead).\n"
"  --threads LIST    OpenMP thread counts, e.g. 1,2 (default 1).\n"
"  --isa LIST        kernel ISAs to sweep: scalar,avx2,avx512,neon (default:\n"
"                    $OMEN_ISA if set, else the best this CPU runs).\n"
"  --lookups N       lookups per timed run (default 1M).\n"
"  --repeat R        timed runs per row; the median is reported (default 5).\n"
"  --budget S        a timed pass takes about S seconds: a slower stream is cut to\n"
"                    a prefix (slow indexes, ranges), a much quicker one runs up to\n"
"                    16 times per pass; ops says how many ran, and they are\n"
"                    validated against the oracle like the rest (default: off).\n"
"  --build-repeat B  builds per index; build_ms is their median (default 1).\n"
"  --batch B         lookups per batched call where an index has one (default 0: off).\n"
"  --seed S          seed of every lookup stream (default 1).\n"
"  --out FILE        write results to FILE (via a temporary file and rename);\n"
"                    default stdout. CSV gets provenance in FILE.meta.json.\n"
"  --format F        csv (default), json or md; a list such as csv,md,json writes\n"
"                    the first to --out and the others beside it (FILE.md, FILE.json).\n"
"  --schedule S      order of the timed passes. sweep (default): every dataset is\n"
"                    loaded and every index built first, then pass r of every row\n"
"                    runs before pass r+1 of any, so a burst of load on the machine\n"
"                    costs one pass of many rows (which the median drops) instead\n"
"                    of every pass of a few; needs all of them in memory at once.\n"
"                    dataset: the same one dataset at a time (rows checkpointed as\n"
"                    each ends). sequential: one index at a time.\n"
"  --resume          keep rows already in --out and run only the missing ones.\n"
"  --quiet           no progress on stderr.\n"
"  --list            print every registered index with its parameters.\n"
"  --plugin PATH     load a plugin (a shared object exporting omen_plugin_init,\n"
"                    see include/omen_plugin.h and examples/) and register its\n"
"                    indexes before --index is read; repeatable. OMEN_PLUGINS,\n"
"                    a colon-separated list of paths, is loaded before them.\n"
"  --stats           print model statistics (error, models, size) per index.\n"
"  --describe LIST   print each dataset's shape instead of timing: n, distinct keys,\n"
"                    duplicate share, min/max, largest gap, hardness (segments of an\n"
"                    optimal PLA at eps 32 and 4096 per million keys, as GRE) and\n"
"                    locality (share of keys in the densest 1% of the key range).\n"
"                    With --out FILE: CSV, and each dataset's CDF in FILE.cdf.csv.\n"
"  --tune LIST --index V  sweep V's parameter grid (see --list) on each dataset,\n"
"                    with V's default and binsearch, and print a table: ns per lookup\n"
"                    (median, min-max), size as % of the key array, ratio to\n"
"                    binsearch, the size/time Pareto frontier (*), the default, and\n"
"                    whether the default is within 15% of the grid's best at <= 2%\n"
"                    size. CSV goes to --out only when given.\n"
"  --floor           also measure the memory floor over an array of each dataset's\n"
"                    size: rows index=floor, params=chase (dependent loads) and\n"
"                    params=loads (independent random loads), ns per load.\n"
"  --help            this text.\n"
"\n"
"Columns: dataset,n,dataset_hash,index,params,workload,threads,isa,ops,ns_per_op,\n"
"mops,ns_min,ns_max,build_ms,size_bytes,valid,cv,oversubscribed. ns_per_op is the\n"
"median over the repeats (wall time x threads / ops), ns_min/ns_max the spread,\n"
"cv the coefficient of variation, mops the aggregate throughput. A row\n"
"whose answers differ from the oracle has valid=false and the exit status is 1.\n"
"\n"
"Example:\n"
"  omen-bench --data lognormal:10M,uniform_sparse:10M --index binsearch,linear \\\n"
"             --lookups 1M --repeat 5 --out results.csv\n",
        stdout);
}

int bench_parse_args(int argc, char **argv, bench_opts *o, omen_error *err)
{
    memset(o, 0, sizeof *o);
    o->lookups = 1000000;
    o->repeat = 5;
    o->build_repeat = 1;
    o->seed = 1;
    o->pin = getenv("OMP_PROC_BIND") == NULL;
    o->format = FMT_CSV;
    size_t off = 0;
    for (int i = 0; i < argc && off < sizeof o->command; i++)
        off += (size_t)snprintf(o->command + off, sizeof o->command - off, "%s%s", i ? " " : "",
                                argv[i]);
    int rc = OMEN_OK;
    for (int i = 1; i < argc && !rc; i++) {
        const char *a = argv[i];
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
#define NEEDS_VALUE()                                                                     \
    do {                                                                                  \
        if (!v)                                                                           \
            return omen_errorf(err, OMEN_EINVAL, "%s needs a value; see --help", a);      \
        i++;                                                                              \
    } while (0)
        if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            o->help = 1;
        } else if (!strcmp(a, "--list")) {
            o->list = 1;
        } else if (!strcmp(a, "--stats")) {
            o->stats = 1;
        } else if (!strcmp(a, "--describe")) {
            NEEDS_VALUE();
            o->describe = 1;
            rc = split_list(v, &o->data, "--describe", err);
        } else if (!strcmp(a, "--tune")) {
            NEEDS_VALUE();
            o->tune = 1;
            rc = split_list(v, &o->data, "--tune", err);
        } else if (!strcmp(a, "--floor")) {
            o->floor = 1;
        } else if (!strcmp(a, "--schedule")) {
            NEEDS_VALUE();
            if (!strcmp(v, "sweep"))
                o->schedule = SCHEDULE_SWEEP;
            else if (!strcmp(v, "dataset"))
                o->schedule = SCHEDULE_DATASET;
            else if (!strcmp(v, "sequential"))
                o->schedule = SCHEDULE_SEQUENTIAL;
            else
                rc = omen_errorf(err, OMEN_EINVAL,
                                 "--schedule %s: expected sweep, dataset or sequential", v);
        } else if (!strcmp(a, "--quiet")) {
            o->quiet = 1;
        } else if (!strcmp(a, "--resume")) {
            o->resume = 1;
        } else if (!strcmp(a, "--plugin")) {
            NEEDS_VALUE(); /* loaded before parsing (omen_bench.c), so --index sees it */
        } else if (!strcmp(a, "--data")) {
            NEEDS_VALUE();
            rc = split_list(v, &o->data, "--data", err);
        } else if (!strcmp(a, "--index")) {
            NEEDS_VALUE();
            rc = bench_expand_index_list(v, &o->index, err);
        } else if (!strcmp(a, "--workload")) {
            NEEDS_VALUE();
            rc = split_list(v, &o->workload, "--workload", err);
        } else if (!strcmp(a, "--isa")) {
            NEEDS_VALUE();
            rc = split_list(v, &o->isa, "--isa", err);
        } else if (!strcmp(a, "--threads")) {
            NEEDS_VALUE();
            strlist t = {0};
            rc = split_list(v, &t, "--threads", err);
            for (size_t k = 0; !rc && k < t.n; k++) {
                size_t x = 0;
                if (o->nthreads == sizeof o->threads / sizeof o->threads[0])
                    rc = omen_errorf(err, OMEN_EINVAL, "--threads: too many entries");
                else if (!(rc = parse_size("--threads", t.v[k], 1, 1024, &x, err)))
                    o->threads[o->nthreads++] = (int)x;
            }
            strlist_free(&t);
        } else if (!strcmp(a, "--lookups")) {
            NEEDS_VALUE();
            rc = parse_size("--lookups", v, 1, 4000000000ull, &o->lookups, err);
        } else if (!strcmp(a, "--repeat")) {
            NEEDS_VALUE();
            size_t r = 0;
            rc = parse_size("--repeat", v, 1, 1000, &r, err);
            o->repeat = (int)r;
        } else if (!strcmp(a, "--build-repeat")) {
            NEEDS_VALUE();
            size_t r = 0;
            rc = parse_size("--build-repeat", v, 1, 101, &r, err);
            o->build_repeat = (int)r;
        } else if (!strcmp(a, "--budget")) {
            NEEDS_VALUE();
            char *end;
            o->budget = strtod(v, &end);
            if (*end || !(o->budget > 0) || o->budget > 3600)
                rc = omen_errorf(err, OMEN_EINVAL, "--budget %s: expected seconds in (0, 3600]", v);
        } else if (!strcmp(a, "--batch")) {
            NEEDS_VALUE();
            rc = parse_size("--batch", v, 0, 1 << 20, &o->batch, err);
        } else if (!strcmp(a, "--seed")) {
            NEEDS_VALUE();
            unsigned long long s = 0;
            if (omen_parse_count(v, &s) != 0)
                rc = omen_errorf(err, OMEN_EINVAL, "--seed %s: expected a non-negative integer", v);
            o->seed = s;
        } else if (!strcmp(a, "--out")) {
            NEEDS_VALUE();
            o->out = v;
        } else if (!strcmp(a, "--format")) {
            NEEDS_VALUE();
            strlist f = {0};
            rc = split_list(v, &f, "--format", err);
            for (size_t k = 0; !rc && k < f.n; k++) {
                int fmt = !strcmp(f.v[k], "csv") ? FMT_CSV : !strcmp(f.v[k], "json") ? FMT_JSON
                          : !strcmp(f.v[k], "md") ? FMT_MD : -1;
                if (fmt < 0)
                    rc = omen_errorf(err, OMEN_EINVAL,
                                     "--format %s: expected csv, json or md (or a list)", f.v[k]);
                else if (k == 0)
                    o->format = fmt;
                else
                    o->also[fmt] = fmt != o->format;
            }
            strlist_free(&f);
        } else {
            rc = omen_errorf(err, OMEN_EINVAL, "unknown option '%s'; see omen-bench --help", a);
        }
#undef NEEDS_VALUE
    }
    if (rc)
        return rc;
    if (o->nthreads == 0)
        o->threads[o->nthreads++] = 1;
    if (o->workload.n == 0 && strlist_push(&o->workload, "point"))
        return omen_errorf(err, OMEN_ENOMEM, "out of memory");
    if (o->tune && !o->help && o->index.n == 0)
        return omen_errorf(err, OMEN_EINVAL,
                           "--tune needs --index V, one variant with a parameter grid; e.g. "
                           "omen-bench --tune lognormal:1M --index pla");
    if (!o->help && !o->list && !o->describe && (o->data.n == 0 || o->index.n == 0))
        return omen_errorf(err, OMEN_EINVAL,
                           "give --data and --index (or --list, --help); e.g. "
                           "omen-bench --data lognormal:1M --index binsearch,linear");
    for (int f = 0; f < 3; f++)
        if (o->also[f] && !o->out)
            return omen_errorf(err, OMEN_EINVAL, "--format with several formats needs --out FILE");
    if (o->resume && !o->out)
        return omen_errorf(err, OMEN_EINVAL, "--resume needs --out FILE");
    return OMEN_OK;
}

void bench_opts_free(bench_opts *o)
{
    strlist_free(&o->data);
    strlist_free(&o->index);
    strlist_free(&o->workload);
    strlist_free(&o->isa);
}
