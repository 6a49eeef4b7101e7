/* Errors: a code plus a message, the way sqlite3 reports them. Library code
 * never exits or prints; it fills an omen_error and returns the code. */
#ifndef OMEN_ERROR_H
#define OMEN_ERROR_H

/* enum omen_code and omen_error are part of the plugin ABI, defined once
 * in the public header. */
#include "include/omen_plugin.h"

/* Sets err (when not NULL) and returns code, so callers write
 * `return omen_errorf(err, OMEN_EINVAL, "...", ...);`. */
int omen_errorf(omen_error *err, int code, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

void omen_error_clear(omen_error *err);
const char *omen_code_name(int code);

#endif
