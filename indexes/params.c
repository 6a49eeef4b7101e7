#include "indexes/params.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void describe(const omen_param *p, char *buf, size_t len)
{
    switch (p->kind) {
    case OMEN_PARAM_INT:
        snprintf(buf, len, "an integer in [%.0f, %.0f]", p->min, p->max);
        break;
    case OMEN_PARAM_POW2:
        snprintf(buf, len, "a power of two in [%.0f, %.0f]", p->min, p->max);
        break;
    case OMEN_PARAM_REAL:
        snprintf(buf, len, "a number in [%g, %g]", p->min, p->max);
        break;
    case OMEN_PARAM_CHOICE: {
        size_t off = (size_t)snprintf(buf, len, "one of ");
        for (size_t k = 0; p->choices[k] && off < len; k++)
            off += (size_t)snprintf(buf + off, len - off, "%s%s", k ? "|" : "",
                                    p->choices[k]);
        break;
    }
    case OMEN_PARAM_TEXT:
        snprintf(buf, len, "text");
        break;
    }
}

void omen_params_help(const omen_param *spec, size_t count, char *buf, size_t cap)
{
    size_t off = 0;
    buf[0] = '\0';
    for (size_t k = 0; k < count && off < cap; k++) {
        const omen_param *p = &spec[k];
        char want[256], dflt[256];
        describe(p, want, sizeof want);
        if (p->dflt)
            snprintf(dflt, sizeof dflt, "%s", p->dflt);
        else if (p->kind == OMEN_PARAM_CHOICE)
            snprintf(dflt, sizeof dflt, "%s", p->choices[p->i]);
        else if (p->kind == OMEN_PARAM_REAL)
            snprintf(dflt, sizeof dflt, "%g", p->r);
        else if (p->kind == OMEN_PARAM_TEXT)
            snprintf(dflt, sizeof dflt, "%s", p->text[0] ? p->text : "none");
        else
            snprintf(dflt, sizeof dflt, "%lld", p->i);
        /* What the user types, then what it may be: "segments=N (an integer
         * in [1, 16]; default: 4)", "root=a|b (default: a)". */
        const char *what = p->what ? p->what : "", *sep = p->what ? "; " : "";
        if (p->kind == OMEN_PARAM_CHOICE || p->kind == OMEN_PARAM_TEXT)
            off += (size_t)snprintf(buf + off, cap - off, "%s%s=%s (%s%sdefault: %s)",
                                    k ? ", " : "", p->name,
                                    p->kind == OMEN_PARAM_TEXT ? "TEXT" : want + strlen("one of "),
                                    what, sep, dflt);
        else
            off += (size_t)snprintf(buf + off, cap - off, "%s%s=%s (%s%s%s; default: %s)",
                                    k ? ", " : "", p->name,
                                    p->kind == OMEN_PARAM_REAL ? "X" : "N",
                                    what, sep, want, dflt);
    }
}

static int parse_value(const char *index_name, omen_param *p, const char *v,
                       omen_error *err)
{
    char want[256];
    describe(p, want, sizeof want);
    switch (p->kind) {
    case OMEN_PARAM_INT:
    case OMEN_PARAM_POW2: {
        unsigned long long x;
        if (omen_parse_count(v, &x) != 0 || (double)x < p->min || (double)x > p->max ||
            (p->kind == OMEN_PARAM_POW2 && (x & (x - 1)) != 0))
            return omen_errorf(err, OMEN_EINVAL,
                               "index %s: parameter %s=%s is not valid; expected %s",
                               index_name, p->name, v, want);
        p->i = (long long)x;
        return OMEN_OK;
    }
    case OMEN_PARAM_REAL: {
        char *end;
        errno = 0;
        double x = strtod(v, &end);
        if (errno || end == v || *end || !isfinite(x) || x < p->min || x > p->max)
            return omen_errorf(err, OMEN_EINVAL,
                               "index %s: parameter %s=%s is not valid; expected %s",
                               index_name, p->name, v, want);
        p->r = x;
        return OMEN_OK;
    }
    case OMEN_PARAM_CHOICE:
        for (size_t k = 0; p->choices[k]; k++)
            if (strcmp(p->choices[k], v) == 0) {
                p->i = (long long)k;
                return OMEN_OK;
            }
        return omen_errorf(err, OMEN_EINVAL,
                           "index %s: parameter %s=%s is not valid; expected %s",
                           index_name, p->name, v, want);
    case OMEN_PARAM_TEXT:
        if (strlen(v) >= sizeof p->text)
            return omen_errorf(err, OMEN_EINVAL, "index %s: parameter %s is too long",
                               index_name, p->name);
        strcpy(p->text, v);
        return OMEN_OK;
    }
    return omen_errorf(err, OMEN_EINTERNAL, "index %s: bad parameter spec", index_name);
}

int omen_params_parse(const char *index_name, const char *params,
                      omen_param *spec, size_t count, omen_error *err)
{
    if (!params)
        return OMEN_OK;
    const char *s = params;
    while (*s) {
        const char *comma = strchr(s, ',');
        size_t len = comma ? (size_t)(comma - s) : strlen(s);
        char item[1100];
        if (len >= sizeof item)
            return omen_errorf(err, OMEN_EINVAL, "index %s: parameter too long",
                               index_name);
        memcpy(item, s, len);
        item[len] = '\0';
        char *eq = strchr(item, '=');
        if (len == 0 || !eq || eq == item || eq[1] == '\0')
            return omen_errorf(err, OMEN_EINVAL,
                               "index %s: parameter '%s' is not of the form key=value",
                               index_name, item);
        *eq = '\0';
        omen_param *p = NULL;
        for (size_t k = 0; k < count; k++)
            if (strcmp(spec[k].name, item) == 0)
                p = &spec[k];
        if (!p) {
            char known[512];
            size_t off = 0;
            known[0] = '\0';
            for (size_t k = 0; k < count && off < sizeof known; k++)
                off += (size_t)snprintf(known + off, sizeof known - off, "%s%s",
                                        k ? ", " : "", spec[k].name);
            return omen_errorf(err, OMEN_EINVAL,
                               "index %s: unknown parameter '%s'; it accepts %s",
                               index_name, item, count ? known : "no parameters");
        }
        if (p->given)
            return omen_errorf(err, OMEN_EINVAL, "index %s: parameter %s given twice",
                               index_name, p->name);
        int rc = parse_value(index_name, p, eq + 1, err);
        if (rc)
            return rc;
        p->given = 1;
        s += len;
        if (*s == ',') {
            s++;
            if (*s == '\0')
                return omen_errorf(err, OMEN_EINVAL,
                                   "index %s: trailing ',' in parameters", index_name);
        }
    }
    return OMEN_OK;
}
