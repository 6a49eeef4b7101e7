/* omen-check: the full conformance suite (check/suite.c) on the variants a
 * plugin registers, or on named registered ones, so an index written
 * outside omen's tree is checked exactly as omen's own are. Exit 0 only if
 * every check passes; 1 if an answer is wrong; 2 for bad usage or a plugin
 * that does not load. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check/keysets.h"
#include "check/suite.h"
#include "kernels/kernels.h"
#include "registry/registry.h"

enum { EXIT_WRONG = 1, EXIT_USAGE = 2 };

static void usage(FILE *f)
{
    fprintf(f,
"usage: omen-check --plugin PATH [--plugin PATH]... [--index NAME[,NAME]...] [-v N]\n"
"       omen-check --index NAME[,NAME]...\n"
"\n"
"Runs omen's conformance suite on index variants: every get, lower_bound and\n"
"range answer against an oracle on edge-case and synthetic key sets (empty,\n"
"one key, 0 and UINT64_MAX, duplicate runs, up to 1M keys), with the default\n"
"parameters and each test_params entry, the batched entries, reads from 4\n"
"threads at once, and random insert/erase sequences for variants with insert.\n"
"\n"
"  --plugin PATH   load a plugin (see include/omen_plugin.h); without --index,\n"
"                  every variant it registers is checked. Repeatable.\n"
"  --index LIST    check only these variants (plugin or built-in).\n"
"  -v N            failures printed per key set (default 5).\n"
"\n"
"Each failure is printed with the operation, the key, the index's answer and\n"
"the oracle's. Exit 0 only if all pass, 1 if any answer is wrong, 2 for bad\n"
"usage or a plugin that does not load. OMEN_PLUGINS (colon-separated paths)\n"
"is loaded first, as omen-bench does.\n");
}

static int in_list(const char *list, const char *name)
{
    size_t len = strlen(name);
    for (const char *p = list; p && *p;) {
        const char *e = strchr(p, ',');
        size_t l = e ? (size_t)(e - p) : strlen(p);
        if (l == len && !strncmp(p, name, len))
            return 1;
        p = e ? e + 1 : NULL;
    }
    return 0;
}

int main(int argc, char **argv)
{
    const char *only = NULL;
    int verbose = 5, nplugins = 0;
    omen_error err;
    omen_error_clear(&err);
    if (omen_registry_load_plugins(getenv("OMEN_PLUGINS"), &err)) {
        fprintf(stderr, "omen-check: OMEN_PLUGINS: %s\n", err.msg);
        return EXIT_USAGE;
    }
    size_t before;
    omen_registry(&before);
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            usage(stdout);
            return 0;
        }
        if (strcmp(a, "--plugin") && strcmp(a, "--index") && strcmp(a, "-v")) {
            fprintf(stderr, "omen-check: unknown option '%s'; see omen-check --help\n", a);
            return EXIT_USAGE;
        }
        if (!v) {
            fprintf(stderr, "omen-check: %s needs a value; see omen-check --help\n", a);
            return EXIT_USAGE;
        }
        i++;
        if (!strcmp(a, "--plugin")) {
            if (omen_registry_load_plugin(v, &err)) {
                fprintf(stderr, "omen-check: %s\n", err.msg);
                return EXIT_USAGE;
            }
            nplugins++;
        } else if (!strcmp(a, "--index")) {
            only = v;
        } else {
            char *end;
            long n = strtol(v, &end, 10);
            if (*end || n < 0 || n > 1000000) {
                fprintf(stderr, "omen-check: -v %s: expected a count in [0, 1000000]\n", v);
                return EXIT_USAGE;
            }
            verbose = (int)n;
        }
    }
    if (!nplugins && !only) {
        usage(stderr);
        return EXIT_USAGE;
    }
    size_t count;
    const omen_index_vtable *const *all = omen_registry(&count);
    /* Names in --index must exist: a typo must not pass as "nothing failed". */
    for (const char *p = only; p && *p;) {
        const char *e = strchr(p, ',');
        int l = e ? (int)(e - p) : (int)strlen(p);
        size_t j = 0;
        while (j < count && !(strlen(all[j]->name) == (size_t)l && !strncmp(all[j]->name, p, l)))
            j++;
        if (j == count) {
            fprintf(stderr, "omen-check: no variant named '%.*s' is registered (by a plugin or "
                            "omen itself); omen-bench --list shows them\n", l, p);
            return EXIT_USAGE;
        }
        p = e ? e + 1 : NULL;
    }
    if (omen_kernels_init(NULL, &err) != OMEN_OK) {
        fprintf(stderr, "omen-check: %s\n", err.msg);
        return EXIT_USAGE;
    }
    omen_keysets ks;
    if (omen_keysets_make(&ks, &err) != OMEN_OK) {
        fprintf(stderr, "omen-check: %s\n", err.msg);
        return EXIT_USAGE;
    }
    long failures = 0;
    size_t checked = 0, failed = 0;
    for (size_t i = only ? 0 : before; i < count; i++) {
        if (only && !in_list(only, all[i]->name))
            continue;
        printf("%s: %s\n", all[i]->name, all[i]->description);
        fflush(stdout);
        long bad = omen_check_variant(all[i], &ks, verbose, stdout);
        printf("%s: %s\n", all[i]->name, bad ? "FAILED" : "passed");
        fflush(stdout);
        failures += bad;
        failed += bad != 0;
        checked++;
    }
    omen_keysets_free(&ks);
    if (checked == 0) {
        fprintf(stderr, "omen-check: the plugins registered no variant to check\n");
        return EXIT_USAGE;
    }
    if (failed)
        fprintf(stderr, "omen-check: %zu of %zu variants FAILED (%ld failures; each is printed "
                        "above with its key, the answer and the oracle's)\n",
                failed, checked, failures);
    else
        printf("omen-check: all %zu variants passed\n", checked);
    return failed ? EXIT_WRONG : 0;
}
