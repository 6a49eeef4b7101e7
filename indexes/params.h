/* Parsing of index parameter strings "k=v,k=v" against a list of the
 * parameters a variant accepts. An unknown key, a malformed or out-of-range
 * value is an error naming the index, the key and what is accepted; nothing
 * falls back silently to a default. */
#ifndef OMEN_PARAMS_H
#define OMEN_PARAMS_H

#include <stddef.h>

#include "common/error.h"
#include "include/omen_plugin.h"
#include "common/parse.h"

/* omen_param and omen_param_kind: in the plugin ABI (include/omen_plugin.h),
 * so plugins describe their parameters with the same table. */

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
