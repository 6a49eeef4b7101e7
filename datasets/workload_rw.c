/* Read-write streams in the manner of GRE ("Are Updatable Learned Indexes
 * Ready?", VLDB 2022): a fraction of the dataset's distinct keys is
 * bulk-loaded, and the stream mixes lookups of present keys, inserts of the
 * rest (shuffled), erases of present keys and range scans. The expected
 * answers come from simulating the stream over the sorted universe of keys
 * with one present-flag per key: too simple to be wrong, and O(1) per op. */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The stream's answers come from the same simple search as the tests' oracle. */
#include "check/oracle.h"
#include "common/alloc.h"
#include "common/rng.h"
#include "datasets/workload.h"

int omen_workload_writes(omen_workload_kind kind)
{
    return kind == OMEN_WL_MIXED || omen_workload_is_rw(kind);
}

int omen_workload_is_rw(omen_workload_kind kind)
{
    return kind == OMEN_WL_LOAD || kind == OMEN_WL_RW || kind == OMEN_WL_SCAN ||
           kind == OMEN_WL_DELETE || kind == OMEN_WL_SHIFT;
}

static int number(const char *s, size_t len, double *out)
{
    char buf[64], *end;
    if (len == 0 || len >= sizeof buf)
        return -1;
    memcpy(buf, s, len);
    buf[len] = '\0';
    errno = 0;
    double v = strtod(buf, &end);
    if (errno || *end || !isfinite(v))
        return -1;
    *out = v;
    return 0;
}

int omen_workload_parse_rw(const char *s, omen_workload_spec *out, omen_error *err)
{
    static const struct {
        const char *name;
        omen_workload_kind kind;
        int need_arg; /* 1 required, 0 optional */
    } kinds[] = {{"load", OMEN_WL_LOAD, 1},   {"rw", OMEN_WL_RW, 1}, {"scan", OMEN_WL_SCAN, 1},
                 {"delete", OMEN_WL_DELETE, 1}, {"shift", OMEN_WL_SHIFT, 0}};
    size_t nlen = strcspn(s, ":@");
    int k = -1;
    for (int i = 0; i < 5; i++)
        if (strlen(kinds[i].name) == nlen && !strncmp(s, kinds[i].name, nlen))
            k = i;
    if (k < 0)
        return 0;
    out->kind = kinds[k].kind;
    out->load = 0.5;
    out->param = out->kind == OMEN_WL_SHIFT ? 50 : 0;
    const char *arg = s[nlen] == ':' ? s + nlen + 1 : NULL;
    const char *at = strchr(s, '@');
    size_t alen = arg ? (at ? (size_t)(at - arg) : strlen(arg)) : 0;
    if (at && out->kind == OMEN_WL_LOAD) {
        omen_errorf(err, OMEN_EINVAL,
                    "workload %s: load:F is itself the bulk-loaded fraction; drop the @, "
                    "e.g. load:0.5", s);
        return -1;
    }
    if (at && (number(at + 1, strlen(at + 1), &out->load) || !(out->load > 0) ||
               !(out->load < 1))) {
        omen_errorf(err, OMEN_EINVAL,
                    "workload %s: the bulk-loaded fraction after @ must be a number in "
                    "(0, 1), e.g. %s@0.5", s, kinds[k].name);
        return -1;
    }
    if (!arg && kinds[k].need_arg) {
        static const char *const example[] = {"load:0.5", "rw:90", "scan:100", "delete:10"};
        omen_errorf(err, OMEN_EINVAL, "workload %s needs its argument, e.g. %s", s, example[k]);
        return -1;
    }
    double v = 0;
    if (arg && number(arg, alen, &v)) {
        omen_errorf(err, OMEN_EINVAL, "workload %s: '%.*s' is not a number", s, (int)alen, arg);
        return -1;
    }
    switch (out->kind) {
    case OMEN_WL_LOAD:
        if (!(v > 0 && v < 1)) {
            omen_errorf(err, OMEN_EINVAL,
                        "workload %s: F (the bulk-loaded fraction) must be in (0, 1), "
                        "e.g. load:0.5", s);
            return -1;
        }
        out->load = v;
        break;
    case OMEN_WL_SCAN:
        if (v < 1 || v > 1e6 || v != floor(v)) {
            omen_errorf(err, OMEN_EINVAL,
                        "workload %s: W (keys per scan) must be an integer in [1, 1000000], "
                        "e.g. scan:100", s);
            return -1;
        }
        out->param = v;
        break;
    default: /* rw, delete, shift: a percentage */
        if (arg && !(v >= 0 && v <= 100)) {
            omen_errorf(err, OMEN_EINVAL,
                        "workload %s: %s must be a percentage in [0, 100], e.g. %s",
                        s, out->kind == OMEN_WL_DELETE ? "D (percent erases)"
                                                       : "R (percent lookups)",
                        out->kind == OMEN_WL_DELETE ? "delete:10" : "rw:90");
            return -1;
        }
        if (arg)
            out->param = v;
    }
    return 1;
}

/* Per 10000 ops: lookups, inserts, erases (scans take the rest). */
static void mix_of(const omen_workload_spec *sp, unsigned *get, unsigned *ins, unsigned *era)
{
    unsigned p = (unsigned)llround(sp->param * 100);
    *era = 0;
    switch (sp->kind) {
    case OMEN_WL_LOAD:
        *get = 0, *ins = 10000;
        break;
    case OMEN_WL_SCAN:
        *get = 0, *ins = 500;
        break;
    case OMEN_WL_DELETE:
        *era = p, *get = (10000 - p) / 2, *ins = 10000 - p - *get;
        break;
    default:
        *get = p, *ins = 10000 - p;
    }
}

/* The simulation's state: the sorted universe of keys with their payloads,
 * a present flag per key, and the present keys in a list (pos: where each
 * key sits in it) so a random present key is O(1) to draw and to remove. */
typedef struct universe {
    uint64_t *k, *p;
    uint8_t *on;
    uint32_t *list, *pos;
    size_t m, np;
} universe;

static void u_add(universe *u, size_t j)
{
    u->on[j] = 1;
    u->pos[j] = (uint32_t)u->np;
    u->list[u->np++] = (uint32_t)j;
}

static void u_remove(universe *u, size_t j)
{
    uint32_t at = u->pos[j], last = u->list[--u->np];
    u->list[at] = last;
    u->pos[last] = at;
    u->on[j] = 0;
}

static void u_free(universe *u)
{
    omen_free(u->k);
    omen_free(u->p);
    omen_free(u->on);
    omen_free(u->list);
    omen_free(u->pos);
}

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return (x > y) - (x < y);
}

/* shift: ni new keys drawn uniformly over the dataset's span, none of them
 * in the data, shuffled; NULL when the span has no room for them. */
static uint64_t *shift_keys(const uint64_t *k, size_t u, size_t ni, omen_rng *r, size_t *got)
{
    size_t want = ni + ni / 8 + 64, n = 0;
    uint64_t *c = omen_alloc(want * sizeof *c);
    if (!c)
        return NULL;
    uint64_t lo = k[0], span = k[u - 1] - k[0];
    for (size_t i = 0; i < want; i++)
        c[i] = span == UINT64_MAX ? omen_rng_next(r) : lo + omen_rng_below(r, span + 1);
    qsort(c, want, sizeof *c, cmp_u64);
    for (size_t i = 0; i < want; i++) {
        size_t at = oracle_lower_bound(k, u, c[i]);
        if ((n == 0 || c[i] != c[n - 1]) && !(at < u && k[at] == c[i]))
            c[n++] = c[i];
    }
    for (size_t i = n; i > 1; i--) { /* shuffle: the insert order */
        size_t j = (size_t)omen_rng_below(r, i);
        uint64_t t = c[i - 1];
        c[i - 1] = c[j], c[j] = t;
    }
    *got = n;
    return c;
}

/* The universe and the insert queue (indices into it, in insert order):
 * the dataset's distinct keys with bulk-loaded ones present, plus under
 * shift the new keys. */
static int build_universe(const omen_workload_spec *sp, const omen_dataset *d, size_t ni,
                          omen_rng *r, universe *u, uint32_t **queue, size_t *nq, omen_error *err)
{
    size_t nd = 0;
    for (size_t i = 0; i < d->n; i++)
        nd += i == 0 || d->keys[i] != d->keys[i - 1];
    uint64_t *dk = omen_alloc(nd * sizeof *dk), *dp = omen_alloc(nd * sizeof *dp);
    uint32_t *perm = omen_alloc(nd * sizeof *perm);
    uint64_t *extra = NULL;
    size_t ne = 0;
    int rc = OMEN_OK;
    if (!dk || !dp || !perm) {
        rc = omen_errorf(err, OMEN_ENOMEM, "not enough memory for workload %s", sp->name);
        goto out;
    }
    for (size_t i = 0, j = 0; i < d->n; i++)
        if (i == 0 || d->keys[i] != d->keys[i - 1])
            dk[j] = d->keys[i], dp[j] = d->payloads[i], j++;
    for (size_t j = 0; j < nd; j++)
        perm[j] = (uint32_t)j;
    for (size_t i = nd; i > 1; i--) {
        size_t j = (size_t)omen_rng_below(r, i);
        uint32_t t = perm[i - 1];
        perm[i - 1] = perm[j], perm[j] = t;
    }
    size_t nb = (size_t)(sp->load * (double)nd);
    if (nb == 0) {
        rc = omen_errorf(err, OMEN_EINVAL, "workload %s on %s: %g of %zu keys bulk-loads none; "
                         "use a larger fraction or dataset", sp->name, d->name, sp->load, nd);
        goto out;
    }
    if (sp->kind == OMEN_WL_SHIFT) {
        extra = shift_keys(dk, nd, ni, r, &ne);
        if (!extra) {
            rc = omen_errorf(err, OMEN_ENOMEM, "not enough memory for workload %s", sp->name);
            goto out;
        }
    }
    /* The universe: the distinct keys merged with the new ones (shift). */
    size_t m = nd + ne;
    uint64_t *sorted_extra = NULL;
    u->k = omen_alloc(m * sizeof *u->k), u->p = omen_alloc(m * sizeof *u->p);
    u->on = omen_alloc(m), u->list = omen_alloc(m * sizeof *u->list);
    u->pos = omen_alloc(m * sizeof *u->pos);
    uint8_t *bulk = omen_alloc(nd);
    *queue = omen_alloc((m - nb) * sizeof **queue + 4);
    if (ne)
        sorted_extra = omen_alloc(ne * sizeof *sorted_extra);
    if (!u->k || !u->p || !u->on || !u->list || !u->pos || !bulk || !*queue ||
        (ne && !sorted_extra)) {
        omen_free(bulk);
        omen_free(sorted_extra);
        rc = omen_errorf(err, OMEN_ENOMEM, "not enough memory for workload %s", sp->name);
        goto out;
    }
    memset(bulk, 0, nd);
    for (size_t i = 0; i < nb; i++)
        bulk[perm[i]] = 1;
    if (ne) {
        memcpy(sorted_extra, extra, ne * sizeof *extra);
        qsort(sorted_extra, ne, sizeof *extra, cmp_u64);
    }
    u->m = m;
    u->np = 0;
    memset(u->on, 0, m);
    for (size_t a = 0, b = 0, j = 0; j < m; j++) {
        int old = b == ne || (a < nd && dk[a] < sorted_extra[b]);
        u->k[j] = old ? dk[a] : sorted_extra[b];
        u->p[j] = old ? dp[a] : omen_mix64(sorted_extra[b] ^ 0x5851F42D4C957F2Dull);
        if (old && bulk[a])
            u_add(u, j);
        if (old)
            a++;
        else
            b++;
    }
    *nq = 0;
    if (ne) {
        for (size_t i = 0; i < ne; i++)
            (*queue)[(*nq)++] = (uint32_t)oracle_lower_bound(u->k, m, extra[i]);
    } else {
        for (size_t i = nb; i < nd; i++)
            (*queue)[(*nq)++] = perm[i];
    }
    omen_free(bulk);
    omen_free(sorted_extra);
out:
    omen_free(dk);
    omen_free(dp);
    omen_free(perm);
    omen_free(extra);
    return rc;
}

int omen_workload_make_rw(const omen_workload_spec *sp, const omen_dataset *d, size_t count,
                          uint64_t seed, omen_workload *out, omen_error *err)
{
    memset(out, 0, sizeof *out);
    out->spec = *sp;
    out->count = count;
    if (d->n == 0)
        return omen_errorf(err, OMEN_EINVAL, "dataset %s has no keys to load", d->name);
    if (d->n > UINT32_MAX - 1)
        return omen_errorf(err, OMEN_EINVAL, "workload %s: dataset %s has more than 2^32 - 2 "
                           "keys", sp->name, d->name);
    unsigned get, ins, era;
    mix_of(sp, &get, &ins, &era);
    omen_rng r;
    omen_rng_seed(&r, seed ^ ((uint64_t)sp->kind << 56) ^ (uint64_t)(sp->param * 1000) ^
                          ((uint64_t)(sp->load * 1e6) << 20));
    out->ops = omen_alloc(count ? count : 1);
    out->keys = omen_alloc((count ? count : 1) * sizeof *out->keys);
    out->his = omen_alloc((count ? count : 1) * sizeof *out->his);
    out->expect_at = omen_alloc((count / OMEN_RW_CUT + 1) * sizeof *out->expect_at);
    out->keys_at = omen_alloc((count / OMEN_RW_CUT + 1) * sizeof *out->keys_at);
    if (!out->ops || !out->keys || !out->his || !out->expect_at || !out->keys_at) {
        omen_workload_free(out);
        return omen_errorf(err, OMEN_ENOMEM, "not enough memory for %zu operations", count);
    }
    /* The operation kinds first: shift needs the number of inserts. */
    size_t ni = 0;
    for (size_t i = 0; i < count; i++) {
        unsigned x = (unsigned)omen_rng_below(&r, 10000);
        out->ops[i] = x < get             ? OMEN_OP_GET
                      : x < get + ins       ? OMEN_OP_INSERT
                      : x < get + ins + era ? OMEN_OP_ERASE
                                            : OMEN_OP_SCAN;
        ni += out->ops[i] == OMEN_OP_INSERT;
    }
    universe u = {0};
    uint32_t *queue = NULL;
    size_t nq = 0, qi = 0;
    int rc = build_universe(sp, d, ni, &r, &u, &queue, &nq, err);
    if (!rc && nq < ni)
        rc = omen_errorf(err, OMEN_EINVAL,
                         "workload %s on %s: %zu operations need %zu inserts, but only %zu "
                         "keys are left to insert; use fewer --lookups or a smaller bulk-loaded "
                         "fraction", sp->name, d->name, count, ni, nq);
    if (!rc) {
        out->bulk_n = u.np;
        out->bulk_keys = omen_alloc((u.np ? u.np : 1) * sizeof *out->bulk_keys);
        out->bulk_payloads = omen_alloc((u.np ? u.np : 1) * sizeof *out->bulk_payloads);
        if (!out->bulk_keys || !out->bulk_payloads)
            rc = omen_errorf(err, OMEN_ENOMEM, "not enough memory for workload %s", sp->name);
        for (size_t j = 0, b = 0; !rc && j < u.m; j++)
            if (u.on[j])
                out->bulk_keys[b] = u.k[j], out->bulk_payloads[b++] = u.p[j];
    }
    size_t w = (size_t)sp->param;
    uint64_t cs = 0;
    out->expect_at[0] = 0;
    out->keys_at[0] = u.np;
    for (size_t i = 0; !rc && i < count; i++) {
        /* A present key where there is one (lookups and erases of GRE hit),
         * else any key of the universe (then the answer is a miss). */
        size_t j = u.np ? u.list[omen_rng_below(&r, u.np)] : (size_t)omen_rng_below(&r, u.m);
        switch (out->ops[i]) {
        case OMEN_OP_GET:
            cs += u.on[j] ? u.p[j] : OMEN_RW_MISS;
            break;
        case OMEN_OP_INSERT:
            j = queue[qi++];
            u_add(&u, j);
            out->his[i] = u.p[j];
            cs += OMEN_RW_INSERTED;
            break;
        case OMEN_OP_ERASE:
            cs += u.on[j] ? OMEN_RW_ERASED : OMEN_RW_NOT_ERASED;
            if (u.on[j])
                u_remove(&u, j);
            break;
        case OMEN_OP_SCAN: { /* [key j, the w-th present key from it] */
            uint64_t cnt = 0, sum = 0;
            size_t last = j;
            for (size_t k = j; k < u.m && cnt < w; k++)
                if (u.on[k])
                    cnt++, sum += u.p[k], last = k;
            out->his[i] = u.k[last];
            cs += cnt * OMEN_RW_SCAN_COUNT + sum;
            break;
        }
        default:
            out->his[i] = 0;
        }
        out->keys[i] = u.k[j];
        if ((i + 1) % OMEN_RW_CUT == 0) {
            out->expect_at[(i + 1) / OMEN_RW_CUT] = cs;
            out->keys_at[(i + 1) / OMEN_RW_CUT] = u.np;
        }
    }
    out->expect = cs;
    out->keys_after = u.np;
    u_free(&u);
    omen_free(queue);
    if (rc)
        omen_workload_free(out);
    return rc;
}
