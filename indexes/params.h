/* Parsing of index parameter strings "k=v,k=v" against a list of the
 * parameters a variant accepts. An unknown key, a malformed or out-of-range
 * value is an error naming the index, the key and what is accepted; nothing
 * falls back silently to a default. */
#ifndef OMEN_PARAMS_H
#define OMEN_PARAMS_H

#include <stddef.h>

#include "common/error.h"
#include "common/parse.h"

typedef enum omen_param_kind {
    OMEN_PARAM_INT,    /* integer in [min, max]; K/M/G suffixes accepted */
    OMEN_PARAM_POW2,   /* power of two in [min, max] */
    OMEN_PARAM_REAL,   /* real number in [min, max] */
    OMEN_PARAM_CHOICE, /* one of choices[]; i = its position */
    OMEN_PARAM_TEXT    /* any text without ',' (a path, a variant name) */
} omen_param_kind;

typedef struct omen_param {
    const char *name;
    omen_param_kind kind;
    double min, max;
    const char *const *choices; /* NULL-terminated, for OMEN_PARAM_CHOICE */
    const char *what; /* what it sets, for the help (NULL: the name says it) */
    /* The default in words when the build chooses it from the data (i or r
     * is then a placeholder); NULL: the default is i, r or choices[i]. */
    const char *dflt;
    /* Defaults in, parsed values out. */
    long long i;
    double r;
    char text[1024];
    int given; /* set to 1 when the string named this parameter */
} omen_param;

int omen_params_parse(const char *index_name, const char *params,
                      omen_param *spec, size_t count, omen_error *err);
/* One line of help per spec table: "name=RANGE (default D), ...", written
 * into buf (cut to cap). The help --list prints, so it cannot drift from
 * what the build accepts. */
void omen_params_help(const omen_param *spec, size_t count, char *buf, size_t cap);

/* The usual call, over a spec array whose count the compiler knows. */
#define OMEN_PARAMS_PARSE(index_name, params, spec, err) \
    omen_params_parse((index_name), (params), (spec), sizeof(spec) / sizeof((spec)[0]), (err))

#endif
